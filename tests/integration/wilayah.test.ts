// A kabupaten's content root (issue 12): kabupaten.yaml, shared services, one folder per kecamatan.
// What each kecamatan inherits, which services it gets, where its site lives, and the messages staff read.
import { describe, expect, it } from 'vitest';
import { loadWilayah, type Wilayah } from '../../src/lib/content/load-wilayah.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { SITE_CONTENT } from '../support/content-dir.ts';
import { KOTA_CONTENT, kotaWith } from '../support/kota.ts';

async function loaded(dir: string, kecamatan?: string): Promise<Wilayah> {
  const { wilayah, problems } = await loadWilayah(dir, { kecamatan });
  expect(problems.map(formatProblem)).toEqual([]);
  return wilayah!;
}

async function errorsOf(dir: string): Promise<string[]> {
  const { wilayah, problems } = await loadWilayah(dir);
  expect(wilayah).toBeUndefined();
  return problems.filter((problem) => problem.level === 'galat').map(formatProblem);
}

const site = (wilayah: Wilayah, slug: string) => wilayah.kecamatan.find((item) => item.slug === slug)!;

describe('folder kabupaten', () => {
  it('memuat setiap kecamatan dengan isian yang diwarisi dari kabupaten.yaml', async () => {
    const wilayah = await loaded(KOTA_CONTENT);
    expect(wilayah.kabupaten).toMatchObject({ nama: 'Mojokerto', jenis: 'kota', kode: '35.76' });
    expect(wilayah.kecamatan.map((item) => item.slug)).toEqual(['magersari', 'prajuritkulon']);

    const magersari = site(wilayah, 'magersari').content.kecamatan;
    expect(magersari).toMatchObject({
      kabupaten: 'Mojokerto',
      provinsi: 'Jawa Timur',
      situs: 'https://layanan.mojokertokota.go.id/magersari/',
    });
    expect(magersari.pengaduan.map((item) => item.label)).toEqual(['SP4N-LAPOR!', 'WhatsApp Diskominfo (uji)']);

    // What a kecamatan writes itself wins over what it would inherit.
    const prajuritkulon = site(wilayah, 'prajuritkulon').content.kecamatan;
    expect(prajuritkulon.situs).toBe('https://layanan.mojokertokota.go.id/prajurit/');
    expect(prajuritkulon.pengaduan.map((item) => item.label)).toEqual(['Kotak saran Kecamatan Prajuritkulon']);
  });

  it('menempatkan setiap kecamatan di bawah alamat kabupaten', async () => {
    const wilayah = await loaded(KOTA_CONTENT);
    expect(wilayah.kecamatan.map(({ slug, base }) => [slug, base])).toEqual([
      ['magersari', '/magersari/'],
      ['prajuritkulon', '/prajurit/'],
    ]);
  });

  it('keeps each kecamatan under the kabupaten address also when that carries a base path', async () => {
    const dir = await kotaWith({
      'kabupaten.yaml': (text) =>
        text.replace('https://layanan.mojokertokota.go.id/', 'https://mojokertokota.go.id/layanan/'),
      'kecamatan/prajuritkulon/kecamatan.yaml': (text) =>
        text.replace('https://layanan.mojokertokota.go.id/prajurit/', 'https://mojokertokota.go.id/layanan/prajurit/'),
    });
    const wilayah = await loaded(dir);
    expect(wilayah.kecamatan.map(({ base, content }) => [base, content.kecamatan.situs])).toEqual([
      ['/magersari/', 'https://mojokertokota.go.id/layanan/magersari/'],
      ['/prajurit/', 'https://mojokertokota.go.id/layanan/prajurit/'],
    ]);
  });

  it('memberi layanan bersama ke setiap kecamatan, kecuali yang diganti seluruhnya oleh layanan kecamatan itu', async () => {
    const wilayah = await loaded(KOTA_CONTENT);
    const services = (slug: string) =>
      site(wilayah, slug).content.layanan.map((item) => [item.slug, item.judul] as const);
    expect(services('prajuritkulon')).toEqual([
      ['pindah', 'Surat Keterangan Pindah'],
      ['sktm', 'Surat Keterangan Tidak Mampu (SKTM)'],
    ]);
    expect(services('magersari')).toEqual([
      ['legalisir', 'Legalisir Dokumen Kependudukan'],
      ['pindah', 'Surat Keterangan Pindah'],
      ['sktm', 'Surat Keterangan Tidak Mampu (SKTM) Magersari'],
    ]);
    // Replaced whole: nothing of the shared file's fields survives in the override.
    const sktm = site(wilayah, 'magersari').content.layanan.find((item) => item.slug === 'sktm')!;
    expect(sktm.catatan).toBe('Khusus Magersari: bawa juga surat pernyataan bermeterai.');
    expect(sktm.waktu).toBe('Selesai di hari yang sama');
  });

  it('dengan --kecamatan hanya memuat kecamatan itu', async () => {
    const wilayah = await loaded(KOTA_CONTENT, 'prajuritkulon');
    expect(wilayah.kecamatan.map((item) => item.slug)).toEqual(['prajuritkulon']);
  });

  it('menolak --kecamatan yang tidak ada dan menyarankan nama terdekat', async () => {
    await expect(loadWilayah(KOTA_CONTENT, { kecamatan: 'magersar' })).rejects.toThrow(
      'Kecamatan "magersar" tidak ada di folder kecamatan/ (maksudnya magersari?); pilihannya: magersari, prajuritkulon.',
    );
  });

  it('menolak --kecamatan pada folder satu kecamatan', async () => {
    await expect(loadWilayah(SITE_CONTENT, { kecamatan: 'kemlagi' })).rejects.toThrow(
      '--kecamatan hanya untuk folder kabupaten',
    );
  });

  it('menolak situs kecamatan di luar situs kabupaten, dengan nama berkas dari akar konten dan barisnya', async () => {
    const dir = await kotaWith({
      'kecamatan/prajuritkulon/kecamatan.yaml': (text) =>
        text.replace('https://layanan.mojokertokota.go.id/prajurit/', 'https://prajurit.mojokertokota.go.id/'),
    });
    expect(await errorsOf(dir)).toEqual([
      'konten/kecamatan/prajuritkulon/kecamatan.yaml baris 8: «situs» harus berada di bawah alamat situs kabupaten https://layanan.mojokertokota.go.id/, misalnya https://layanan.mojokertokota.go.id/prajuritkulon/ (atau hapus baris ini).',
    ]);
  });

  it('menolak dua kecamatan dengan alamat yang bertumpuk', async () => {
    const dir = await kotaWith({
      'kecamatan/prajuritkulon/kecamatan.yaml': (text) => text.replace('/prajurit/', '/magersari/'),
    });
    expect(await errorsOf(dir)).toEqual([
      'konten/kecamatan/prajuritkulon/kecamatan.yaml: «situs» https://layanan.mojokertokota.go.id/magersari/ bertumpuk dengan alamat kecamatan magersari (https://layanan.mojokertokota.go.id/magersari/); beri setiap kecamatan alamat sendiri di bawah https://layanan.mojokertokota.go.id/.',
    ]);
  });

  it('menyebut berkas layanan kecamatan dari akar konten', async () => {
    const dir = await kotaWith({
      'kecamatan/magersari/layanan/sktm.md': (text) => text.replace('waktu: Selesai di hari yang sama\n', ''),
    });
    expect(await errorsOf(dir)).toEqual(['konten/kecamatan/magersari/layanan/sktm.md baris 2: «waktu» wajib diisi.']);
  });

  it('menyebut layanan bersama yang salah sekali saja, bukan di setiap kecamatan', async () => {
    const dir = await kotaWith({ 'layanan/pindah.md': (text) => text.replace('biaya: Gratis\n', '') });
    expect(await errorsOf(dir)).toEqual(['konten/layanan/pindah.md baris 2: «biaya» wajib diisi.']);
  });

  it('menolak kecamatan yang desanya berkode kabupaten/kota lain, dengan berkas dan barisnya', async () => {
    // A whole village folder copied from another kabupaten (Kemlagi's real villages), which the kecamatan's
    // own checks and the register accept: the codes exist and share one kecamatan.
    const dir = await kotaWith({
      'kecamatan/magersari/desa/magersari.yaml':
        'nama: Betro\njenis: desa\nkode: "35.16.15.2002"\nalamat: Balai Desa Betro\n',
      'kecamatan/magersari/desa/wates.yaml':
        'nama: Mojorejo\njenis: desa\nkode: "35.16.15.2015"\nalamat: Balai Desa Mojorejo\n',
    });
    expect(await errorsOf(dir)).toEqual([
      'konten/kecamatan/magersari/desa/magersari.yaml baris 3: «kode» 35.16.15.2002 bukan kode wilayah di Kota Mojokerto (35.76); periksa kodenya, atau pindahkan berkas ini ke folder kabupaten yang benar.',
      'konten/kecamatan/magersari/desa/wates.yaml baris 3: «kode» 35.16.15.2015 bukan kode wilayah di Kota Mojokerto (35.76); periksa kodenya, atau pindahkan berkas ini ke folder kabupaten yang benar.',
    ]);
  });

  it('menolak kabupaten.yaml yang salah tanpa memeriksa kecamatannya', async () => {
    const dir = await kotaWith({ 'kabupaten.yaml': (text) => text.replace('jenis: kota', 'jenis: kotamadya') });
    expect(await errorsOf(dir)).toEqual([
      expect.stringMatching(/^konten\/kabupaten\.yaml baris 4: «jenis» harus "kabupaten" atau "kota"/),
    ]);
  });
});

describe('folder satu kecamatan', () => {
  it('menolak kabupaten.yaml di samping kecamatan.yaml', async () => {
    const dir = await kotaWith({ 'kecamatan.yaml': 'nama: Salah tempat\n' });
    expect(await errorsOf(dir)).toEqual([
      'konten/kabupaten.yaml: Tidak boleh berada di folder yang sama dengan kecamatan.yaml; untuk satu kabupaten pindahkan setiap kecamatan ke kecamatan/<nama>/, untuk satu kecamatan hapus berkas ini.',
    ]);
  });

  it('dimuat seperti biasa, di akar situs', async () => {
    const wilayah = await loaded(SITE_CONTENT);
    expect(wilayah.kabupaten).toBeUndefined();
    expect(wilayah.kecamatan.map(({ base, content }) => [base, content.kecamatan.nama])).toEqual([['/', 'Kemlagi']]);
  });
});
