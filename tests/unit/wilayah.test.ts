// The register's pure parts (names, codes, search, slugs, scaffolds) on a small hand-made register.
import { describe, expect, it } from 'vitest';
import { UserError } from '../../src/core/user-error.ts';
import { findKabupaten, findKecamatan } from '../../src/lib/wilayah/find-wilayah.ts';
import { isKodeOf, jenisDesaOf, parentKode } from '../../src/lib/wilayah/kode.ts';
import { buildRegister } from '../../src/lib/wilayah/register.ts';
import { tableSource, type RegisterFile } from '../../src/lib/wilayah/register-files.ts';
import { scaffoldKabupaten, scaffoldKecamatan } from '../../src/lib/wilayah/scaffold.ts';
import { findByName, nearestDesa } from '../../src/lib/wilayah/search.ts';
import { uniqueSlugs } from '../../src/lib/wilayah/unique-slugs.ts';
import { formatWilayahName, splitKabupatenName } from '../../src/lib/wilayah/wilayah-name.ts';
import { yamlString } from '../../src/lib/wilayah/yaml-text.ts';

const TABLES: Record<RegisterFile, string[][]> = {
  provinces: [['35', 'JAWA TIMUR']],
  regencies: [
    ['35.16', '35', 'KABUPATEN MOJOKERTO'],
    ['35.76', '35', 'Kota Mojokerto'],
  ],
  districts: [
    ['35.16.15', '35.16', 'Kemlagi'],
    ['35.16.16', '35.16', 'Jetis'],
    ['35.76.01', '35.76', 'Prajurit Kulon'],
  ],
  villages: [
    ['35.16.15.2017', '35.16.15', 'Kemlagi'],
    ['35.16.15.2015', '35.16.15', 'MOJOREJO'],
    ['35.16.15.2019', '35.16.15', 'Pandankrajan'],
    ['35.16.16.2001', '35.16.16', 'Mlirip'],
    ['35.76.01.1001', '35.76.01', 'Surodinawan'],
    ['35.76.01.1002', '35.76.01', 'Surodinawan'],
  ],
};
const small = buildRegister(tableSource(TABLES));

describe('nama wilayah', () => {
  it.each([
    ['KOTA MOJOKERTO', 'Kota Mojokerto'],
    ['KABUPATEN PANGKAJENE DAN KEPULAUAN', 'Kabupaten Pangkajene dan Kepulauan'],
    ['Kemlagi', 'Kemlagi'],
    ['  Mojo   Rejo ', 'Mojo Rejo'],
    ['Soka"an', "Soka'an"],
    ['Konda/ Kondaga', 'Konda/Kondaga'],
    ['Pulo Lon / Pulo Dayah', 'Pulo Lon / Pulo Dayah'],
    ['Cibal barat', 'Cibal Barat'],
    ['Air Sialang Hilir.', 'Air Sialang Hilir'],
    ['SUNGAI KURUK III', 'Sungai Kuruk III'],
    ['RD. PJKA', 'RD. PJKA'],
    ["KI'E", "Ki'e"],
    ['2 x 11 Kayu Tanam', '2 x 11 Kayu Tanam'],
  ])('menulis %j sebagai %j', (raw, shown) => {
    expect(formatWilayahName(raw)).toBe(shown);
  });

  it('memisahkan jenis dari nama kabupaten/kota, seperti ditulis di kecamatan.yaml', () => {
    expect(splitKabupatenName('Kabupaten Mojokerto')).toEqual({ jenis: 'kabupaten', nama: 'Mojokerto' });
    expect(splitKabupatenName('KOTA MOJOKERTO')).toEqual({ jenis: 'kota', nama: 'Mojokerto' });
  });
});

describe('kode wilayah', () => {
  it('mengenali tingkat, induk dan jenis desa dari kode', () => {
    expect(isKodeOf('kecamatan', '35.16.15')).toBe(true);
    expect(isKodeOf('kecamatan', '35.16.15.2017')).toBe(false);
    expect(parentKode('35.16.15.2017')).toBe('35.16.15');
    expect(parentKode('35')).toBeUndefined();
    expect(jenisDesaOf('35.74.05.1001')).toBe('kelurahan');
    expect(jenisDesaOf('35.16.15.2017')).toBe('desa');
  });
});

describe('daftar wilayah', () => {
  it('mencari menurut kode dan induk, dengan nama tampilan', () => {
    expect(small.kabupaten('35.16')).toEqual({
      kode: '35.16',
      nama: 'Mojokerto',
      jenis: 'kabupaten',
      namaLengkap: 'Kabupaten Mojokerto',
      provinsi: '35',
    });
    expect(small.provinsi('35')?.nama).toBe('Jawa Timur');
    expect(small.desa('35.16.15.2015')).toEqual({
      kode: '35.16.15.2015',
      nama: 'Mojorejo',
      jenis: 'desa',
      kecamatan: '35.16.15',
    });
    expect(small.desaOf('35.16.15').map((desa) => desa.kode)).toEqual([
      '35.16.15.2015',
      '35.16.15.2017',
      '35.16.15.2019',
    ]);
    expect(small.kecamatanOf('35.16').map((item) => item.nama)).toEqual(['Kemlagi', 'Jetis']);
    expect(small.desa('35.16.15.2099')).toBeUndefined();
    expect(small.desaOf('35.99.01')).toEqual([]);
  });

  it('menemukan nama tanpa peduli huruf besar, spasi, atau satu-dua salah ketik', () => {
    const villages = small.desaOf('35.16.15');
    expect(findByName('mojo rejo', villages).map((desa) => desa.kode)).toEqual(['35.16.15.2015']);
    expect(findByName('Pandankrajaan', villages).map((desa) => desa.kode)).toEqual(['35.16.15.2019']);
    expect(findByName('Surabaya', villages)).toEqual([]);
  });

  it('menunjuk desa resmi terdekat: menurut nama, lalu menurut kode', () => {
    const villages = small.desaOf('35.16.15');
    expect(nearestDesa({ nama: 'Pandan Krajan', kode: '35.16.15.2099' }, villages)?.kode).toBe('35.16.15.2019');
    expect(nearestDesa({ nama: 'Tak Dikenal', kode: '35.16.15.2016' }, villages)?.kode).toBe('35.16.15.2015');
  });
});

describe('kode yang diketik untuk kecamatan-baru', () => {
  const refusal = (run: () => unknown) => {
    try {
      run();
    } catch (error) {
      expect(error).toBeInstanceOf(UserError);
      return (error as Error).message;
    }
    throw new Error('tidak ditolak');
  };

  it('menemukan kecamatan dan kabupaten menurut kodenya', () => {
    expect(findKecamatan(small, '35.16.15').nama).toBe('Kemlagi');
    expect(findKabupaten(small, '35.76').namaLengkap).toBe('Kota Mojokerto');
  });

  it('menolak kode yang tidak ada dan menyebut kecamatan di kabupatennya', () => {
    expect(refusal(() => findKecamatan(small, '35.16.99'))).toBe(
      'Kode 35.16.99 tidak ada di daftar wilayah Kemendagri. Maksud Anda salah satu kecamatan di Kabupaten Mojokerto: 35.16.15 Kemlagi, 35.16.16 Jetis?',
    );
  });

  it('menjawab nama yang diketik sebagai kode dengan kodenya', () => {
    expect(refusal(() => findKecamatan(small, 'kemlagi'))).toContain(
      'Maksud Anda --kode 35.16.15 (Kemlagi, Kabupaten Mojokerto)?',
    );
    expect(refusal(() => findKabupaten(small, 'Kota Mojokerto'))).toContain(
      'Maksud Anda --kabupaten 35.76 (Kota Mojokerto)?',
    );
    expect(refusal(() => findKecamatan(small, 'Pandan Krajan'))).toContain(
      'Pandankrajan adalah nama desa/kelurahan; kecamatannya --kode 35.16.15 (Kemlagi, Kabupaten Mojokerto).',
    );
    expect(refusal(() => findKecamatan(small, '35.16'))).toContain('untuk semua kecamatannya tulis --kabupaten 35.16.');
    expect(refusal(() => findKecamatan(small, '35.16.15.2017'))).toBe(
      '35.16.15.2017 adalah kode desa; kecamatannya --kode 35.16.15 (Kemlagi).',
    );
  });
});

describe('berkas awal kecamatan-baru', () => {
  it('memberi setiap desa nama berkas sendiri, juga bila namanya kembar', () => {
    expect(uniqueSlugs(['Kemlagi', 'Mojo Rejo'], (name) => [name])).toEqual(['kemlagi', 'mojo-rejo']);
    const kembar = small.desaOf('35.76.01');
    expect(uniqueSlugs(kembar, (desa) => [desa.nama, `${desa.nama} ${desa.kode.slice(-4)}`])).toEqual([
      'surodinawan-1001',
      'surodinawan-1002',
    ]);
  });

  it('menulis nilai YAML polos bila aman, berkutip bila tidak', () => {
    expect(yamlString('Jrebeng Kulon')).toBe('Jrebeng Kulon');
    expect(yamlString("Soka'an")).toBe("Soka'an");
    expect(yamlString('2 x 11 Kayu Tanam')).toBe('"2 x 11 Kayu Tanam"');
    expect(yamlString('True')).toBe('"True"');
  });

  it('mengisi nama, kode dan jenis dari daftar, dan mengosongkan isian kantor', () => {
    const { files, desa, kelurahan } = scaffoldKecamatan(small, small.kecamatan('35.16.15')!, 'kemlagi');
    expect(files.map((file) => file.path)).toEqual([
      'kecamatan.yaml',
      'desa/mojorejo.yaml',
      'desa/kemlagi.yaml',
      'desa/pandankrajan.yaml',
    ]);
    expect([desa, kelurahan]).toEqual([3, 0]);
    const kecamatan = files[0]!.text;
    expect(kecamatan).toContain('nama: Kemlagi\nkode: "35.16.15"\n');
    expect(kecamatan).toContain('kabupaten: Mojokerto\nprovinsi: Jawa Timur\n');
    expect(kecamatan).toMatch(/# WAJIB DIISI: alamat kantor kecamatan.*\nalamat: ""\n/);
    expect(kecamatan).toContain('# Nama dan kode wilayah berasal dari idn-area-data');
    expect(kecamatan).toContain('Open Database License');
    expect(files[1]!.text).toContain('nama: Mojorejo\njenis: desa\nkode: "35.16.15.2015"\n');
  });

  it('menulis kabupaten dalam tata letak kabupaten, tanpa isian yang diwarisi', () => {
    const { files, kecamatan } = scaffoldKabupaten(small, small.kabupaten('35.76')!, 'kota-mojokerto');
    expect(kecamatan).toBe(1);
    expect(files.map((file) => file.path)).toEqual([
      'kabupaten.yaml',
      'kecamatan/prajurit-kulon/kecamatan.yaml',
      'kecamatan/prajurit-kulon/desa/surodinawan-1001.yaml',
      'kecamatan/prajurit-kulon/desa/surodinawan-1002.yaml',
    ]);
    expect(files[0]!.text).toContain('nama: Mojokerto\njenis: kota\nkode: "35.76"\nprovinsi: Jawa Timur\n');
    expect(files[1]!.text).not.toMatch(/^(kabupaten|provinsi|situs|pengaduan):/m);
    expect(files[2]!.text).toContain('jenis: kelurahan');
  });
});
