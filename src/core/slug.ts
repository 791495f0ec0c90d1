// A stable slug of a title, for ids that appear in URLs (a case of a service is linked as
// /l/<layanan>/#<slug of its title>): lower-case letters and digits joined by single hyphens, with
// diacritics dropped, so "Menambah anggota keluarga karena kelahiran" → "menambah-anggota-keluarga-karena-kelahiran".
export function slugify(title: string): string {
  return title
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}
