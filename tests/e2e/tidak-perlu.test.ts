// "Tidak perlu dibawa, tidak dipungut biaya" on the service page: what nobody may ask of a resident, and
// for a free service where to report anyone who asks for money, right after the documents to bring.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { gratisKalimat, isGratis, TIDAK_PERLU_JUDUL } from '../../src/lib/tidak-perlu.ts';
import { paths } from '../../src/lib/urls.ts';
import type { Layanan } from '../../src/schema/index.ts';
import { newPage, openSite, type Site } from '../support/browser.ts';
import { content, sampleLayanan } from './pages.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite(inject('distDir'));
});
afterAll(() => site?.close());

const saluran = gratisKalimat(content.kecamatan).saluran;
const find = (test: (layanan: Layanan) => boolean) => content.layanan.find(test)!;

describe('tidak perlu dibawa, tidak dipungut biaya', () => {
  it('lists each thing nobody may ask for, says the service is free and where to report, before the steps', async () => {
    const kk = sampleLayanan.keperluan;
    const { context, page } = await newPage(site, { javaScriptEnabled: false });
    await page.goto(site.url(paths.layanan(kk)));
    const block = page.getByRole('region', { name: TIDAK_PERLU_JUDUL });
    expect(await block.getByRole('listitem').allInnerTexts()).toEqual(kk.tidak_perlu);
    expect(await block.innerText()).toContain(
      `Layanan ini gratis. Jika ada yang meminta uang, jangan membayar dan laporkan lewat ${saluran.label}.`,
    );
    expect(await block.getByRole('link', { name: saluran.label }).getAttribute('href')).toBe(saluran.url);
    expect(await block.getByRole('link', { name: 'Cara lain menyampaikan pengaduan' }).getAttribute('href')).toBe(
      paths.pengaduan(),
    );
    const order = await page.evaluate(() =>
      [...document.querySelectorAll('main h2')].map((h2) => h2.textContent!.trim()),
    );
    expect(order.indexOf(TIDAK_PERLU_JUDUL)).toBe(order.indexOf('Dokumen yang harus dibawa') + 1);
    expect(order.indexOf(TIDAK_PERLU_JUDUL)).toBeLessThan(order.indexOf('Langkah-langkah'));
    await context.close();
  });

  it('says only "Tidak dipungut biaya" for a free service that lists nothing, and nothing for a paid one', async () => {
    const { context, page } = await newPage(site);
    const free = find((layanan) => layanan.tidak_perlu.length === 0 && isGratis(layanan.biaya));
    await page.goto(site.url(paths.layanan(free)));
    const block = page.getByRole('region', { name: 'Tidak dipungut biaya' });
    expect(await block.getByRole('listitem').count()).toBe(0);
    expect(await block.innerText()).toContain('Layanan ini gratis.');

    const paid = find((layanan) => layanan.tidak_perlu.length === 0 && !isGratis(layanan.biaya));
    await page.goto(site.url(paths.layanan(paid)));
    expect(await page.locator('.tidak-perlu').count()).toBe(0);
    await context.close();
  });
});
