// How text is compared in search, the same at build time and in the browser: lower case, no diacritics
// ("Akta Kélahiran" = "akta kelahiran"), punctuation as spaces ("e-KTP" = "e ktp").
import { foldText } from '../../core/fold-text.ts';

export function normalize(text: string): string {
  return foldText(text);
}

export function wordsOf(text: string): string[] {
  const normal = normalize(text);
  return normal ? normal.split(' ') : [];
}
