// A kabupaten's names and ids as pure functions: how a kecamatan names its kabupaten or kota, where its
// site defaults to, and the collection ids that keep two kecamatan's slugs apart in one build.
import { describe, expect, it } from 'vitest';
import { formatKabupatenName } from '../../src/lib/kabupaten-name.ts';
import { defaultKecamatanSitus } from '../../src/schema/kabupaten.ts';
import { kabupatenName } from '../../src/schema/index.ts';

describe('nama kabupaten dan kota', () => {
  it('says Kota for a kota and Kabupaten otherwise, also when a lone kecamatan says nothing', () => {
    expect(kabupatenName({ nama: 'Mojokerto', jenis: 'kota' })).toBe('Kota Mojokerto');
    expect(kabupatenName({ nama: 'Mojokerto', jenis: 'kabupaten' })).toBe('Kabupaten Mojokerto');
    expect(formatKabupatenName({ kabupaten: 'Mojokerto', jenis_kabupaten: 'kota' })).toBe('Kota Mojokerto');
    expect(formatKabupatenName({ kabupaten: 'Mojokerto' })).toBe('Kabupaten Mojokerto');
  });
});

describe('alamat dan id kecamatan dalam kabupaten', () => {
  it('puts a kecamatan at the kabupaten address plus its folder name, also under a base path', () => {
    expect(defaultKecamatanSitus({ situs: 'https://layanan.mojokertokab.go.id/' }, 'kemlagi')).toBe(
      'https://layanan.mojokertokab.go.id/kemlagi/',
    );
    expect(defaultKecamatanSitus({ situs: 'https://mojokertokab.go.id/layanan/' }, 'jetis')).toBe(
      'https://mojokertokab.go.id/layanan/jetis/',
    );
  });
});
