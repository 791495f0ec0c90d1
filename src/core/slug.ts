// A stable slug of a title, for ids that appear in URLs (a case of a service is linked as
// /l/<layanan>/#<slug of its title>): lower-case letters and digits joined by single hyphens, with
// diacritics dropped, so "Menambah anggota keluarga karena kelahiran" → "menambah-anggota-keluarga-karena-kelahiran".
import { foldText } from './fold-text.ts';

export function slugify(title: string): string {
  return foldText(title).replaceAll(' ', '-');
}
