// How text is compared in search, the same at build time and in the browser: lower case, no diacritics
// ("Akta Kélahiran" = "akta kelahiran"), punctuation as spaces ("e-KTP" = "e ktp").
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

export function wordsOf(text: string): string[] {
  const normal = normalize(text);
  return normal ? normal.split(' ') : [];
}
