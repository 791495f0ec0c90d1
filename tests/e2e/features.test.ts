// What the scripts add on top of plain HTML, each only where the browser can do it: search, sharing,
// reading aloud, installing as an app, and kiosk mode.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { paths } from '../../src/lib/urls.ts';
import { newPage, openSite, type Site } from '../support/browser.ts';
import { content, sampleLayanan, samplePages } from './pages.ts';
import { spokenSoFar, stubSpeech } from './speech.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite(inject('distDir'));
});
afterAll(() => site?.close());

const judul = (slug: string) => content.layanan.find((layanan) => layanan.slug === slug)!.judul;

describe('fitur di peramban', () => {
  it('finds "ktp hilang" with a typo on the home page, and shows the full list again when cleared', async () => {
    const { context, page } = await newPage(site);
    await page.goto(site.url(paths.home()));
    const visible = () => page.locator('.services li:visible a').allTextContents();
    await page.getByLabel('Cari layanan').fill('KTP hilng');
    expect(await visible()).toEqual([judul('ktp-hilang')]);
    await expect(page.getByRole('status').first().textContent()).resolves.toBe('1 layanan cocok.');
    await page.getByLabel('Cari layanan').fill('');
    expect(await visible()).toHaveLength(content.layanan.length);
    await context.close();
  });

  it('lists every service without JavaScript, with no search box', async () => {
    const { context, page } = await newPage(site, { javaScriptEnabled: false });
    await page.goto(site.url(paths.home()));
    expect(await page.locator('.services li:visible').count()).toBe(content.layanan.length);
    expect(await page.getByLabel('Cari layanan').isVisible()).toBe(false);
    await context.close();
  });

  it('offers the phone share sheet where navigator.share exists, and confirms it', async () => {
    const { context, page } = await newPage(site);
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { value: async () => undefined });
    });
    await page.goto(site.url(samplePages.layanan));
    await page.getByRole('button', { name: 'Bagikan halaman ini' }).click();
    await expect(page.locator('[data-bagikan-status]').textContent()).resolves.toBe(
      'Terima kasih, halaman sudah dibagikan.',
    );
    expect(await page.getByRole('link', { name: 'Bagikan lewat WhatsApp' }).isVisible()).toBe(false);
    await context.close();
  });

  it('falls back to WhatsApp and "Salin tautan", and says the link was copied', async () => {
    const { context, page } = await newPage(site, { permissions: ['clipboard-read', 'clipboard-write'] });
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', { value: undefined });
    });
    await page.goto(site.url(samplePages.layanan));
    expect(await page.getByRole('link', { name: 'Bagikan lewat WhatsApp' }).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Salin tautan' }).click();
    const status = page.locator('[data-bagikan-status]');
    // Writing to the clipboard is asynchronous; on a busy machine the status comes a moment later.
    await status
      .filter({ hasText: /\S/ })
      .waitFor({ timeout: 5000 })
      .catch(() => undefined);
    await expect(status.textContent()).resolves.toMatch(/^Tautan sudah disalin/);
    expect(await status.getAttribute('aria-live')).toBe('polite');
    expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/l\/sktm\/$/);
    await context.close();
  });

  it('reads the documents of a service without cases aloud in id-ID with an Indonesian voice, and can pause and stop', async () => {
    const { context, page } = await newPage(site);
    await stubSpeech(page);
    await page.goto(site.url(paths.layanan(sampleLayanan.tanpaKeperluan)));
    await page.getByRole('button', { name: 'Dengarkan' }).click();
    const spoken = await spokenSoFar(page);
    const layanan = sampleLayanan.tanpaKeperluan;
    expect(spoken).toHaveLength(layanan.persyaratan.length + 1);
    expect(spoken[1]).toMatchObject({ lang: 'id-ID', voice: 'Bahasa Indonesia' });
    expect(spoken[1]!.text).toContain(layanan.persyaratan[0]!.dokumen);
    await page.getByRole('button', { name: 'Jeda' }).click();
    await page.getByRole('button', { name: 'Lanjutkan' }).click();
    await page.getByRole('button', { name: 'Berhenti' }).click();
    expect(await page.getByRole('button', { name: 'Dengarkan' }).isVisible()).toBe(true);
    await context.close();
  });

  it('hides "Dengarkan" where the browser cannot speak', async () => {
    const { context, page } = await newPage(site);
    await page.addInitScript(() => {
      delete (window as { speechSynthesis?: unknown }).speechSynthesis;
      delete (window as { SpeechSynthesisUtterance?: unknown }).SpeechSynthesisUtterance;
    });
    await page.goto(site.url(samplePages.layanan));
    expect(await page.locator('[data-dengarkan]').isVisible()).toBe(false);
    await context.close();
  });

  it('is installable: a manifest in Indonesian with 192, 512 and maskable PNG icons that exist', async () => {
    const { context, page } = await newPage(site);
    await page.goto(site.url(paths.home()));
    const href = await page.locator('link[rel=manifest]').getAttribute('href');
    const manifest = (await (await page.request.get(site.url(href!))).json()) as {
      name: string;
      lang: string;
      start_url: string;
      icons: { src: string; sizes: string; purpose: string }[];
    };
    expect(manifest).toMatchObject({ lang: 'id', name: `Layanan Kecamatan ${content.kecamatan.nama}`, start_url: '/' });
    expect(manifest.icons.map((icon) => `${icon.sizes} ${icon.purpose}`)).toEqual([
      '192x192 any',
      '512x512 any',
      '512x512 maskable',
    ]);
    for (const icon of manifest.icons) {
      const response = await page.request.get(site.url(icon.src));
      expect(response.headers()['content-type']).toBe('image/png');
      const png = await response.body();
      expect(png.readUInt32BE(16), icon.src).toBe(Number(icon.sizes.split('x')[0]));
    }
    await context.close();
  });

  it('runs a kiosk: no links off the site, big targets, and back to the start after 90 s idle', async () => {
    const { context, page } = await newPage(site, { viewport: { width: 800, height: 1280 } });
    await page.clock.install();
    await page.goto(site.url(paths.kiosk()));
    const layanan = sampleLayanan.tanpaKeperluan;
    await page.getByRole('link', { name: layanan.judul }).click();
    await page.waitForURL(site.url(paths.layanan(layanan)));
    await page.locator('html.kiosk .kiosk-peringatan').waitFor({ state: 'attached' });
    await page.locator('#dokumen-1').check();
    const offSite = await page.evaluate(
      () =>
        [...document.querySelectorAll<HTMLAnchorElement>('a[href]')].filter(
          (link) => new URL(link.href).origin !== location.origin || link.pathname.endsWith('.pdf'),
        ).length,
    );
    expect(offSite).toBe(0);
    const smallest = await page.evaluate(() =>
      Math.min(
        // Touch targets; links inside running text are exempt (WCAG 2.5.8) and stay text-sized.
        ...[...document.querySelectorAll<HTMLElement>('main button, main .button, main .services a, .checklist label')]
          .filter((el) => el.getClientRects().length > 0)
          .map((el) => el.getBoundingClientRect().height),
      ),
    );
    expect(smallest).toBeGreaterThanOrEqual(44);

    await page.clock.runFor(80_000);
    await expect(page.getByRole('alert').textContent()).resolves.toMatch(/Kembali ke awal dalam \d+ detik/);
    await page.clock.runFor(11_000);
    await page.waitForURL(/\/kiosk\/$/);
    await page.goto(site.url(paths.layanan(layanan)));
    expect(await page.locator('#dokumen-1').isChecked()).toBe(false);
    await context.close();
  });
});
