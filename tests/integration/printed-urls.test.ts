// A printed URL is a promise: a release print run records it, renaming its page without a redirect
// fails check and build, and a redirect keeps it working on any static host. Each test builds its own
// content folder (and registry) from scratch, so they pass alone and in any order.
import { existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { formatProblem } from '../../src/lib/problems.ts';
import { OG_SIZE } from '../../src/lib/share-images.ts';
import { dicetakSchema } from '../../src/schema/index.ts';
import { contentWith, removeDir } from '../support/content-dir.ts';
import { pngHeader } from '../support/png.ts';
import { runCli, type CliResult } from '../support/run-cli.ts';

const REAL_SITUS = 'https://kemlagi.mojokertokab.go.id/';
const out = (dir: string) => join(dir, 'keluar');
const registry = async (dir: string) =>
  dicetakSchema.parse(JSON.parse(await readFile(join(dir, 'dicetak.json'), 'utf8')));
const posters = (dir: string, ...extra: string[]): Promise<CliResult> =>
  runCli('scripts/posters.ts', ['--konten', dir, '--keluar', out(dir), '--kertas', 'a4', ...extra]);

const folders: string[] = [];
afterEach(async () => {
  await Promise.all(folders.splice(0).map(removeDir));
});

/** A fresh copy of the valid fixture, removed after the test; with `realSitus`, at an address a release run accepts. */
async function freshContent({ realSitus = false } = {}): Promise<string> {
  const dir = await contentWith();
  folders.push(dir);
  if (realSitus) await useRealSitus(dir);
  return dir;
}

async function useRealSitus(dir: string): Promise<void> {
  const file = join(dir, 'kecamatan.yaml');
  await writeFile(file, (await readFile(file, 'utf8')).replace('https://uji.contoh.invalid/', REAL_SITUS));
}

// One real release run of the fixture, made once. Tests that start "after a release" get their own
// folder with a copy of the registry it wrote; none of them changes this run's folder or output.
let firstRelease: CliResult & { registry: string };
beforeAll(async () => {
  const dir = await contentWith();
  try {
    await useRealSitus(dir);
    const result = await posters(dir, '--rilis');
    const file = join(dir, 'dicetak.json');
    firstRelease = { ...result, registry: existsSync(file) ? await readFile(file, 'utf8') : '' };
  } finally {
    await removeDir(dir);
  }
}, 120_000);

async function afterRelease(): Promise<string> {
  expect(firstRelease.code, firstRelease.stdout + firstRelease.stderr).toBe(0);
  const dir = await freshContent({ realSitus: true });
  await writeFile(join(dir, 'dicetak.json'), firstRelease.registry);
  return dir;
}

/** The printed service sktm moved to a new file name; with `redirect`, pengalihan.yaml points there. */
async function renameSktm(dir: string, { redirect = false } = {}): Promise<void> {
  await rename(join(dir, 'layanan/sktm.md'), join(dir, 'layanan/surat-tidak-mampu.md'));
  if (redirect) await writeFile(join(dir, 'pengalihan.yaml'), '- dari: /l/sktm/\n  ke: /l/surat-tidak-mampu/\n');
}

describe('cetakan rilis dan alamat yang tercetak', () => {
  it('refuses a release run while situs is the sample placeholder, and records nothing', async () => {
    const dir = await freshContent();
    const { code, stderr } = await posters(dir, '--rilis');
    expect(code).toBe(1);
    expect(stderr).toContain('✗ Cetakan rilis ditolak: alamat situs https://uji.contoh.invalid/ masih alamat contoh.');
    expect(existsSync(join(dir, 'dicetak.json'))).toBe(false);
  });

  it('records every URL the QR codes encode, as paths under situs, on a release run', () => {
    expect(firstRelease.code, firstRelease.stdout + firstRelease.stderr).toBe(0);
    expect(firstRelease.stdout).toContain('Belum ada cetakan rilis yang tercatat');
    const { cetakan } = dicetakSchema.parse(JSON.parse(firstRelease.registry));
    expect(cetakan).toHaveLength(1);
    expect(cetakan[0]).toMatchObject({
      situs: REAL_SITUS,
      alamat: ['/d/3516152002/', '/d/3516152015/', '/l/pindah/', '/l/sktm/'],
    });
    expect(cetakan[0]!.poster.map((poster) => poster.nama)).toEqual(['Betro', 'Mojorejo']);
  });

  it('leaves the registry alone on an ordinary run and says no poster needs reprinting', async () => {
    const dir = await afterRelease();
    const { code, stdout } = await posters(dir);
    expect(code).toBe(0);
    expect(stdout).toMatch(/Tidak perlu cetak ulang, 2 desa \(Betro, Mojorejo\)\./);
    expect(await readFile(join(dir, 'dicetak.json'), 'utf8')).toBe(firstRelease.registry);
  });

  it('fails check and build when a printed service is renamed without a redirect', async () => {
    const dir = await afterRelease();
    await renameSktm(dir);
    const check = await runCli('scripts/check.ts', ['--konten', dir]);
    expect(check.code).toBe(1);
    expect(check.stdout).toMatch(
      /dicetak\.json baris \d+: Alamat kemlagi\.mojokertokab\.go\.id\/l\/sktm sudah tercetak di poster atau lembar .*Kembalikan berkas \S*layanan\/sktm\.md .*pengalihan\.yaml butir "- dari: \/l\/sktm\/"/,
    );
    const build = await runCli('scripts/build.ts', ['--konten', dir, '--keluar', out(dir)]);
    expect(build.code).toBe(1);
    expect(build.stdout).toContain('/l/sktm sudah tercetak');
  });

  it('reports the broken printed URL together with an event that still names the old slug, in one run', async () => {
    const dir = await afterRelease();
    await renameSktm(dir);
    await mkdir(join(dir, 'acara'));
    await writeFile(
      join(dir, 'acara/bazar.md'),
      '---\njudul: Bazar Pelayanan\ntanggal: 2027-02-17\nlokasi: Pendopo\ninstansi: [Kecamatan]\nlayanan: [sktm]\n---\n',
    );
    const { problems } = await loadContent(dir);
    const messages = problems.map(formatProblem).join('\n');
    expect(messages).toContain('"sktm" bukan layanan yang ada');
    expect(messages).toContain('/l/sktm sudah tercetak');
  });

  it('accepts the rename once pengalihan.yaml redirects the old path, and builds a redirect page and _redirects', async () => {
    const dir = await afterRelease();
    await renameSktm(dir, { redirect: true });
    const check = await runCli('scripts/check.ts', ['--konten', dir]);
    expect(check.code, check.stdout + check.stderr).toBe(0);
    const build = await runCli('scripts/build.ts', ['--konten', dir, '--keluar', out(dir), '--kertas', 'a4']);
    expect(build.code, build.stdout + build.stderr).toBe(0);

    const page = parse(await readFile(join(out(dir), 'l/sktm/index.html'), 'utf8'));
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
    expect(pngHeader(await readFile(join(out(dir), 'og/l/surat-tidak-mampu.png')))).toMatchObject(OG_SIZE);
    expect(await readFile(join(out(dir), '_redirects'), 'utf8')).toContain('/l/sktm/ /l/surat-tidak-mampu/ 301');
    expect(await readFile(join(out(dir), 'sitemap.xml'), 'utf8')).not.toContain('/l/sktm/');
  }, 120_000);

  it('reports which posters differ from the last release run, and keeps earlier runs when it records another', async () => {
    const dir = await afterRelease();
    await renameSktm(dir, { redirect: true });
    const { code, stdout } = await posters(dir, '--rilis');
    expect(code, stdout).toBe(0);
    expect(stdout).toContain(
      'Perlu cetak ulang, 2 desa (Betro, Mojorejo): «Surat Keterangan Tidak Mampu (SKTM)» pindah alamat /l/sktm/ → /l/surat-tidak-mampu/.',
    );
    const { cetakan } = await registry(dir);
    expect(cetakan).toHaveLength(2);
    expect(cetakan[1]!.alamat).toContain('/l/surat-tidak-mampu/');
    expect(cetakan[0]!.alamat).toContain('/l/sktm/');
  });
});
