// The browser's save check refuses what `npm run check` refuses, with the same Indonesian wording and
// the file named as the check names it, and applies the cross-file rules it has the data for.
import { describe, expect, it } from 'vitest';
import { checkEntry } from '../../src/editor/check-entry.ts';
import { remember } from '../../src/editor/cross-file.ts';
import type { EditorData } from '../../src/editor/editor-data.ts';
import { savedEntry } from '../../src/editor/saved-entry.ts';

const layanan = {
  judul: 'Surat Keterangan Usaha',
  ringkasan: 'Surat untuk usaha.',
  kategori: 'Surat',
  persyaratan: [{ dokumen: 'Fotokopi KTP-el', opsional: false, keterangan: null, __sc_item_original_key_path: 'x' }],
  prosedur: ['Datang ke kecamatan.'],
  waktu: '15 menit',
  biaya: 'Gratis',
  produk: 'Surat',
  pengantar_desa: true,
  diperbarui: '2026-11-01',
  penerbit: '',
  body: 'Catatan.',
};

const data = (): EditorData => ({
  folder: 'content',
  situs: 'https://kemlagi.contoh.invalid/',
  layanan: [
    { slug: 'usaha', judul: 'Surat Keterangan Usaha' },
    { slug: 'sktm', judul: 'Surat Keterangan Tidak Mampu' },
  ],
  desa: [{ slug: 'betro', nama: 'Betro', kode: '35.16.15.2001' }],
  acara: [],
  halaman: ['/', '/l/usaha/', '/l/sktm/', '/d/3516152001/'],
  pengalihan: [],
  dicetak: {
    cetakan: [
      {
        tanggal: '2026-11-01',
        situs: 'https://kemlagi.contoh.invalid/',
        alamat: ['/l/sktm/', '/d/3516152001/'],
        poster: [],
      },
    ],
  },
});

const check = (collection: string, slug: string, fields: Record<string, unknown>, newRecord = false, editor = data()) =>
  checkEntry(savedEntry({ collection, slug, newRecord, data: fields })!, editor);

describe('pemeriksaan saat menyimpan di editor', () => {
  it('accepts a valid service as the editor hands it over (empty optional values, bookkeeping keys, body)', () => {
    expect(check('layanan', 'usaha', layanan)).toEqual([]);
  });

  it('refuses a service without any document, naming the file and the field in Indonesian', () => {
    expect(check('layanan', 'usaha', { ...layanan, persyaratan: [] })).toEqual([
      'content/layanan/usaha.md: «persyaratan» harus berisi minimal satu dokumen, kecuali bila «keperluan» diisi dengan dokumen untuk setiap keperluan.',
    ]);
  });

  it('refuses a date that is not a date, and one in the future', () => {
    expect(check('layanan', 'usaha', { ...layanan, diperbarui: 'kemarin' })[0]).toMatch(
      /«diperbarui» harus berupa tanggal dengan format TTTT-BB-HH/,
    );
    expect(check('layanan', 'usaha', { ...layanan, diperbarui: '2027-01-05' })[0]).toMatch(
      /«diperbarui» tidak boleh tanggal di masa depan/,
    );
  });

  it('refuses a village code in the wrong format', () => {
    const desa = { nama: 'Betro', jenis: 'desa', kode: '35.16.15.201', alamat: 'Balai Desa Betro' };
    expect(check('desa', 'betro', desa)).toEqual([
      'content/desa/betro.yaml: «kode» harus berformat kode wilayah Kemendagri, misalnya 35.16.15.2001.',
    ]);
  });

  it('refuses a title another service already has, and a new file name already in use', () => {
    expect(check('layanan', 'usaha', { ...layanan, judul: 'surat keterangan tidak mampu' })).toEqual([
      'content/layanan/usaha.md: «judul» sama dengan content/layanan/sktm.md; beri judul yang membedakan.',
    ]);
    expect(check('layanan', 'sktm', { ...layanan, judul: 'Lain' }, true)[0]).toMatch(
      /Nama berkas «sktm» sudah dipakai/,
    );
  });

  it('refuses an event that names an unknown service, and knows a service saved in this session', () => {
    const acara = {
      judul: 'Bazar',
      tanggal: '2027-02-17',
      lokasi: 'Pendopo',
      instansi: ['Kecamatan'],
      layanan: ['kk'],
    };
    expect(check('acara', 'bazar', acara, true)).toEqual([
      'content/acara/bazar.md: «layanan» butir ke-1 layanan «kk» tidak ada; pilih layanan dari daftar.',
    ]);
    const editor = data();
    remember(
      savedEntry({ collection: 'layanan', slug: 'kk', newRecord: true, data: layanan })!,
      { judul: 'KK' },
      editor,
    );
    expect(check('acara', 'bazar', acara, true, editor)).toEqual([]);
  });

  it('refuses a new code for a village whose old address is printed, unless it is redirected', () => {
    const desa = { nama: 'Betro', jenis: 'desa', kode: '35.16.15.2009', alamat: 'Balai Desa Betro' };
    expect(check('desa', 'betro', desa)[0]).toMatch(/alamat lama \/d\/3516152001\/ sudah tercetak di poster/);
    expect(check('desa', 'betro', desa, false, { ...data(), pengalihan: ['/d/3516152001/'] })).toEqual([]);
  });

  it('refuses removing the redirect of a printed address that has no page any more', () => {
    const editor = { ...data(), halaman: ['/', '/l/usaha/', '/l/sktm-baru/', '/d/3516152001/'] };
    const redirect = [{ dari: '/l/sktm/', ke: '/l/sktm-baru/' }];
    expect(check('kecamatan', 'pengalihan', { pengalihan: redirect }, false, editor)).toEqual([]);
    expect(check('kecamatan', 'pengalihan', { pengalihan: [] }, false, editor)[0]).toMatch(
      /^content\/dicetak\.json: Alamat kemlagi\.contoh\.invalid\/l\/sktm sudah tercetak/,
    );
  });
});
