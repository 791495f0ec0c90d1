// Matching what a resident types against the services' search terms, forgiving typos: a query word
// matches a term it begins, or a term (or the start of one) within one typo (two for words of 8 letters
// or more; none below 5 letters).
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
        (typoDistance(word, term) <= allowed || typoDistance(word, term.slice(0, word.length)) <= allowed)),
  );
}

/** Edits (insert, delete, substitute, swap two neighbours) that turn a into b: optimal string alignment. */
export function typoDistance(a: string, b: string): number {
  const rows = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) rows[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let best = Math.min(rows[i - 1]![j]! + 1, rows[i]![j - 1]! + 1, rows[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, rows[i - 2]![j - 2]! + 1);
      rows[i]![j] = best;
    }
  }
  return rows[a.length]![b.length]!;
}
