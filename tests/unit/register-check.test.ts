// The register check on a small hand-made register: which kecamatan a site is, and what each village
// file is told (an unknown code, a code elsewhere, a name spelled otherwise).
import { describe, expect, it } from 'vitest';
import type { Desa } from '../../src/schema/index.ts';
import { checkRegister } from '../../src/lib/content/register-check.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { buildRegister } from '../../src/lib/wilayah/register.ts';
import { tableSource } from '../../src/lib/wilayah/register-files.ts';

const small = buildRegister(
  tableSource({
    provinces: [['35', 'Jawa Timur']],
    regencies: [['35.16', '35', 'Kabupaten Mojokerto']],
    districts: [
      ['35.16.15', '35.16', 'Kemlagi'],
      ['35.16.16', '35.16', 'Jetis'],
    ],
    villages: [
      ['35.16.15.2017', '35.16.15', 'Kemlagi'],
      ['35.16.15.2019', '35.16.15', 'Pandankrajan'],
      ['35.16.16.2001', '35.16.16', 'Mlirip'],
      ['35.16.16.2002', '35.16.16', 'Lakardowo'],
    ],
  }),
);

const desa = (file: string, nama: string, kode: string) => ({
  file: `desa/${file}.yaml`,
  entry: { nama, kode, jenis: 'desa', alamat: 'Balai Desa', kontak: [], slug: file } as Desa,
});
const check = (kecamatan: Parameters<typeof checkRegister>[0], villages: ReturnType<typeof desa>[]) =>
  checkRegister(kecamatan, 'kecamatan.yaml', villages, small).map(formatProblem);

describe('pemeriksaan dengan daftar wilayah', () => {
  it('menerima desa yang kode dan ejaannya sama dengan daftar', () => {
    const sample = { nama: 'Kemlagi', kode: '35.16.15', kabupaten: 'Mojokerto', provinsi: 'Jawa Timur' };
    expect(check(sample, [desa('kemlagi', 'Kemlagi', '35.16.15.2017')])).toEqual([]);
  });

  it('menolak kode yang tidak ada dan menyebut desa resmi terdekat', () => {
    expect(
      check({ nama: 'Kemlagi' }, [
        desa('kemlagi', 'Kemlagi', '35.16.15.2017'),
        desa('x', 'Pandan Krajan', '35.16.15.2099'),
      ]),
    ).toEqual([
      'desa/x.yaml: «kode» 35.16.15.2099 tidak ada di daftar wilayah Kemendagri; desa terdekat di Kecamatan Kemlagi: 35.16.15.2019 Pandankrajan.',
    ]);
  });

  it('tanpa «kode», memakai kecamatan yang namanya sama dengan «nama», walau desanya lebih sedikit', () => {
    const villages = [
      desa('kemlagi', 'Kemlagi', '35.16.15.2017'),
      desa('mlirip', 'Mlirip', '35.16.16.2001'),
      desa('lakardowo', 'Lakardowo', '35.16.16.2002'),
    ];
    // The two Jetis villages are the majority, so cross-checks.ts does not flag them: this check does.
    expect(check({ nama: 'Kemlagi' }, villages)).toEqual([
      'desa/mlirip.yaml: «kode» 35.16.16.2001 adalah Mlirip di Kecamatan Jetis (35.16.16), bukan di Kecamatan Kemlagi (35.16.15) menurut «nama» di kecamatan.yaml.',
      'desa/lakardowo.yaml: «kode» 35.16.16.2002 adalah Lakardowo di Kecamatan Jetis (35.16.16), bukan di Kecamatan Kemlagi (35.16.15) menurut «nama» di kecamatan.yaml.',
    ]);
    // Without a matching name, the majority decides, and the one village elsewhere is left to cross-checks.ts.
    expect(check({ nama: 'Uji' }, villages)).toEqual([]);
  });

  it('memperingatkan ejaan yang berbeda dan menunjukkan ejaan resmi', () => {
    const problems = check({ nama: 'Kemlagii', kode: '35.16.15', kabupaten: 'Mojokerta', provinsi: 'Jawa Timur' }, [
      desa('kemlagi', 'KEMLAGI', '35.16.15.2017'),
    ]);
    expect(problems).toEqual([
      'kecamatan.yaml: peringatan: «nama» "Kemlagii" berbeda dengan nama resmi kecamatan 35.16.15 di daftar Kemendagri: "Kemlagi"; periksa ejaan nama atau kodenya.',
      'kecamatan.yaml: peringatan: «kabupaten» "Mojokerta" berbeda dengan daftar Kemendagri untuk kecamatan 35.16.15 (Kabupaten Mojokerto): tulis "Mojokerto".',
      'desa/kemlagi.yaml: peringatan: «nama» "KEMLAGI" berbeda dengan nama resmi desa 35.16.15.2017 di daftar Kemendagri: "Kemlagi"; periksa ejaan nama atau kodenya.',
    ]);
  });

  it('menolak kode kecamatan yang tidak ada dan menyebut kode kecamatan bernama sama', () => {
    expect(check({ nama: 'Kemlagi', kode: '35.16.19' }, [])).toEqual([
      'kecamatan.yaml: «kode» 35.16.19 tidak ada di daftar wilayah Kemendagri; kecamatan Kemlagi berkode 35.16.15.',
    ]);
  });
});
