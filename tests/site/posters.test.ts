// The promise on the wall: every QR code on every poster and sheet of the real build decodes, with a
// real decoder, to an address under situs whose page exists in the same dist/.
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { selectPosterServices } from '../../posters/poster-services.ts';
import { loadContentOrThrow } from '../../src/lib/content/load-content.ts';
import { absoluteUrl, paths, sitePathOf } from '../../src/lib/urls.ts';
import type { Content } from '../../src/schema/index.ts';
import { pageExists } from '../support/dist.ts';
import { decodeQrCodes, pdfText, renderPdf } from '../support/pdf-tools.ts';
import { SITE_CONTENT } from '../support/content-dir.ts';

const distDir = inject('distDir');
let content: Content;
let pdfs: string[];
beforeAll(async () => {
  content = await loadContentOrThrow(SITE_CONTENT);
  pdfs = (await readdir(distDir, { recursive: true })).filter((file) => file.endsWith('.pdf')).sort();
});

describe('poster dan lembar di dist/', () => {
  it('prints a poster in A4 and F4 for every village, the combined files, a sheet for every service and a poster per event', () => {
    const expected = [
      ...content.desa.flatMap((desa) => [paths.posterDesa(desa, 'a4'), paths.posterDesa(desa, 'f4')]),
      paths.posterSemua('a4'),
      paths.posterSemua('f4'),
      ...content.layanan.map(paths.lembar),
      ...content.acara.map(paths.posterAcara),
    ];
    expect(expected.filter((path) => !pageExists(distDir, path))).toEqual([]);
  });

  it('prints every QR so that it decodes to a page that exists in the built site', async () => {
    const decodedPerFile = await Promise.all(
      pdfs
        .filter((file) => !file.includes('semua-desa'))
        .map(async (file) => {
          const pages = await renderPdf(join(distDir, file), 150);
          return { file, urls: (await Promise.all(pages.map(decodeQrCodes))).flat() };
        }),
    );
    const situs = content.kecamatan.situs;
    const problems: string[] = [];
    for (const { file, urls } of decodedPerFile) {
      if (urls.length === 0) problems.push(`${file}: no QR code decoded`);
      for (const url of urls) {
        const path = sitePathOf(situs, url);
        if (!path) problems.push(`${file}: ${url} is not under ${situs}`);
        else if (!pageExists(distDir, path)) problems.push(`${file}: ${url} has no page in dist/`);
      }
    }
    expect(problems).toEqual([]);

    // Each village poster names its own village page and the page of every service chosen for it.
    const onPoster = selectPosterServices(content.layanan).shown;
    for (const desa of content.desa) {
      const urls = decodedPerFile.find(({ file }) => `/${file}` === paths.posterDesa(desa, 'a4'))!.urls;
      expect(new Set(urls)).toEqual(
        new Set([absoluteUrl(situs, paths.desa(desa)), ...onPoster.map((l) => absoluteUrl(situs, paths.layanan(l)))]),
      );
    }
    for (const acara of content.acara) {
      const urls = decodedPerFile.find(({ file }) => `/${file}` === paths.posterAcara(acara))!.urls;
      expect(urls).toEqual([absoluteUrl(situs, paths.acara(acara))]);
    }
    // Rendering and decoding some sixty PDFs takes minutes on a loaded two-core machine.
  }, 300_000);

  it('prints text that can be extracted: the village name and the name of every service on the poster', async () => {
    const desa = content.desa[0]!;
    // Raw order keeps each wrapped title together; joining lines undoes the wrapping.
    const text = (await pdfText(join(distDir, paths.posterDesa(desa, 'a4')), 'raw')).replace(/\s+/g, ' ');
    expect(text).toContain(`Desa ${desa.nama}`);
    for (const layanan of selectPosterServices(content.layanan).shown) expect(text).toContain(layanan.judul);
  });

  it('marks sample posters CONTOH while situs is the placeholder', async () => {
    const text = await pdfText(join(distDir, paths.posterSemua('a4')));
    expect(text).toContain('CONTOH — BELUM UNTUK DICETAK');
  });
});
