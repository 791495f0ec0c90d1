// Issue 12's promise for a kabupaten: one build of the two-kecamatan kota fixture gives one site whose
// every printed QR code decodes (zbarimg) to a page that exists under the right kecamatan, at QR version
// 4 or lower on a real domain, with the inherited fields and the overriding service visible on the pages.
import { execFile } from 'node:child_process';
import { readdir, readFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { encodeQr } from '../../src/drawing/qr-code.ts';
import { loadWilayah, type Wilayah } from '../../src/lib/content/load-wilayah.ts';
import { search } from '../../src/lib/search/match.ts';
import { sitePathOf } from '../../src/lib/urls.ts';
import { pageExists, readPage } from '../support/dist.ts';
import { KOTA_CONTENT } from '../support/kota.ts';
import { decodeQrCodes, pdfText, renderPdf } from '../support/pdf-tools.ts';
import { tempDir } from '../support/temp-dir.ts';

const KOTA = 'https://layanan.mojokertokota.go.id/';
let distDir: string;
let wilayah: Wilayah;

beforeAll(async () => {
  wilayah = (await loadWilayah(KOTA_CONTENT)).wilayah!;
  distDir = join(await tempDir('kota-dist'), 'dist');
  await promisify(execFile)(process.execPath, ['scripts/build.ts', '--konten', KOTA_CONTENT, '--keluar', distDir], {
    env: process.env,
    maxBuffer: 64 * 1024 * 1024,
  });
}, 300_000);

/** The dist/ path of an absolute URL of the kota's site, or undefined when it lies elsewhere. */
const pathOf = (url: string) => sitePathOf(KOTA, url);

describe('situs satu kota dengan dua kecamatan', () => {
  it('prints every QR so that it decodes to a page that exists under its own kecamatan, at version 4 or lower', async () => {
    const problems: string[] = [];
    let decoded = 0;
    for (const { base, content } of wilayah.kecamatan) {
      const pdfs = (await readdir(join(distDir, base), { recursive: true }))
        .filter((file) => file.endsWith('.pdf') && !file.includes('semua-desa'))
        .sort();
      expect(pdfs.length, base).toBeGreaterThan(0);
      for (const file of pdfs) {
        const urls = (await Promise.all((await renderPdf(join(distDir, base, file), 150)).map(decodeQrCodes))).flat();
        if (urls.length === 0) problems.push(`${base}${file}: no QR code decoded`);
        for (const url of urls) {
          decoded++;
          const path = pathOf(url);
          const qr = encodeQr(url);
          if (!url.startsWith(content.kecamatan.situs)) problems.push(`${base}${file}: ${url} is not under ${base}`);
          else if (!path || !pageExists(distDir, path)) problems.push(`${base}${file}: ${url} has no page`);
          if (qr.version > 4) problems.push(`${url}: QR version ${qr.version}`);
        }
      }
    }
    expect(problems).toEqual([]);
    expect(decoded).toBeGreaterThan(40);
  }, 300_000);

  it('puts village posters, sheets and the printed-URL pages of each kecamatan under its path', () => {
    const expected = [
      '/magersari/poster/desa-wates-a4.pdf',
      '/magersari/lembar/legalisir.pdf',
      '/magersari/poster/acara-bazar-2027-01.pdf',
      '/magersari/d/3576021010/',
      '/prajurit/poster/desa-blooto-f4.pdf',
      '/prajurit/lembar/sktm.pdf',
      '/prajurit/d/3576011008/',
      '/prajurit/sw.js',
      '/magersari/sw.js',
    ];
    expect(expected.filter((path) => !pageExists(distDir, path))).toEqual([]);
    // Magersari's own service exists only there.
    expect(pageExists(distDir, '/prajurit/l/legalisir/')).toBe(false);
  });

  it('shows the overriding service in its kecamatan and the shared one elsewhere', async () => {
    const magersari = await readPage(distDir, '/magersari/l/sktm/');
    const prajurit = await readPage(distDir, '/prajurit/l/sktm/');
    expect(magersari.querySelector('h1')?.text.trim()).toBe('Surat Keterangan Tidak Mampu (SKTM) Magersari');
    expect(magersari.text).toContain('Surat pernyataan tidak mampu bermeterai');
    expect(magersari.text).not.toContain('Nomor DTKS');
    expect(prajurit.querySelector('h1')?.text.trim()).toBe('Surat Keterangan Tidak Mampu (SKTM)');
    expect(prajurit.text).toContain('Nomor DTKS');
  });

  it('shows what a kecamatan inherits: the kota complaint channels and an address under the kota site', async () => {
    const magersari = await readPage(distDir, '/magersari/');
    const prajurit = await readPage(distDir, '/prajurit/');
    const channels = (page: typeof magersari) => page.querySelectorAll('footer a').map((link) => link.text.trim());
    expect(channels(magersari)).toContain('WhatsApp Diskominfo (uji)');
    expect(channels(prajurit)).toContain('Kotak saran Kecamatan Prajuritkulon');
    expect(channels(prajurit)).not.toContain('WhatsApp Diskominfo (uji)');
    // The way back to the kota home and the other kecamatan, from every kecamatan page.
    expect(prajurit.querySelector('header a[href="/"]')?.text.trim()).toBe('Semua kecamatan di Kota Mojokerto');
    expect(magersari.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(`${KOTA}magersari/`);
    expect(prajurit.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(`${KOTA}prajurit/`);
  });

  it('names the kota as a kota on pages, posters and sheets, never as the kabupaten of the same name', async () => {
    const page = await readFile(join(distDir, 'magersari/l/sktm/index.html'), 'utf8');
    expect(page).toContain('Kota Mojokerto');
    expect(page).not.toContain('Kabupaten Mojokerto');
    const poster = (await pdfText(join(distDir, 'prajurit/poster/desa-blooto-a4.pdf'))).replace(/\s+/g, ' ');
    expect(poster).toContain('KECAMATAN PRAJURITKULON · KOTA MOJOKERTO');
    const sheet = (await pdfText(join(distDir, 'magersari/lembar/sktm.pdf'))).replace(/\s+/g, ' ');
    expect(sheet).toContain('KECAMATAN MAGERSARI · KOTA MOJOKERTO');
    expect(sheet).not.toContain('Kabupaten');
  });

  it('opens on the kota home, which links every kecamatan and finds a service by its kecamatan', async () => {
    const home = await readPage(distDir, '/');
    const links = home.querySelectorAll('main a').map((link) => link.getAttribute('href')!);
    expect(links).toEqual(expect.arrayContaining(['/magersari/', '/prajurit/']));
    expect(links.filter((href) => !pageExists(distDir, href.split('#')[0]!))).toEqual([]);

    const items = home.querySelectorAll('[data-cari]').map((item) => ({
      href: item.querySelector('a')!.getAttribute('href'),
      terms: item.getAttribute('data-cari')!.split(' '),
    }));
    expect(items).toHaveLength(5);
    const found = (query: string) => search(items, query).found.map((item) => item.href);
    expect(found('sktm magersari')).toEqual(['/magersari/l/sktm/']);
    expect(found('sktm')).toEqual(['/magersari/l/sktm/', '/prajurit/l/sktm/']);
    expect(found('prajuritkulon pindah')).toEqual(['/prajurit/l/pindah/']);
  });

  it('keeps the first view of the kota home within 14 KB gzip (HTML and scripts)', async () => {
    const html = await readFile(join(distDir, 'index.html'), 'utf8');
    const scripts = [...html.matchAll(/src="\/(_astro\/[^"]+\.js)"/g)].map((match) => match[1]!);
    let bytes = gzipSync(html, { level: 9 }).length;
    for (const script of scripts) bytes += gzipSync(await readFile(join(distDir, script)), { level: 9 }).length;
    expect(scripts.length).toBeGreaterThan(0);
    expect(bytes).toBeLessThanOrEqual(14 * 1024);
  });

  it('keeps each kecamatan offline by itself: its service worker lists only files under its own path', async () => {
    for (const { base } of wilayah.kecamatan) {
      const sw = await readFile(join(distDir, base, 'sw.js'), 'utf8');
      const precache = JSON.parse(/const PRECACHE = (\{.*\});/.exec(sw)![1]!) as Record<string, string>;
      const missing = Object.keys(precache).filter((path) => !pageExists(distDir, `${base}${path.slice(1)}`));
      expect(missing, base).toEqual([]);
      expect(
        Object.keys(precache).some((path) => path.startsWith('/_astro/')),
        base,
      ).toBe(true);
      // Every script a page of the kecamatan loads is its own copy, under its path.
      const page = await readFile(join(distDir, base, 'l/pindah/index.html'), 'utf8');
      const scripts = [...page.matchAll(/src="([^"]+)"/g)].map((match) => match[1]!);
      expect(
        scripts.filter((src) => !src.startsWith(`${base}_astro/`)),
        base,
      ).toEqual([]);
    }
  });

  it('lists in sitemap.xml only pages that exist, the kota home first', async () => {
    const sitemap = await readFile(join(distDir, 'sitemap.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    expect(urls[0]).toBe(KOTA);
    expect(urls.filter((url) => !pageExists(distDir, pathOf(url) ?? '/nowhere/'))).toEqual([]);
    expect(urls).toEqual(expect.arrayContaining([`${KOTA}magersari/l/legalisir/`, `${KOTA}prajurit/d/3576011003/`]));
  });

  it('gives every kecamatan its own staff page and editor, for its own folder, hidden from search engines', async () => {
    const headers = await readFile(join(distDir, '_headers'), 'utf8');
    for (const { base, content, dir } of wilayah.kecamatan) {
      const staf = (await readPage(distDir, `${base}staf/`)).textContent;
      for (const layanan of content.layanan) expect(staf, base).toContain(layanan.judul);
      const editor = await readFile(join(distDir, base, 'admin/index.html'), 'utf8');
      expect(editor, base).toContain('noindex');
      // The editor edits this kecamatan's folder, not the first one's.
      const folder = relative(process.cwd(), dir).split('\\').join('/');
      expect(folder, base).toMatch(/\/kecamatan\/(magersari|prajuritkulon)$/);
      expect(editor.replaceAll('&quot;', '"'), base).toContain(`"folder":"${folder}"`);
      for (const page of ['admin', 'staf']) {
        expect(headers, base).toMatch(
          new RegExp(`^${base}${page}/\\*\\n(?:  .*\\n)*?  X-Robots-Tag: noindex, nofollow$`, 'm'),
        );
      }
    }
    // Magersari's own service is on its page only.
    expect((await readPage(distDir, '/prajurit/staf/')).textContent).not.toContain('Legalisir Dokumen Kependudukan');
  });
});
