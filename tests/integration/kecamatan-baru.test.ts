// `npm run kecamatan-baru` on the real register: a kecamatan folder with its official villages, a whole
// kabupaten in the kabupaten layout, refusals that say what exists instead; and `check` refusing a
// village code that the register does not know.
import { existsSync } from 'node:fs';
import { cp, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { register } from '../../src/lib/wilayah/register.ts';
import { BROKEN, contentWith, removeDir, SITE_CONTENT, VALID_CONTENT } from '../support/content-dir.ts';
import { runCli as run } from '../support/run-cli.ts';
import { tempDir } from '../support/temp-dir.ts';

const SCRIPT = 'scripts/kecamatan-baru.ts';

describe('daftar wilayah resmi', () => {
  it('memuat setiap wilayah sekali dan cocok dengan daftar resmi Kemlagi', async () => {
    const wilayah = register();
    expect(register()).toBe(wilayah);
    expect(wilayah.kecamatan('35.16.15')).toEqual({ kode: '35.16.15', nama: 'Kemlagi', kabupaten: '35.16' });
    expect(wilayah.desaOf('35.74.03').map((desa) => desa.nama)).toHaveLength(5);
    // The frozen sample's 20 villages are Kemlagi's official 20, spelled as the register spells them.
    const { content } = await loadContent(SITE_CONTENT);
    const sample = content!.desa
      .map(({ kode, nama, jenis }) => ({ kode, nama, jenis }))
      .sort((a, b) => a.kode.localeCompare(b.kode));
    expect(wilayah.desaOf('35.16.15').map(({ kode, nama, jenis }) => ({ kode, nama, jenis }))).toEqual(sample);
  });
});

describe('npm run kecamatan-baru', () => {
  it('membuat folder Kecamatan Kedopok dengan keenam kelurahan resminya', async () => {
    const out = join(await tempDir('kecamatan-baru'), 'kedopok');
    const { code, stdout } = await run(SCRIPT, ['--kode', '35.74.05', '--keluar', out]);
    expect(code).toBe(0);
    expect(stdout).toContain('✓ 7 berkas dibuat');
    expect(stdout).toContain('6 berkas desa (0 desa, 6 kelurahan)');
    expect((await readdir(join(out, 'desa'))).sort()).toEqual([
      'jrebeng-kulon.yaml',
      'jrebeng-lor.yaml',
      'jrebeng-wetan.yaml',
      'kareng-lor.yaml',
      'kedopok.yaml',
      'sumber-wetan.yaml',
    ]);
    expect(await readFile(join(out, 'desa/kareng-lor.yaml'), 'utf8')).toContain(
      'nama: Kareng Lor\njenis: kelurahan\nkode: "35.74.05.1002"\n',
    );
    const kecamatan = await readFile(join(out, 'kecamatan.yaml'), 'utf8');
    expect(kecamatan).toContain('nama: Kedopok\nkode: "35.74.05"\n');
    expect(kecamatan).toContain('kabupaten: Probolinggo\nprovinsi: Jawa Timur\n');

    // Until staff fill what only the office knows, check refuses, naming each field.
    const check = await run('scripts/check.ts', ['--konten', out]);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(/kecamatan\.yaml baris \d+: «alamat» tidak boleh kosong/);
    expect(check.stdout).toMatch(/desa\/kedopok\.yaml baris \d+: «alamat» tidak boleh kosong/);
    expect(check.stdout).toMatch(/kecamatan\.yaml baris \d+: «situs» harus berupa alamat lengkap/);
  });

  it('lolos pemeriksaan tanpa peringatan setelah isian wajib diisi dan layanan ditambahkan', async () => {
    const out = join(await tempDir('kecamatan-baru'), 'mayangan');
    expect((await run(SCRIPT, ['--kode', '35.74.03', '--keluar', out])).code).toBe(0);
    const fill: Record<string, string> = {
      alamat: 'Jalan Contoh 1',
      telepon: '(0335) 000000',
      whatsapp: '6280000000000',
      email: 'kecamatan@contoh.invalid',
      jam_layanan: 'Senin–Jumat 08.00–15.00 WIB',
      situs: 'https://mayangan.contoh.invalid/',
    };
    const files = ['kecamatan.yaml', ...(await readdir(join(out, 'desa'))).map((name) => `desa/${name}`)];
    for (const file of files) {
      const text = await readFile(join(out, file), 'utf8');
      await writeFile(
        join(out, file),
        text.replace(/^(\w+): ""$/gm, (_, key: string) => `${key}: "${fill[key]}"`),
      );
    }
    await cp(join(VALID_CONTENT, 'layanan'), join(out, 'layanan'), { recursive: true });
    const { content, problems } = await loadContent(out);
    expect(problems).toEqual([]);
    expect(content?.desa.map((desa) => desa.kode)).toHaveLength(5);
  });

  it('menolak kode yang tidak ada dengan saran, tanpa membuat folder', async () => {
    const out = join(await tempDir('kecamatan-baru'), 'tidak-ada');
    const { code, stdout, stderr } = await run(SCRIPT, ['--kode', '35.74.99', '--keluar', out]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr.trim()).toBe(
      '✗ Kode 35.74.99 tidak ada di daftar wilayah Kemendagri. Maksud Anda salah satu kecamatan di Kota Probolinggo: ' +
        '35.74.01 Kademangan, 35.74.02 Wonoasih, 35.74.03 Mayangan, 35.74.04 Kanigaran, 35.74.05 Kedopok?',
    );
    expect(existsSync(out)).toBe(false);
    const named = await run(SCRIPT, ['--kode', 'Kemlagii', '--keluar', out]);
    expect(named.stderr).toContain('Maksud Anda --kode 35.16.15 (Kemlagi, Kabupaten Mojokerto)?');
  });

  it('tidak menimpa folder yang sudah berisi', async () => {
    const out = await tempDir('kecamatan-baru');
    await writeFile(join(out, 'catatan.txt'), 'milik petugas');
    const { code, stderr } = await run(SCRIPT, ['--kode', '35.16.15', '--keluar', out]);
    expect(code).toBe(1);
    expect(stderr).toContain('sudah ada dan berisi berkas; tidak ada yang ditimpa');
    expect(await readdir(out)).toEqual(['catatan.txt']);
  });

  it('membuat seluruh Kabupaten Mojokerto dalam tata letak kabupaten: 18 kecamatan, 304 desa', async () => {
    const out = join(await tempDir('kecamatan-baru'), 'mojokerto');
    const { code, stdout } = await run(SCRIPT, ['--kabupaten', '35.16', '--keluar', out]);
    expect(code).toBe(0);
    expect(stdout).toContain('18 folder kecamatan di kecamatan/, 304 berkas desa (299 desa, 5 kelurahan)');
    const kabupaten = await readFile(join(out, 'kabupaten.yaml'), 'utf8');
    expect(kabupaten).toContain('nama: Mojokerto\njenis: kabupaten\nkode: "35.16"\nprovinsi: Jawa Timur\n');
    expect(kabupaten).toMatch(/^situs: ""$/m);
    expect(kabupaten).toMatch(/^pengaduan:$/m);
    const folders = await readdir(join(out, 'kecamatan'));
    expect(folders).toHaveLength(18);
    let villages = 0;
    for (const folder of folders) {
      const kecamatan = await readFile(join(out, 'kecamatan', folder, 'kecamatan.yaml'), 'utf8');
      expect(kecamatan).not.toMatch(/^(kabupaten|provinsi|situs|pengaduan):/m);
      villages += (await readdir(join(out, 'kecamatan', folder, 'desa'))).length;
    }
    expect(villages).toBe(304);
    // Kemlagi's village files carry the names the sample content uses.
    expect((await readdir(join(out, 'kecamatan/kemlagi/desa'))).sort()).toEqual(
      (await readdir(join(SITE_CONTENT, 'desa'))).sort(),
    );
  });
});

describe('npm run check dengan daftar wilayah', () => {
  it('menolak kode desa yang tidak ada di daftar dan menyebut desa resmi terdekat', async () => {
    const dir = await contentWith({ 'desa/kode-tidak-terdaftar.yaml': join(BROKEN, 'desa/kode-tidak-terdaftar.yaml') });
    try {
      const { code, stdout } = await run('scripts/check.ts', ['--konten', dir]);
      expect(code).toBe(1);
      expect(stdout).toMatch(
        /desa\/kode-tidak-terdaftar\.yaml: «kode» 35\.16\.15\.2021 tidak ada di daftar wilayah Kemendagri; desa terdekat di Kecamatan Kemlagi: 35\.16\.15\.2019 Pandankrajan\./,
      );
    } finally {
      await removeDir(dir);
    }
  });

  it('hanya memperingatkan nama yang ejaannya berbeda, dan menunjukkan ejaan resmi', async () => {
    const dir = await contentWith({ 'desa/nama-beda-ejaan.yaml': join(BROKEN, 'desa/nama-beda-ejaan.yaml') });
    try {
      const { code, stdout } = await run('scripts/check.ts', ['--konten', dir]);
      expect(code).toBe(0);
      expect(stdout).toContain('peringatan: «nama» "Mojo Dowo" berbeda dengan nama resmi desa 35.16.15.2020');
      expect(stdout).toContain('"Mojodowo"');
    } finally {
      await removeDir(dir);
    }
  });
});
