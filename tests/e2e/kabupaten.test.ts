// A kota's one site in a real browser (issue 12): its home finds a service by kecamatan, nothing any axe
// rule can find on its pages, and each kecamatan keeps itself offline, scripts included, with a service
// worker scoped to its own path.
import AxeBuilder from '@axe-core/playwright';
import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newPage, openSite, type Site } from '../support/browser.ts';
import { KOTA_CONTENT } from '../support/kota.ts';
import { tempDir } from '../support/temp-dir.ts';

let site: Site;
beforeAll(async () => {
  const distDir = join(await tempDir('kota-e2e'), 'dist');
  await promisify(execFile)(process.execPath, ['scripts/build.ts', '--konten', KOTA_CONTENT, '--keluar', distDir], {
    env: process.env,
    maxBuffer: 64 * 1024 * 1024,
  });
  site = await openSite(distDir);
}, 300_000);
afterAll(() => site?.close());

describe('situs kota', () => {
  it('finds a service of one kecamatan by its name and the kecamatan’s on the kota home', async () => {
    const { context, page, errors } = await newPage(site);
    await page.goto(site.url('/'));
    await page.fill('#cari', 'sktm magersari');
    const shown = page.locator('[data-cari]:not([hidden]) a');
    await expect(shown.evaluateAll((links) => links.map((link) => link.getAttribute('href')))).resolves.toEqual([
      '/magersari/l/sktm/',
    ]);
    await expect(page.locator('[data-saring-status]').textContent()).resolves.toBe('1 layanan cocok.');
    expect(errors).toEqual([]);
    await context.close();
  });

  for (const path of ['/', '/404.html', '/magersari/', '/prajurit/l/sktm/']) {
    it(`has nothing the default axe rules can find on ${path}`, async () => {
      const { context, page } = await newPage(site);
      await page.goto(site.url(path));
      const results = await new AxeBuilder({ page }).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
      await context.close();
    });
  }

  it('keeps a kecamatan offline under its own path, scripts included', async () => {
    const { context, page, errors } = await newPage(site);
    await page.goto(site.url('/prajurit/l/sktm/'));
    const scope = await page.evaluate(async () => {
      const registration = await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
      return new URL(registration.scope).pathname;
    });
    expect(scope).toBe('/prajurit/');
    site.server.offline = true;
    await context.setOffline(true);
    try {
      await page.goto(site.url('/prajurit/l/pindah/'));
      await expect(page.locator('h1').textContent()).resolves.toBe('Surat Keterangan Pindah');
      // The checklist script came from the phone's copy: ticking works and nothing failed to load.
      await page.locator('input[type=checkbox]').first().check();
      await expect(page.locator('input[type=checkbox]').first().isChecked()).resolves.toBe(true);
      expect(errors).toEqual([]);
    } finally {
      site.server.offline = false;
      await context.setOffline(false);
      await context.close();
    }
  });
});
