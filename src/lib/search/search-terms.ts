// The search index of one service, made at build time: the words of its title, category, keywords and
// case titles, plus every synonym group that one of them belongs to. The browser only compares words
// (match.ts), so search works offline and without a server. Each case also gets terms of its own, and
// the title its own (synonymTerms), so the browser can tell a query about one case ("pisah kk") from one
// about the whole service ("kk"): see keperluan-match.ts.
import type { Keperluan, Layanan } from '../../schema/index.ts';
import { normalize, wordsOf } from './normalize.ts';

type Synonyms = readonly (readonly string[])[];

/** Everything a query may match to find the service: its own words and those of its cases. */
export function searchTerms(
  layanan: Pick<Layanan, 'judul' | 'kategori' | 'kata_kunci' | 'slug'> & {
    keperluan?: readonly Pick<Keperluan, 'judul'>[];
  },
  synonyms: Synonyms,
): string {
  const cases = (layanan.keperluan ?? []).map((keperluan) => keperluan.judul);
  return termsOf([layanan.judul, layanan.kategori, layanan.slug, ...layanan.kata_kunci, ...cases], synonyms);
}

/**
 * The words a title's synonym groups add to it ("kelahiran" adds "bayi"), for the case search in the
 * browser, which reads the title itself from the link text (titleTerms) so the page carries it once.
 */
export function synonymTerms(title: string, synonyms: Synonyms): string {
  const own = new Set(wordsOf(title));
  return termsOf([title], synonyms)
    .split(' ')
    .filter((word) => !own.has(word))
    .join(' ');
}

function termsOf(own: readonly string[], synonyms: Synonyms): string {
  const text = ` ${own.map(normalize).join(' ')} `;
  const related = synonyms.filter((group) => group.some((term) => text.includes(` ${normalize(term)} `)));
  return [...new Set(wordsOf([...own, ...related.flat()].join(' ')))].join(' ');
}
