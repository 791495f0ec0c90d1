// Which cases of a found service a query is about, so search can link straight to one
// (/l/kk/#pisah-kk). A query word points at cases when it names some of them but not all, and is not
// in the service's title: "kk" names the whole KK service, "pisah" one of its cases. The cases offered
// are those that every such word names; a query with no such word is about the service as a whole.
import { matchesWord, type Searchable } from './match.ts';
import { wordsOf } from './normalize.ts';

/** The terms of a title: its own words and those its synonyms add (search-terms.ts synonymTerms). */
export function titleTerms(title: string, synonymWords: string): string[] {
  return [...wordsOf(title), ...wordsOf(synonymWords)];
}

export function matchKeperluan<T extends Searchable>(
  judulTerms: readonly string[],
  cases: readonly T[],
  query: string,
): T[] {
  const pointing = wordsOf(query).filter((word) => {
    if (matchesWord(judulTerms, word)) return false;
    const named = cases.filter((item) => matchesWord(item.terms, word)).length;
    return named > 0 && (named < cases.length || cases.length === 1);
  });
  if (pointing.length === 0) return [];
  return cases.filter((item) => pointing.every((word) => matchesWord(item.terms, word)));
}
