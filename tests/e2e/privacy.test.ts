// A resident's privacy and a strict Content-Security-Policy: no page asks any other origin for anything,
// none sets a cookie, and nothing is blocked by `script-src 'self'` (no inline script or handler).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { newPage, openSite, type Site } from '../support/browser.ts';
import { samplePages } from './pages.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite(inject('distDir'));
});
afterAll(() => site?.close());

describe('privasi dan kebijakan skrip', () => {
  for (const [kind, path] of Object.entries(samplePages)) {
    it(`requests nothing from another origin, sets no cookie and breaks no script policy on the ${kind} page`, async () => {
      const { context, page, errors } = await newPage(site);
      const elsewhere: string[] = [];
      context.on('request', (request) => {
        if (!request.url().startsWith(site.server.origin)) elsewhere.push(request.url());
      });
      await page.goto(site.url(path), { waitUntil: 'load' });
      // Give the service worker time to register and store the site, which it also does from this origin.
      await page.evaluate(() => navigator.serviceWorker.ready);
      await page.waitForTimeout(300);
      expect(elsewhere).toEqual([]);
      expect(await context.cookies()).toEqual([]);
      expect(errors.filter((error) => !/status of 404/.test(error) || kind !== '404')).toEqual([]);
      await context.close();
    });
  }

  it('has no inline script, inline event handler or javascript: link in any sample page', async () => {
    const { context, page } = await newPage(site);
    for (const path of Object.values(samplePages)) {
      await page.goto(site.url(path));
      const inline = await page.evaluate(() => {
        const isJson = (text: string) => {
          try {
            JSON.parse(text);
            return true;
          } catch {
            return false;
          }
        };
        return [
          // JSON-LD is data the browser never runs; it must still parse as JSON (no smuggled code).
          ...[...document.querySelectorAll('script:not([src])')]
            .filter((el) => el.getAttribute('type') !== 'application/ld+json' || !isJson(el.textContent ?? ''))
            .map((el) => el.outerHTML.slice(0, 60)),
          ...[...document.querySelectorAll('*')].flatMap((el) =>
            [...el.attributes].filter((attr) => attr.name.startsWith('on')).map((attr) => `${el.tagName} ${attr.name}`),
          ),
          ...[...document.querySelectorAll('a[href^="javascript:"]')].map((el) => el.outerHTML),
        ];
      });
      expect(inline, path).toEqual([]);
    }
    await context.close();
  });
});
