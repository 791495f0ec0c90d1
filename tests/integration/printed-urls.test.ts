// A printed URL is a promise: a release print run records it, renaming its page without a redirect
// fails check and build, and a redirect keeps it working on any static host.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { dicetakSchema } from '../../src/schema/index.ts';
import { contentWith, removeDir } from '../support/content-dir.ts';
import { runCli } from '../support/run-cli.ts';

const REAL_SITUS = 'https://kemlagi.mojokertokab.go.id/';
let dir: string;
let out: string;
const registry = async () => dicetakSchema.parse(JSON.parse(await readFile(join(dir, 'dicetak.json'), 'utf8')));
const posters = (...extra: string[]) =>
  runCli('scripts/posters.ts', ['--konten', dir, '--keluar', out, '--kertas', 'a4', ...extra]);

beforeAll(async () => {
  dir = await contentWith();
  out = join(dir, 'keluar');
});
afterAll(() => removeDir(dir));

describe('cetakan rilis dan alamat yang tercetak', () => {
  it('refuses a release run while situs is the sample placeholder, and records nothing', async () => {
    const { code, stderr } = await posters('--rilis');
    expect(code).toBe(1);
    expect(stderr).toContain('✗ Cetakan rilis ditolak: alamat situs https://uji.contoh.invalid/ masih alamat contoh.');
    expect(existsSync(join(dir, 'dicetak.json'))).toBe(false);
  });

  it('records every URL the QR codes encode, as paths under situs, on a release run', async () => {
    const file = join(dir, 'kecamatan.yaml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('https://uji.contoh.invalid/', REAL_SITUS));
    const { code, stdout } = await posters('--rilis');
    expect(code, stdout).toBe(0);
    expect(stdout).toContain('Belum ada cetakan rilis yang tercatat');
    const { cetakan } = await registry();
    expect(cetakan).toHaveLength(1);
    expect(cetakan[0]).toMatchObject({
      situs: REAL_SITUS,
      alamat: ['/d/3516152002/', '/d/3516152015/', '/l/pindah/', '/l/sktm/'],
    });
    expect(cetakan[0]!.poster.map((poster) => poster.nama)).toEqual(['Betro', 'Mojorejo']);
  });

  it('leaves the registry alone on an ordinary run and says no poster needs reprinting', async () => {
    const before = await readFile(join(dir, 'dicetak.json'), 'utf8');
    const { code, stdout } = await posters();
    expect(code).toBe(0);
    expect(stdout).toMatch(/Tidak perlu cetak ulang, 2 desa \(Betro, Mojorejo\)\./);
    expect(await readFile(join(dir, 'dicetak.json'), 'utf8')).toBe(before);
  });

  it('fails check and build when a printed service is renamed without a redirect', async () => {
    await rename(join(dir, 'layanan/sktm.md'), join(dir, 'layanan/surat-tidak-mampu.md'));
    const check = await runCli('scripts/check.ts', [dir]);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(
      /dicetak\.json baris \d+: Alamat kemlagi\.mojokertokab\.go\.id\/l\/sktm sudah tercetak di poster atau lembar .*Kembalikan berkas \S*layanan\/sktm\.md .*pengalihan\.yaml butir "- dari: \/l\/sktm\/"/,
    );
    const build = await runCli('scripts/build.ts', ['--konten', dir, '--keluar', out]);
    expect(build.code).toBe(1);
    expect(build.stdout).toContain('/l/sktm sudah tercetak');
  });

  it('reports the broken printed URL together with an event that still names the old slug, in one run', async () => {
    const acara = join(dir, 'acara');
    await mkdir(acara);
    await writeFile(
      join(acara, 'bazar.md'),
      '---\njudul: Bazar Pelayanan\ntanggal: 2027-02-17\nlokasi: Pendopo\ninstansi: [Kecamatan]\nlayanan: [sktm]\n---\n',
    );
    try {
      const { problems } = await loadContent(dir);
      const messages = problems.map(formatProblem).join('\n');
      expect(messages).toContain('"sktm" bukan layanan yang ada');
      expect(messages).toContain('/l/sktm sudah tercetak');
    } finally {
      await rm(acara, { recursive: true });
    }
  });

  it('accepts the rename once pengalihan.yaml redirects the old path, and builds a redirect page and _redirects', async () => {
    await writeFile(join(dir, 'pengalihan.yaml'), '- dari: /l/sktm/\n  ke: /l/surat-tidak-mampu/\n');
    expect((await runCli('scripts/check.ts', [dir])).code).toBe(0);
    const build = await runCli('scripts/build.ts', ['--konten', dir, '--keluar', out, '--kertas', 'a4']);
    expect(build.code, build.stdout + build.stderr).toBe(0);

    const page = parse(await readFile(join(out, 'l/sktm/index.html'), 'utf8'));
    expect(page.querySelector('meta[http-equiv=refresh]')?.getAttribute('content')).toBe(
      '0; url=/l/surat-tidak-mampu/',
    );
    expect(page.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(`${REAL_SITUS}l/surat-tidak-mampu/`);
    expect(page.querySelector('meta[name=robots]')?.getAttribute('content')).toBe('noindex');
    expect(page.querySelector('body a')?.getAttribute('href')).toBe('/l/surat-tidak-mampu/');
    expect(page.querySelector('body')?.text).toContain('Halaman ini sudah pindah');
    // WhatsApp does not follow the refresh: an old link shared in a group previews the new page.
    expect(page.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(
      `${REAL_SITUS}l/surat-tidak-mampu/`,
    );
    expect(page.querySelector('meta[property="og:image"]')?.getAttribute('content')).toBe(
      `${REAL_SITUS}og/l/surat-tidak-mampu.png`,
    );
    expect(await readFile(join(out, 'og/l/surat-tidak-mampu.png'))).toBeTruthy();
    expect(await readFile(join(out, '_redirects'), 'utf8')).toContain('/l/sktm/ /l/surat-tidak-mampu/ 301');
    expect(await readFile(join(out, 'sitemap.xml'), 'utf8')).not.toContain('/l/sktm/');
  });

  it('reports which posters differ from the last release run, and keeps earlier runs when it records another', async () => {
    const { stdout } = await posters('--rilis');
    expect(stdout).toContain(
      'Perlu cetak ulang, 2 desa (Betro, Mojorejo): «Surat Keterangan Tidak Mampu (SKTM)» pindah alamat /l/sktm/ → /l/surat-tidak-mampu/.',
    );
    const { cetakan } = await registry();
    expect(cetakan).toHaveLength(2);
    expect(cetakan[1]!.alamat).toContain('/l/surat-tidak-mampu/');
    expect(cetakan[0]!.alamat).toContain('/l/sktm/');
  });
});
