// Text folded for comparing and for ids: no diacritics ("Kélahiran" = "kelahiran"), lower case, and every run
// of anything but letters and digits turned into one space, none at either end. Search compares folded words
// (src/lib/search/normalize.ts) and case ids join them with hyphens (src/core/slug.ts), so both agree on what
// a word is.
export function foldText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}
