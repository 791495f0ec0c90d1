// A service page printed to PDF by the browser: one A4 sheet for every sample service, with the short
// URL on it and none of the screen-only controls.
import { PDFDocument } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { absoluteUrl, paths, printableUrl } from '../../src/lib/urls.ts';
import { newPage, openSite, type Site } from '../support/browser.ts';
import { content } from './pages.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite(inject('distDir'));
});
afterAll(() => site?.close());

describe('cetak', () => {
  it('prints every sample service page on exactly one A4 page', async () => {
    const { context, page } = await newPage(site);
    const pages: Record<string, number> = {};
    for (const layanan of content.layanan) {
      await page.goto(site.url(paths.layanan(layanan)));
      const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
      pages[layanan.slug] = (await PDFDocument.load(pdf)).getPageCount();
    }
    expect(Object.entries(pages).filter(([, count]) => count !== 1)).toEqual([]);
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
