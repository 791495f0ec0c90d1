// A content set too large for the background download still works offline page by page: what the
// budget left out is kept on the phone once the resident has opened it.
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { writeServiceWorker } from '../../src/build/service-worker.ts';
import { paths } from '../../src/lib/urls.ts';
import { newPage, openSite, type Site } from '../support/browser.ts';
import { content } from './pages.ts';

let site: Site;
let root: string;
beforeAll(async () => {
  // The sample build with a service worker whose budget only allows the shell.
  root = await mkdtemp(join(tmpdir(), 'pelita-anggaran-'));
  await cp(inject('distDir'), root, { recursive: true });
  const precache = await writeServiceWorker(root, 0);
  expect(Object.keys(precache.entries)).not.toContain(paths.desa(content.desa[0]!));
  site = await openSite(root);
});
afterAll(async () => {
  await site?.close();
  await rm(root, { recursive: true, force: true });
});

describe('tanpa sinyal, di atas batas unduhan', () => {
  it('keeps a page left out of the download once opened, and shows the offline page for one never opened', async () => {
    const [desa, other] = content.desa;
    const { context, page } = await newPage(site);
    await page.goto(site.url(paths.home()));
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
      if (!navigator.serviceWorker.controller)
        await new Promise((resolve) => navigator.serviceWorker.addEventListener('controllerchange', resolve));
    });
    await page.goto(site.url(paths.desa(desa!)));
    site.server.offline = true;
    await context.setOffline(true);
    try {
      await page.reload();
      await expect(page.locator('h1').textContent()).resolves.toContain(desa!.nama);
      await page.goto(site.url(paths.desa(other!)));
      await expect(page.locator('h1').textContent()).resolves.toMatch(/sinyal|offline|internet/i);
    } finally {
      site.server.offline = false;
      await context.setOffline(false);
      await context.close();
    }
  });
});
