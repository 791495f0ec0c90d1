// Search as residents use it: the words they would type find the service they mean, offline, with
// typos and without diacritics, using the index the build writes from the schema and sinonim.yaml.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentOrThrow } from '../../src/lib/content/load-content.ts';
import { search } from '../../src/lib/search/match.ts';
import { normalize } from '../../src/lib/search/normalize.ts';
import { searchTerms } from '../../src/lib/search/search-terms.ts';
import { SITE_CONTENT, VALID_CONTENT } from '../support/content-dir.ts';

let index: { slug: string; terms: string[] }[];
beforeAll(async () => {
  const { layanan, sinonim } = await loadContentOrThrow(SITE_CONTENT);
  index = layanan.map((item) => ({ slug: item.slug, terms: searchTerms(item, sinonim).split(' ') }));
});
const find = (query: string) =>
  search(index, query)
    .found.map((item) => item.slug)
    .sort();

describe('pencarian layanan', () => {
  it.each([
    ['akta', ['akta-lahir', 'akta-mati']],
    ['ktp hilang', ['ktp-hilang']],
    ['pindah', ['pindah']],
    ['tidak mampu', ['sktm']],
    ['surat miskin', ['sktm']],
    ['akte kelahiran', ['akta-lahir']],
    ['skck', ['skck']],
  ])('finds %s', (query, slugs) => {
    expect(find(query)).toEqual(slugs);
  });

  it('forgives typos and missing diacritics', () => {
    expect(find('akta kelahran')).toEqual(['akta-lahir']);
    expect(find('KTP hilng')).toEqual(['ktp-hilang']);
    expect(find('pindha')).toEqual(['pindah']);
    expect(find('Kématian')).toContain('akta-mati');
    expect(find('ijin keramaian')).toContain('keramaian');
  });

  it('ignores words that match no service instead of hiding everything', () => {
    expect(find('cara bikin ktp hilang')).toEqual(['ktp-hilang']);
    expect(search(index, 'cara bikin ktp hilang').ignored).toEqual(['cara', 'bikin']);
  });

  it('finds nothing for words that mean nothing here, and everything for an empty query', () => {
    expect(find('zzzz qqqq')).toEqual([]);
    expect(find('  ')).toHaveLength(index.length);
  });

  it('adds a synonym group to a service only when one of its words is in the service', () => {
    const terms = searchTerms({ judul: 'Akta Kelahiran', kategori: 'Adminduk', slug: 'akta-lahir', kata_kunci: [] }, [
      ['akta', 'akte'],
      ['nikah', 'kawin'],
    ]).split(' ');
    expect(terms).toContain('akte');
    expect(terms).not.toContain('kawin');
  });

  it('normalises case, diacritics and punctuation the same way everywhere', () => {
    expect(normalize('  Akta Kélahiran / e-KTP ')).toBe('akta kelahiran e ktp');
  });

  // Broken synonym files are part of the broken-content corpus (tests/fixtures/broken/sinonim/).
  it('builds without a synonyms file: content folders of other kecamatan need none', async () => {
    const { sinonim } = await loadContentOrThrow(VALID_CONTENT);
    expect(sinonim).toEqual([]);
  });
});
