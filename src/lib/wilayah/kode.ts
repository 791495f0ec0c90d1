// Kemendagri area codes: 35 (provinsi), 35.16 (kabupaten/kota), 35.16.15 (kecamatan), 35.16.15.2017
// (desa/kelurahan). Each code starts with its parent's, so a code says where an area lies.

export type Tingkat = 'provinsi' | 'kabupaten' | 'kecamatan' | 'desa';

const PATTERNS: Record<Tingkat, RegExp> = {
  provinsi: /^\d{2}$/,
  kabupaten: /^\d{2}\.\d{2}$/,
  kecamatan: /^\d{2}\.\d{2}\.\d{2}$/,
  desa: /^\d{2}\.\d{2}\.\d{2}\.\d{4}$/,
};

/** Whether `kode` is written as a code of that level (not whether the area exists). */
export function isKodeOf(tingkat: Tingkat, kode: string): boolean {
  return PATTERNS[tingkat].test(kode);
}

/** The code one level up: 35.16.15.2017 → 35.16.15; a provinsi has none. */
export function parentKode(kode: string): string | undefined {
  const cut = kode.lastIndexOf('.');
  return cut === -1 ? undefined : kode.slice(0, cut);
}

/** The village part of the code says what it is: 1xxx a kelurahan, 2xxx a desa. */
export function jenisDesaOf(kode: string): 'desa' | 'kelurahan' {
  return kode.split('.')[3]?.startsWith('1') ? 'kelurahan' : 'desa';
}
