// The id of a kecamatan's entry in the site's content collections: the slug alone for a lone kecamatan
// (as always), led by the kecamatan's path in a kabupaten ("magersari/sktm"), so one build holds them all.

/** The one entry of the kecamatan collection, per kecamatan. */
export const KECAMATAN_ID = 'kecamatan';

/** `base` is the kecamatan's path under the site's base: "/" alone, "/magersari/" in a kabupaten. */
export function collectionId(base: string, key: string): string {
  return `${collectionPrefix(base)}${key}`;
}

/** What every id of that kecamatan starts with ("" for a lone kecamatan). */
export function collectionPrefix(base: string): string {
  const inner = base.replace(/^\/|\/$/g, '');
  return inner ? `${inner}/` : '';
}
