// Lists one content folder of src/lib/content/content-files.ts: the files its loader reads, sorted, and
// anything else in it. Hidden files (editor backups, macOS "._" files) are never content.
import { readdir, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { errorIn, type Problem } from '../problems.ts';
import type { ContentFolder } from './content-files.ts';
import type { ShowPath } from './display-path.ts';
import { isMissing, readFailure } from './fs-failure.ts';

export interface FolderListing {
  /** Paths of the files with one of the folder's extensions. */
  files: string[];
  /** Paths of every other visible entry, for folders that refuse strangers (skm/). */
  others: string[];
  problems: Problem[];
}

export async function listFolder(dir: string, folder: ContentFolder, show: ShowPath): Promise<FolderListing> {
  const failed = (message: string): FolderListing => ({
    files: [],
    others: [],
    problems: [errorIn(show(dir), message)],
  });
  let names: string[];
  try {
    if (!(await stat(dir)).isDirectory())
      return failed('ini berkas, bukan folder; ganti nama atau pindahkan berkas ini');
    names = await readdir(dir);
  } catch (error) {
    if (!isMissing(error)) return failed(readFailure(error, 'folder'));
    return folder.optional ? { files: [], others: [], problems: [] } : failed('folder tidak ditemukan');
  }
  const extensions = Object.keys(folder.formats);
  const visible = names.filter((name) => !name.startsWith('.')).sort();
  const files = visible.filter((name) => extensions.includes(extname(name)));
  const others = visible.filter((name) => !extensions.includes(extname(name)));
  const problems =
    files.length === 0 && !folder.optional
      ? [errorIn(show(dir), `folder kosong; tambahkan minimal satu berkas ${extensions[0]}`)]
      : [];
  return { files: files.map((name) => join(dir, name)), others: others.map((name) => join(dir, name)), problems };
}
