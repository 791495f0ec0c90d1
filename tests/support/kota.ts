// The two-kecamatan kota fixture (issue 12), and throw-away copies of it that a test may change.
import { cp, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tempDir } from './temp-dir.ts';

export const KOTA_CONTENT = join(import.meta.dirname, '../fixtures/kota');

/** A temporary copy of the kota fixture; `edit` rewrites files in it (path inside → new text, or a change). */
export async function kotaWith(edit: Record<string, string | ((text: string) => string)> = {}): Promise<string> {
  const dir = join(await tempDir('kota'), 'konten');
  await cp(KOTA_CONTENT, dir, { recursive: true });
  for (const [path, change] of Object.entries(edit)) {
    const file = join(dir, path);
    const text = typeof change === 'string' ? change : change(await readFile(file, 'utf8'));
    await writeFile(file, text);
  }
  return dir;
}
