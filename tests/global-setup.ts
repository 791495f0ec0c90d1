// Builds the site fixture (tests/fixtures/situs, a frozen copy of the sample) once, exactly as
// `npm run build` does, into a temporary folder that every site and browser test then inspects. Tests
// therefore always see the current code, never a stale dist/, and leave nothing in the project.
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
  try {
    await promisify(execFile)(process.execPath, ['scripts/build.ts', '--konten', SITE_CONTENT, '--keluar', distDir], {
      env: process.env,
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    // The build's own report (which file, which line) is on its stdout: show it, not only "Command failed".
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    throw new Error(`The site fixture did not build:\n${stdout}${stderr}`);
  }
  return distDir;
}
