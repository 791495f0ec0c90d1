// The search index of one service, made at build time: the words of its title, category and keywords,
// plus every synonym group that one of them belongs to. The browser only compares words (match.ts), so
// search works offline and without a server.
import type { Layanan } from '../../schema/index.ts';
import { normalize, wordsOf } from './normalize.ts';

export function searchTerms(
  layanan: Pick<Layanan, 'judul' | 'kategori' | 'kata_kunci' | 'slug'>,
  synonyms: readonly (readonly string[])[],
): string {
  const own = [layanan.judul, layanan.kategori, layanan.slug, ...layanan.kata_kunci];
  const text = ` ${own.map(normalize).join(' ')} `;
  const related = synonyms.filter((group) => group.some((term) => text.includes(` ${normalize(term)} `)));
  return [...new Set(wordsOf([...own, ...related.flat()].join(' ')))].join(' ');
}
