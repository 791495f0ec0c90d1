// Sharing from the real build: every page's link preview is an image that exists, at the size its meta
// tags state, and every square social-media image carries a QR code that scans to a page that exists.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { loadContentOrThrow } from '../../src/lib/content/load-content.ts';
import {
  allShareImages,
  MAX_IMAGE_BYTES,
  OG_SIZE,
  ogImageLayanan,
  SQUARE_SIZE,
  type ShareImage,
} from '../../src/lib/share-images.ts';
import { absoluteUrl, distFileOf, isStaffPath, paths, siteHref, sitePathOf } from '../../src/lib/urls.ts';
import type { Content } from '../../src/schema/index.ts';
import { htmlFiles, pageExists, readPage } from '../support/dist.ts';
import { decodeQrCodes } from '../support/pdf-tools.ts';
import { pngHeader } from '../support/png.ts';
import { SITE_CONTENT } from '../support/content-dir.ts';

const distDir = inject('distDir');
let content: Content;
let images: ShareImage[];
beforeAll(async () => {
  content = await loadContentOrThrow(SITE_CONTENT);
  images = allShareImages(content);
});

describe('gambar untuk dibagikan di dist/', () => {
  it('draws a link preview per service and one for the site, and a square image per service and village', () => {
    const expected = [
      paths.ogSitus(),
      ...content.layanan.flatMap((layanan) => [paths.ogLayanan(layanan), paths.sosmedLayanan(layanan)]),
      ...content.desa.map((desa) => paths.sosmedDesa(desa)),
    ];
    expect(images.map((image) => image.path).sort()).toEqual([...expected].sort());
    expect(expected.filter((path) => !pageExists(distDir, path))).toEqual([]);
  });

  it('makes every PNG exactly its stated size and smaller than 300 KB', async () => {
    // The app icons (ikon-*.png, issue 3) are not sharing images.
    const files = (await readdir(distDir, { recursive: true })).filter(
      // App icons, and the editor's own map-marker image in _astro/, are not share images.
      (file) => file.endsWith('.png') && !/^ikon-/.test(file) && !file.startsWith('_astro/'),
    );
    expect(files.length).toBe(images.length);
    for (const file of files) {
      const bytes = await readFile(join(distDir, file));
      const size = file.startsWith('og/') ? OG_SIZE : SQUARE_SIZE;
      expect(pngHeader(bytes), file).toMatchObject(size);
      expect(bytes.length, file).toBeLessThan(MAX_IMAGE_BYTES);
    }
  });

  it('prints a QR on every square image that decodes to the page it names, and that page exists', async () => {
    const situs = content.kecamatan.situs;
    const problems: string[] = [];
    for (const image of images.filter((item) => item.kind === 'sosmed')) {
      const urls = await decodeQrCodes(join(distDir, image.path));
      if (urls.length !== 1 || urls[0] !== image.pageUrl) problems.push(`${image.path}: decoded ${urls.join(', ')}`);
      const path = sitePathOf(situs, urls[0] ?? '');
      if (!path || !pageExists(distDir, path)) problems.push(`${image.path}: ${urls[0]} has no page in dist/`);
    }
    expect(problems).toEqual([]);
  });

  it("points every page's og:image at a PNG under situs that exists, with its real size, type and alt text", async () => {
    const situs = content.kecamatan.situs;
    // Staff pages (the editor) are never shared: they carry no preview image.
    for (const file of (await htmlFiles(distDir)).filter((file) => !isStaffPath(`/${file}`))) {
      const page = await readPage(distDir, `/${file}`);
      const meta = (key: string) =>
        page.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute('content') ?? '';
      const url = meta('og:image');
      const path = sitePathOf(situs, url);
      expect(path, `${file}: ${url}`).toMatch(/^\/og\/.+\.png$/);
      const bytes = await readFile(join(distDir, distFileOf(path!)));
      const { width, height } = pngHeader(bytes);
      expect([meta('og:image:width'), meta('og:image:height')], file).toEqual([String(width), String(height)]);
      expect(meta('og:image:type'), file).toBe('image/png');
      expect(meta('og:image:alt'), file).not.toBe('');
      expect(meta('twitter:card'), file).toBe('summary_large_image');
      expect(meta('twitter:image'), file).toBe(url);
    }
  });

  it('gives each service page its own preview, naming the service in the alt text', async () => {
    for (const layanan of content.layanan) {
      const page = await readPage(distDir, paths.layanan(layanan));
      const image = ogImageLayanan(content.kecamatan, layanan);
      const meta = (key: string) => page.querySelector(`meta[property="${key}"]`)?.getAttribute('content');
      expect(meta('og:image')).toBe(absoluteUrl(content.kecamatan.situs, paths.ogLayanan(layanan)));
      expect(meta('og:image:alt')).toBe(image.alt);
      expect(image.alt).toContain(layanan.judul);
    }
  });

  it('links every square image from the poster page, and each from its own service or village page', async () => {
    const href = (path: string) => siteHref(content.kecamatan.situs, path);
    const links = (await readPage(distDir, paths.posterIndex()))
      .querySelectorAll('a[download]')
      .map((a) => a.getAttribute('href'));
    const square = images.filter((image) => image.kind === 'sosmed').map((image) => href(image.path));
    expect(links.sort()).toEqual(square.sort());
    for (const layanan of content.layanan) {
      const page = await readPage(distDir, paths.layanan(layanan));
      expect(page.querySelector(`a[href="${href(paths.sosmedLayanan(layanan))}"]`), layanan.slug).not.toBeNull();
    }
    for (const desa of content.desa) {
      const page = await readPage(distDir, paths.desa(desa));
      expect(page.querySelector(`a[href="${href(paths.sosmedDesa(desa))}"]`), desa.slug).not.toBeNull();
    }
  });
});
