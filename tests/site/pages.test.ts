// The built sample site: every service and village has its page, in Indonesian, shareable, self-contained.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContentOrThrow } from '../../src/lib/content/load-content.ts';
import { dokumenFor } from '../../src/lib/keperluan.ts';
import { absoluteUrl, paths, sitePathOf } from '../../src/lib/urls.ts';
import type { Content } from '../../src/schema/index.ts';
import { htmlFiles, pageExists, readPage } from '../support/dist.ts';
import { SITE_CONTENT } from '../support/content-dir.ts';

const distDir = inject('distDir');
let content: Content;
beforeAll(async () => {
  content = await loadContentOrThrow(SITE_CONTENT);
});

describe('situs contoh', () => {
  it('has a page for every service, every village, the poster index and a 404 page', () => {
    const expected = [
      paths.home(),
      paths.posterIndex(),
      '/404.html',
      ...content.layanan.map(paths.layanan),
      ...content.desa.map(paths.desa),
    ];
    expect(expected.filter((path) => !pageExists(distDir, path))).toEqual([]);
  });

  it('writes every page in Indonesian with a title and a description', async () => {
    for (const file of await htmlFiles(distDir)) {
      const page = await readPage(distDir, `/${file}`);
      expect(page.querySelector('html')?.getAttribute('lang'), file).toBe('id');
      expect(page.querySelector('title')?.text.trim(), file).not.toBe('');
      expect(page.querySelector('meta[name=description]')?.getAttribute('content')?.trim() ?? '', file).not.toBe('');
    }
  });

  it('gives every shareable page absolute canonical and Open Graph URLs under situs', async () => {
    for (const layanan of content.layanan) {
      const page = await readPage(distDir, paths.layanan(layanan));
      const url = absoluteUrl(content.kecamatan.situs, paths.layanan(layanan));
      expect(page.querySelector('link[rel=canonical]')?.getAttribute('href')).toBe(url);
      expect(page.querySelector('meta[property="og:url"]')?.getAttribute('content')).toBe(url);
      expect(page.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe(layanan.judul);
      expect(page.querySelector('meta[name="twitter:card"]')?.getAttribute('content')).toBe('summary_large_image');
    }
  });

  it('loads nothing from another origin: no external scripts, styles, fonts or images', async () => {
    for (const file of await htmlFiles(distDir)) {
      const page = await readPage(distDir, `/${file}`);
      const loaded = [
        ...page.querySelectorAll('script[src]').map((el) => el.getAttribute('src')),
        ...page
          .querySelectorAll('link[rel=stylesheet], link[rel=preload], link[rel=icon], link[rel=modulepreload]')
          .map((el) => el.getAttribute('href')),
        ...page.querySelectorAll('img, source, iframe, video, audio').map((el) => el.getAttribute('src')),
      ];
      expect(
        loaded.filter((url) => url && /^(https?:)?\/\//.test(url)),
        file,
      ).toEqual([]);
      expect(page.toString(), file).not.toMatch(/@import|url\((['"])?https?:/);
    }
  });

  it('lists every requirement of a service as a checkbox, readable without JavaScript', async () => {
    for (const layanan of content.layanan) {
      const page = await readPage(distDir, paths.layanan(layanan));
      // A service with cases lists each case completely: the common documents, then the case's own.
      const expected = layanan.keperluan.length
        ? layanan.keperluan.flatMap((keperluan) => dokumenFor(layanan, keperluan))
        : layanan.persyaratan;
      const lists = '[data-ceklis] .checklist';
      const labels = page.querySelectorAll(`${lists} label`).map((label) => label.text.replace(/\s+/g, ' ').trim());
      expect(labels).toHaveLength(expected.length);
      for (const [index, dokumen] of expected.entries()) expect(labels[index]).toContain(dokumen.dokumen);
      expect(page.querySelectorAll(`${lists} input[type=checkbox]`)).toHaveLength(expected.length);
    }
  });

  it('tells residents to fetch a village letter first only where the service needs one', async () => {
    for (const layanan of content.layanan) {
      const text = (await readPage(distDir, paths.layanan(layanan))).text;
      expect(text.includes('minta dulu surat pengantar'), layanan.slug).toBe(layanan.pengantar_desa);
    }
  });

  it('links each service page to its printable requirement sheet, and the sheet exists', async () => {
    for (const layanan of content.layanan) {
      const page = await readPage(distDir, paths.layanan(layanan));
      const hrefs = page.querySelectorAll('a').map((a) => a.getAttribute('href'));
      expect(hrefs).toContain(paths.lembar(layanan));
      expect(pageExists(distDir, paths.lembar(layanan)), paths.lembar(layanan)).toBe(true);
    }
  });

  it('links only to pages and files that exist in the site', async () => {
    const broken: string[] = [];
    for (const file of await htmlFiles(distDir)) {
      const page = await readPage(distDir, `/${file}`);
      for (const href of page.querySelectorAll('a[href^="/"]').map((a) => a.getAttribute('href')!)) {
        if (!pageExists(distDir, href.split('#')[0]!)) broken.push(`${file} → ${href}`);
      }
    }
    expect(broken).toEqual([]);
  });

  it('lists every page in sitemap.xml, each under situs and present in the build', async () => {
    const sitemap = await readFile(join(distDir, 'sitemap.xml'), 'utf8');
    const urls = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((match) => match[1]!);
    const situs = content.kecamatan.situs;
    // Home, posters, SKM, complaints and the events list, plus a page per service, village and event.
    expect(urls).toHaveLength(content.layanan.length + content.desa.length + content.acara.length + 5);
    for (const url of urls) expect(pageExists(distDir, sitePathOf(situs, url) ?? url), url).toBe(true);
    expect(await readFile(join(distDir, 'robots.txt'), 'utf8')).toContain(
      `Sitemap: ${absoluteUrl(situs, '/sitemap.xml')}`,
    );
  });

  it('keeps the first view of every service page within 14 KB gzip (HTML, CSS and scripts)', async () => {
    for (const layanan of content.layanan) {
      const html = await readFile(join(distDir, paths.layanan(layanan), 'index.html'));
      const page = await readPage(distDir, paths.layanan(layanan));
      const assets = page
        .querySelectorAll('script[src], link[rel=stylesheet]')
        .map((el) => el.getAttribute('src') ?? el.getAttribute('href')!);
      let bytes = gzipSync(html, { level: 9 }).length;
      for (const asset of assets) bytes += gzipSync(await readFile(join(distDir, asset)), { level: 9 }).length;
      expect(bytes, layanan.slug).toBeLessThanOrEqual(14 * 1024);
    }
  });
});
