// Every kind of page, in a real browser: no WCAG 2.2 AA violations axe can find, usable at 320 px and at
// 200 % zoom, and every control reachable with the keyboard alone, with a focus ring you can see.
import AxeBuilder from '@axe-core/playwright';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { newPage, openSite, type Site } from '../support/browser.ts';
import { samplePages } from './pages.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite(inject('distDir'));
});
afterAll(() => site?.close());

const WCAG_22_AA = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

describe('aksesibilitas', () => {
  for (const [kind, path] of Object.entries(samplePages)) {
    it(`has no axe violations (WCAG 2.2 AA) on the ${kind} page`, async () => {
      const { context, page } = await newPage(site);
      await page.goto(site.url(path));
      const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
      expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual(
        [],
      );
      await context.close();
    });
  }

  it('has no axe violations on a service page in kiosk mode while the countdown shows', async () => {
    const { context, page } = await newPage(site);
    await page.clock.install();
    await page.goto(site.url(samplePages.kiosk));
    await page.goto(site.url(samplePages.layanan));
    await page.locator('html.kiosk .kiosk-peringatan').waitFor({ state: 'attached' });
    await page.clock.runFor(80_000);
    await page.getByRole('alert').waitFor();
    const results = await new AxeBuilder({ page }).withTags(WCAG_22_AA).analyze();
    expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
    await context.close();
  });

  for (const [kind, path] of Object.entries(samplePages)) {
    it(`fits a 320 px wide phone without sideways scrolling, also at 200 % zoom, on the ${kind} page`, async () => {
      // 200 % zoom of a 640 px window is the same CSS layout as a 320 px window at device scale 2.
      const { context, page } = await newPage(site, { viewport: { width: 320, height: 640 }, deviceScaleFactor: 2 });
      await page.goto(site.url(path));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await context.close();
    });
  }

  for (const [kind, path] of Object.entries(samplePages)) {
    it(`reaches every control with Tab and shows where focus is, on the ${kind} page`, async () => {
      const { context, page } = await newPage(site);
      await page.goto(site.url(path));
      // Kiosk mode's controls come from a module loaded by import() after the page: count them too.
      if (path === samplePages.kiosk) await page.locator('html.kiosk').waitFor({ state: 'attached' });
      const controls = await page.evaluate(
        () =>
          [
            ...document.querySelectorAll<HTMLElement>(
              'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
            ),
          ].filter((el) => el.offsetParent !== null || el.getClientRects().length > 0).length,
      );
      const reached = new Set<string>();
      const invisible: string[] = [];
      for (let step = 0; step < controls + 5; step++) {
        await page.keyboard.press('Tab');
        const focus = await page.evaluate(() => {
          const el = document.activeElement as HTMLElement | null;
          if (!el || el === document.body) return undefined;
          const style = getComputedStyle(el);
          const ring = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2;
          const path: string[] = [];
          for (let node: Element | null = el; node; node = node.parentElement)
            path.unshift(`${node.tagName}:${[...(node.parentElement?.children ?? [])].indexOf(node)}`);
          return { id: path.join('/'), visible: ring || style.boxShadow !== 'none', label: el.outerHTML.slice(0, 80) };
        });
        if (!focus) continue;
        reached.add(focus.id);
        if (!focus.visible) invisible.push(focus.label);
      }
      expect(reached.size).toBe(controls);
      expect(invisible).toEqual([]);
      await context.close();
    });
  }
});
