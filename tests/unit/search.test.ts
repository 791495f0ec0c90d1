// Search as residents use it: the words they would type find the service they mean, offline, with
// typos and without diacritics, using the index the build writes from the schema and sinonim.yaml.
import { beforeAll, describe, expect, it } from 'vitest';
import { loadContentOrThrow } from '../../src/lib/content/load-content.ts';
import { search } from '../../src/lib/search/match.ts';
import { normalize } from '../../src/lib/search/normalize.ts';
import { searchTerms, synonymTerms } from '../../src/lib/search/search-terms.ts';
import { matchKeperluan, titleTerms } from '../../src/lib/search/keperluan-match.ts';
import { keperluanId } from '../../src/lib/keperluan.ts';
import type { Layanan } from '../../src/schema/index.ts';
import { SITE_CONTENT, VALID_CONTENT } from '../support/content-dir.ts';

let index: { slug: string; terms: string[] }[];
let services: Layanan[];
let synonyms: string[][];
beforeAll(async () => {
  const { layanan, sinonim } = await loadContentOrThrow(SITE_CONTENT);
  [services, synonyms] = [layanan, sinonim];
  index = layanan.map((item) => ({ slug: item.slug, terms: searchTerms(item, sinonim).split(' ') }));
});
const find = (query: string) =>
  search(index, query)
    .found.map((item) => item.slug)
    .sort();

/** The ids of the cases of one service that search links to for a query, from the words the page carries. */
const casesFor = (slug: string, query: string) => {
  const layanan = services.find((item) => item.slug === slug)!;
  const terms = (title: string) => titleTerms(title, synonymTerms(title, synonyms));
  const cases = layanan.keperluan.map((keperluan) => ({ id: keperluanId(keperluan), terms: terms(keperluan.judul) }));
  return matchKeperluan(terms(layanan.judul), cases, query).map((item) => item.id);
};

describe('pencarian layanan', () => {
  it.each([
    ['akta', ['akta-lahir', 'akta-mati']],
    ['ktp hilang', ['ktp-hilang']],
    // Moving within the kabupaten needs only a new KK, which is a case of the KK service.
    ['pindah', ['kk', 'pindah']],
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
    expect(find('pindha')).toEqual(['kk', 'pindah']);
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

  it('writes for a case title only the words its synonyms add, since the link text holds the title', () => {
    const groups = [
      ['lahir', 'kelahiran', 'bayi'],
      ['nikah', 'kawin'],
    ];
    expect(synonymTerms('Menambah anggota karena kelahiran', groups)).toBe('lahir bayi');
    expect(titleTerms('Menambah anggota karena kelahiran', 'lahir bayi')).toEqual([
      'menambah',
      'anggota',
      'karena',
      'kelahiran',
      'lahir',
      'bayi',
    ]);
    expect(synonymTerms('KK hilang atau rusak', groups)).toBe('');
  });

  it('normalises case, diacritics and punctuation the same way everywhere', () => {
    expect(normalize('  Akta Kélahiran / e-KTP ')).toBe('akta kelahiran e ktp');
  });

  it('finds a service by the title of one of its cases', () => {
    expect(find('akta terlambat')).toEqual(['akta-lahir']);
    expect(find('sktm sekolah')).toEqual(['sktm']);
    expect(find('kk meninggal')).toEqual(['kk']);
    const terms = searchTerms(
      { judul: 'Kartu Keluarga', kategori: 'Adminduk', slug: 'kk', kata_kunci: [], keperluan: [{ judul: 'Pisah KK' }] },
      [],
    ).split(' ');
    expect(terms).toContain('pisah');
  });

  it('links straight to the case a query names', () => {
    expect(casesFor('kk', 'pisah kk')).toEqual(['pisah-kk-membuat-kk-sendiri-dari-kk-orang-tua']);
    expect(casesFor('akta-lahir', 'akta terlambat')).toEqual(['akta-terlambat-lebih-dari-60-hari-setelah-lahir']);
    expect(casesFor('sktm', 'sktm sekolah')).toEqual(['sktm-untuk-sekolah-atau-beasiswa']);
    expect(casesFor('sktm', 'surat tidak mampu untuk berobat')).toEqual(['sktm-untuk-berobat-atau-biaya-rumah-sakit']);
  });

  it('finds a case by the synonyms of its title and forgives typos there too', () => {
    expect(casesFor('kk', 'kk bayi')).toEqual(['menambah-anggota-keluarga-karena-kelahiran']);
    expect(casesFor('kk', 'kk wafat')).toEqual(['perubahan-karena-ada-anggota-keluarga-yang-meninggal']);
    expect(casesFor('kk', 'kk rusak')).toEqual(['kk-hilang-atau-rusak']);
    expect(casesFor('akta-lahir', 'akta terlambta')).toEqual(['akta-terlambat-lebih-dari-60-hari-setelah-lahir']);
  });

  it('links to no case when the query names the service as a whole', () => {
    // "kk" is in three case titles, "akta" in one: both are in the service's title, so they name the service.
    expect(casesFor('kk', 'kk')).toEqual([]);
    expect(casesFor('kk', 'kartu keluarga')).toEqual([]);
    expect(casesFor('akta-lahir', 'akta')).toEqual([]);
    expect(casesFor('sktm', 'sktm')).toEqual([]);
    expect(casesFor('sktm', '')).toEqual([]);
  });

  it('links to every case that all the case words name, and to none when no case has them all', () => {
    // "lahir" names both birth-registration cases: that is the service as a whole, not a case.
    expect(casesFor('akta-lahir', 'lahir')).toEqual([]);
    expect(casesFor('kk', 'kk pindah')).toEqual(['perubahan-karena-pindah-alamat']);
    expect(casesFor('kk', 'pisah rusak')).toEqual([]);
    const cases = [
      { id: 'a', terms: ['kk', 'baru', 'menikah'] },
      { id: 'b', terms: ['pisah', 'kk', 'menikah'] },
      { id: 'c', terms: ['kk', 'rusak'] },
    ];
    expect(matchKeperluan(['kartu', 'keluarga'], cases, 'menikah').map((item) => item.id)).toEqual(['a', 'b']);
  });

  // Broken synonym files are part of the broken-content corpus (tests/fixtures/broken/sinonim/).
  it('builds without a synonyms file: content folders of other kecamatan need none', async () => {
    const { sinonim } = await loadContentOrThrow(VALID_CONTENT);
    expect(sinonim).toEqual([]);
  });
});
