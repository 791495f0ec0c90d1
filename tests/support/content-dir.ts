// Builds throw-away content folders for tests: the valid fixture set plus whatever a test adds.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** A frozen copy of the sample kecamatan: what the site, browser and image tests build and inspect. */
export const SITE_CONTENT = join(import.meta.dirname, '../fixtures/situs');
export const VALID_CONTENT = join(import.meta.dirname, '../fixtures/valid');
export const BROKEN = join(import.meta.dirname, '../fixtures/broken');

/** A temporary copy of the valid content set; `extra` maps paths inside it to fixture files to copy in. */
export async function contentWith(extra: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'pelita-konten-'));
  await cp(VALID_CONTENT, dir, { recursive: true });
  for (const [target, source] of Object.entries(extra)) await cp(source, join(dir, target));
  return dir;
}

export async function removeDir(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}
