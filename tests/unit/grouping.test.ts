import { describe, expect, it } from 'vitest';
import { groupByKategori } from '../../src/lib/grouping.ts';

describe('groupByKategori', () => {
  it('puts the largest groups first, then sorts groups and titles by name', () => {
    const groups = groupByKategori([
      { kategori: 'Surat', judul: 'Legalisasi' },
      { kategori: 'Izin', judul: 'Keramaian' },
      { kategori: 'Surat', judul: 'Ahli Waris' },
      { kategori: 'Adminduk', judul: 'KK' },
    ]);
    expect(groups.map((group) => [group.kategori, group.layanan.map((item) => item.judul)])).toEqual([
      ['Surat', ['Ahli Waris', 'Legalisasi']],
      ['Adminduk', ['KK']],
      ['Izin', ['Keramaian']],
    ]);
  });
});
