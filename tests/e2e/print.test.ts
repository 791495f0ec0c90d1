// A service page printed to PDF by the browser: one A4 sheet for every sample service and for every case
// of one, every case on as few sheets as they need when none is chosen, with the short URL on it and none
// of the screen-only controls.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { keperluanId } from '../../src/lib/keperluan.ts';
import { absoluteUrl, paths, printableUrl } from '../../src/lib/urls.ts';
import { newPage, openSite, type Site } from '../support/browser.ts';
import { pdfText } from '../support/pdf-tools.ts';
import { tempDir } from '../support/temp-dir.ts';
import { content } from './pages.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite(inject('distDir'));
});
afterAll(() => site?.close());

async function pageCount(page: Page): Promise<number> {
  return (await PDFDocument.load(await page.pdf({ format: 'A4', preferCSSPageSize: true }))).getPageCount();
}

describe('cetak', () => {
  it('prints every sample service page, and every case of one chosen alone, on exactly one A4 page', async () => {
    const { context, page } = await newPage(site);
    const pages: Record<string, number> = {};
    for (const layanan of content.layanan) {
      await page.goto(site.url(paths.layanan(layanan)));
      if (layanan.keperluan.length === 0) pages[layanan.slug] = await pageCount(page);
      for (const keperluan of layanan.keperluan) {
        await page.getByRole('group', { name: 'Apa keperluan Anda?' }).getByLabel(keperluan.judul).check();
        pages[`${layanan.slug}#${keperluanId(keperluan)}`] = await pageCount(page);
      }
    }
    expect(Object.keys(pages)).toHaveLength(
      content.layanan.reduce((sum, layanan) => sum + Math.max(1, layanan.keperluan.length), 0),
    );
    expect(Object.entries(pages).filter(([, count]) => count !== 1)).toEqual([]);
    await context.close();
  });

  it('prints every case when none is chosen, the common documents once, on at most two A4 pages', async () => {
    const { context, page } = await newPage(site);
    const dir = await tempDir('cetak');
    for (const layanan of content.layanan.filter((item) => item.keperluan.length > 0)) {
      await page.goto(site.url(paths.layanan(layanan)));
      const file = join(dir, `${layanan.slug}.pdf`);
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      await writeFile(file, pdf);
      expect((await PDFDocument.load(pdf)).getPageCount(), layanan.slug).toBeLessThanOrEqual(2);
      const text = (await pdfText(file, 'raw')).replace(/\s+/g, ' ');
      for (const keperluan of layanan.keperluan) expect(text).toContain(keperluan.judul);
      await page.emulateMedia({ media: 'print' });
      const printedBoxes = await page
        .locator('[data-dokumen] .checklist input')
        .evaluateAll((boxes) => boxes.filter((box) => box.getClientRects().length > 0).length);
      const caseDocuments = layanan.keperluan.reduce((sum, keperluan) => sum + keperluan.persyaratan.length, 0);
      expect(printedBoxes, layanan.slug).toBe(layanan.persyaratan.length + caseDocuments);
      await page.emulateMedia({ media: null });
    }
    await context.close();
  });

  it('shows the short URL and hides navigation, sharing and buttons on paper', async () => {
    const { context, page } = await newPage(site);
    const sktm = content.layanan.find((layanan) => layanan.slug === 'sktm')!;
    await page.goto(site.url(paths.layanan(sktm)));
    await page.emulateMedia({ media: 'print' });
    const printed = await page.evaluate(() => document.body.innerText);
    expect(printed).toContain(printableUrl(absoluteUrl(content.kecamatan.situs, paths.layanan(sktm))));
    const visible = await page.evaluate(() =>
      [...document.querySelectorAll('header.site, footer, button, .actions, [data-bagikan], .skip')]
        .filter((el) => el.getClientRects().length > 0)
        .map((el) => el.outerHTML.slice(0, 60)),
    );
    expect(visible).toEqual([]);
    await context.close();
  });
});
