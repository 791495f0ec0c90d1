// Builds the site fixture (tests/fixtures/situs, a frozen copy of the sample) once, exactly as `npm run build` does, into a temporary folder that every
// site and poster test then inspects. Tests therefore always see the current code, not a stale dist/.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { TestProject } from 'vitest/node';
import { SITE_CONTENT } from './support/content-dir.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    distDir: string;
  }
}

// The site and browser projects both name this setup; they share one build, removed after the last one.
const shared = globalThis as { pelitaBuild?: Promise<string>; pelitaUsers?: number };

export default async function setup(project: TestProject) {
  shared.pelitaUsers = (shared.pelitaUsers ?? 0) + 1;
  shared.pelitaBuild ??= build();
  const distDir = await shared.pelitaBuild;
  project.provide('distDir', distDir);
  return async () => {
    shared.pelitaUsers = (shared.pelitaUsers ?? 1) - 1;
    if (shared.pelitaUsers > 0) return;
    delete shared.pelitaBuild;
    await rm(join(distDir, '..'), { recursive: true, force: true });
  };
}

async function build(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'pelita-uji-'));
  const distDir = join(root, 'dist');
  await promisify(execFile)(process.execPath, ['scripts/build.ts', '--keluar', distDir], {
    env: { ...process.env, PELITA_CONTENT: SITE_CONTENT },
    maxBuffer: 64 * 1024 * 1024,
  });
  return distDir;
}
