// `npm run edit` as staff type it: Indonesian help, and a mistyped port refused in one line before
// anything is built or served.
import { describe, expect, it } from 'vitest';
import { runCli as run } from '../support/run-cli.ts';
import { VALID_CONTENT } from '../support/content-dir.ts';

describe('npm run edit', () => {
  it('prints Indonesian usage with its flags and exits 0', async () => {
    const { code, stdout, stderr } = await run('scripts/edit.ts', ['--help']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    expect(stdout).toContain('Pemakaian: npm run edit -- [pilihan]');
    for (const flag of ['--konten <folder>', '--keluar <folder>', '--port <nomor>', '--bangun']) {
      expect(stdout).toContain(`  ${flag}`);
    }
    expect(stdout).toContain('Chrome atau Edge');
  });

  it('refuses a port that is not a number in one line, before building anything', async () => {
    const { code, stdout, stderr } = await run('scripts/edit.ts', ['--konten', VALID_CONTENT, '--port', 'abc']);
    expect(stderr).toBe('✗ --port abc bukan nomor port; tulis angka 1–65535, misalnya --port 4321.\n');
    expect(stdout).toBe('');
    expect(code).toBe(1);
  });
});
