// The one test about the live content/ folder: it passes `npm run check`. Nothing else about it is
// checked here (its counts, its warnings), because staff change it; every other test uses fixtures.
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');
// As staff run it: content/ from the project folder, on the machine's own date (a `diperbarui` of
// today must not look like the future against the suite's fixed test day).
const { PELITA_CONTENT: _content, PELITA_HARI_INI: _today, ...env } = process.env;

describe('content/', () => {
  it('passes npm run check', async () => {
    const result = await promisify(execFile)(process.execPath, ['scripts/check.ts'], { cwd: ROOT, env }).then(
      ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
      (error: { code: number; stdout: string; stderr: string }) => error,
    );
    expect(result.code, result.stdout + result.stderr).toBe(0);
  });
});
