// Matching what a resident types against the services' search terms, forgiving typos: a query word
// matches a term it begins, or a term (or the start of one) within one typo (two for words of 8 letters
// or more; none below 5 letters). matchesWord is shared with keperluan-match.ts.
import { editDistance } from '../../core/edit-distance.ts';
import { wordsOf } from './normalize.ts';

export interface Searchable {
  terms: readonly string[];
}

/**
 * Which items a query finds. Words that match no service at all ("bikin", "cara", "mengurus") are
 * ignored rather than hiding everything; every remaining word must match.
 */
export function search<T extends Searchable>(items: readonly T[], query: string): { found: T[]; ignored: string[] } {
  const words = wordsOf(query);
  const known = words.filter((word) => items.some((item) => matchesWord(item.terms, word)));
  const ignored = words.filter((word) => !known.includes(word));
  if (known.length === 0) return { found: words.length === 0 ? [...items] : [], ignored };
  return { found: items.filter((item) => known.every((word) => matchesWord(item.terms, word))), ignored };
}

export function matchesWord(terms: readonly string[], word: string): boolean {
  // Short words get no typo allowance: "cara" is one letter from "acara".
  const allowed = word.length >= 8 ? 2 : word.length >= 5 ? 1 : 0;
  return terms.some(
    (term) =>
      term.startsWith(word) ||
      (allowed > 0 &&
        (editDistance(word, term) <= allowed || editDistance(word, term.slice(0, word.length)) <= allowed)),
  );
}
