// Debian's chromium driven by playwright-core (browser downloads are impossible here), and the built
// site served locally: what the browser tests share.
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../../src/local/chromium.ts';
import { serveDist, type StaticServer } from '../../src/local/static-server.ts';

export interface Site {
  browser: Browser;
  server: StaticServer;
  url(path: string): string;
  close(): Promise<void>;
}

export async function openSite(distDir: string): Promise<Site> {
  const [browser, server] = await Promise.all([
    chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }),
    serveDist(distDir),
  ]);
  return {
    browser,
    server,
    url: (path) => server.origin + path,
    close: async () => {
      await browser.close();
      await server.close();
    },
  };
}

/** A fresh context (no storage, no service worker) whose page records console errors. */
export async function newPage(
  site: Site,
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  const context = await site.browser.newContext({ locale: 'id-ID', ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return { context, page, errors };
}
