// After one visit, the kecamatan's pages open with no connection at all, and the checklist remembers
// its ticks through reloads and offline.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { paths } from '../../src/lib/urls.ts';
import { newPage, openSite, type Site } from '../support/browser.ts';
import { content } from './pages.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite(inject('distDir'));
});
afterAll(() => site?.close());

const [first, second] = content.layanan;
const desa = content.desa[0]!;

/** Visits a page and waits until the service worker has stored the whole site and controls the page. */
async function visitOnce(page: Page, path: string): Promise<void> {
  await page.goto(site.url(path));
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
    if (!navigator.serviceWorker.controller)
      await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
  });
}

function goOffline(offline: boolean, context: Awaited<ReturnType<typeof newPage>>['context']) {
  site.server.offline = offline;
  return context.setOffline(offline);
}

describe('tanpa sinyal', () => {
  it('opens a visited service page, another service and a village page with the network off', async () => {
    const { context, page } = await newPage(site);
    await visitOnce(page, paths.layanan(first!));
    await goOffline(true, context);
    try {
      await page.reload();
      await expect(page.locator('h1').textContent()).resolves.toBe(first!.judul);
      await page.goto(site.url(paths.layanan(second!)));
      await expect(page.locator('h1').textContent()).resolves.toBe(second!.judul);
      await page.goto(site.url(paths.desa(desa)));
      await expect(page.locator('h1').textContent()).resolves.toContain(desa.nama);
    } finally {
      await goOffline(false, context);
      await context.close();
    }
  });

  it('really is offline in these tests: without the service worker the same reload fails', async () => {
    const { context, page } = await newPage(site, { serviceWorkers: 'block' });
    await page.goto(site.url(paths.layanan(first!)));
    await goOffline(true, context);
    try {
      await expect(page.reload()).rejects.toThrow(/ERR_INTERNET_DISCONNECTED|ERR_CONNECTION|ERR_EMPTY_RESPONSE/);
    } finally {
      await goOffline(false, context);
      await context.close();
    }
  });

  it('shows the Indonesian offline page for a page that is not stored', async () => {
    const { context, page } = await newPage(site);
    await visitOnce(page, paths.home());
    await goOffline(true, context);
    try {
      await page.goto(site.url('/belum-tersimpan/'));
      await expect(page.locator('h1').textContent()).resolves.toBe('Tidak ada sambungan internet');
    } finally {
      await goOffline(false, context);
      await context.close();
    }
  });

  it('keeps ticks after a reload and offline, per service, until "Mulai ulang"', async () => {
    const { context, page } = await newPage(site);
    // A service without cases: one list, one counter (services with cases are tested in keperluan.test.ts).
    const service = content.layanan.find(
      (layanan) =>
        layanan.keperluan.length === 0 && layanan.persyaratan.filter((dokumen) => !dokumen.opsional).length >= 2,
    )!;
    const required = service.persyaratan.filter((dokumen) => !dokumen.opsional).length;
    await visitOnce(page, paths.layanan(service));
    const counter = page.locator('[data-hitung]');
    await expect(counter.textContent()).resolves.toMatch(`0 dari ${required} dokumen siap.`);
    await page.locator('#dokumen-1').check();
    await page.locator('#dokumen-2').check();
    await expect(counter.innerText()).resolves.toBe(`2 dari ${required} dokumen siap.`);

    await page.reload();
    await expect(page.locator('#dokumen-1').isChecked()).resolves.toBe(true);
    await expect(page.locator('#dokumen-2').isChecked()).resolves.toBe(true);
    await expect(counter.innerText()).resolves.toBe(`2 dari ${required} dokumen siap.`);

    // Another service keeps its own list.
    await page.goto(
      site.url(
        paths.layanan(
          content.layanan.find((layanan) => layanan.slug !== service.slug && layanan.keperluan.length === 0)!,
        ),
      ),
    );
    await expect(page.locator('#dokumen-1').isChecked()).resolves.toBe(false);

    await goOffline(true, context);
    try {
      await page.goto(site.url(paths.layanan(service)));
      await expect(page.locator('#dokumen-1').isChecked()).resolves.toBe(true);
      await page.getByRole('button', { name: 'Mulai ulang' }).click();
      await expect(page.locator('.checklist input:checked').count()).resolves.toBe(0);
      await page.reload();
      await expect(page.locator('.checklist input:checked').count()).resolves.toBe(0);
      await expect(counter.innerText()).resolves.toBe(`0 dari ${required} dokumen siap.`);
    } finally {
      await goOffline(false, context);
      await context.close();
    }
  });
});
