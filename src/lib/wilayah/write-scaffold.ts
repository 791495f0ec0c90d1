// Writes scaffolded files into a new content folder, all or nothing: into a temporary sibling first, then
// renamed into place, so an interrupted run leaves no half folder that `check` would half accept. An
// existing folder with anything in it is never touched: staff content is not overwritten.
import { mkdir, mkdtemp, readdir, rename, rm, rmdir, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UserError } from '../../core/user-error.ts';
import type { ScaffoldFile } from './scaffold.ts';

/** Refuses a folder that holds anything, before any work; true when an empty folder is already there. */
export async function assertNewFolder(folder: string): Promise<boolean> {
  const existing = await stat(resolve(folder)).catch(() => undefined);
  if (existing && !existing.isDirectory()) {
    throw new UserError(`"${folder}" sudah ada dan bukan folder; pilih folder lain dengan --keluar <folder>.`);
  }
  if (existing && (await readdir(folder)).length > 0) {
    throw new UserError(
      `Folder "${folder}" sudah ada dan berisi berkas; tidak ada yang ditimpa. Pilih folder baru dengan --keluar <folder>.`,
    );
  }
  return existing !== undefined;
}

export async function writeScaffold(
  folder: string,
  files: readonly ScaffoldFile[],
  onFile: (done: number, file: ScaffoldFile) => void = () => {},
): Promise<void> {
  const target = resolve(folder);
  const existing = await assertNewFolder(folder);
  await mkdir(dirname(target), { recursive: true });
  const staging = await mkdtemp(join(dirname(target), `.${basename(target)}-`));
  try {
    for (const [index, file] of files.entries()) {
      const path = join(staging, ...file.path.split('/'));
      await mkdir(dirname(path), { recursive: true });
      await writeFile(path, file.text);
      onFile(index + 1, file);
    }
    if (existing) await rmdir(target);
    await rename(staging, target);
  } catch (error) {
    await rm(staging, { recursive: true, force: true });
    throw error;
  }
}
