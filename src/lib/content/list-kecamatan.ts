// Lists the kecamatan folders of a kabupaten (kecamatan/<slug>/): each folder name becomes the first
// part of that kecamatan's addresses, so it follows the same rule as every other slug.
import { readdir } from 'node:fs/promises';
import { SLUG } from '../../schema/index.ts';
import { errorIn, type Problem } from '../problems.ts';
import type { ShowPath } from './display-path.ts';
import { isMissing, readFailure } from './fs-failure.ts';

export async function listKecamatanFolders(
  dir: string,
  show: ShowPath,
): Promise<{ slugs: string[]; problems: Problem[] }> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const message = isMissing(error)
      ? 'folder tidak ditemukan; buat satu folder per kecamatan di sini, misalnya kecamatan/kemlagi/'
      : readFailure(error, 'folder');
    return { slugs: [], problems: [errorIn(show(dir), message)] };
  }
  const folders = entries
    .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.'))
    .map((entry) => entry.name)
    .sort();
  const problems = folders
    .filter((name) => !SLUG.test(name))
    .map((name) =>
      errorIn(
        show(`${dir}/${name}`),
        'nama folder kecamatan hanya boleh huruf kecil, angka dan tanda hubung, misalnya kemlagi atau dawar-blandong',
      ),
    );
  if (folders.length === 0) {
    problems.push(
      errorIn(show(dir), 'folder kosong; tambahkan minimal satu folder kecamatan, misalnya kecamatan/kemlagi/'),
    );
  }
  return { slugs: folders.filter((name) => SLUG.test(name)), problems };
}
