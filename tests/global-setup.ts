// Builds the sample content once, exactly as `npm run build` does, into a temporary folder that every
// site and poster test then inspects. Tests therefore always see the current code, not a stale dist/.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}

export default async function setup(project: TestProject) {
  const root = await mkdtemp(join(tmpdir(), 'pelita-uji-'));
  const distDir = join(root, 'dist');
  await promisify(execFile)(process.execPath, ['scripts/build.ts', '--keluar', distDir], {
    env: { ...process.env, PELITA_CONTENT: 'content' },
    maxBuffer: 64 * 1024 * 1024,
  });
  project.provide('distDir', distDir);
  return () => rm(root, { recursive: true, force: true });
}
