// A page's address comes from its file name ("sktm.md" → /l/sktm/), so the name must be one a printed
// URL can carry: lower-case letters, digits and hyphens.
import { basename, extname } from 'node:path';
import { SLUG } from '../../schema/index.ts';
import { errorIn, type Problem } from '../problems.ts';

/** `example` is a good file name for this folder, shown in the message. */
export function slugOf(path: string, file: string, example: string): { slug?: string; problems: Problem[] } {
  const slug = basename(path, extname(path));
  if (SLUG.test(slug)) return { slug, problems: [] };
  const message = `nama berkas "${slug}" tidak bisa dipakai sebagai alamat: gunakan huruf kecil, angka dan tanda hubung saja, misalnya "${example}"`;
  return { problems: [errorIn(file, message, { field: 'Nama berkas' })] };
}
