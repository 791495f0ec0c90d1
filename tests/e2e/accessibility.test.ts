// Every kind of page, in a real browser: nothing any axe rule can find (WCAG 2.2 A to AAA, best
// practices, experimental and deprecated rules alike), usable at 320 px and at 200 % zoom, and every
// control reachable with the keyboard alone, with a focus ring you can see.
import AxeBuilder from '@axe-core/playwright';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { paths } from '../../src/lib/urls.ts';
import { newPage, openSite, type Site } from '../support/browser.ts';
import { content, samplePages } from './pages.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite(inject('distDir'));
});
afterAll(() => site?.close());

// The rule list of the very axe-core that @axe-core/playwright injects. Naming every rule runs each one,
// also those axe leaves off by default (AAA contrast, experimental, deprecated): a tag list would
// silently miss any rule whose tags it does not name.
const axe = createRequire(createRequire(import.meta.url).resolve('@axe-core/playwright'))('axe-core') as {
  getRules(): { ruleId: string }[];
};
const EVERY_RULE = axe.getRules().map((rule) => rule.ruleId);

async function axeFindings(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withRules(EVERY_RULE).analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const withCases = content.layanan.find((layanan) => layanan.slug === 'kk')!;
const withoutCases = content.layanan.find((layanan) => layanan.keperluan.length === 0)!;
const pages = {
  ...samplePages,
  'layanan dengan keperluan': paths.layanan(withCases),
  'layanan tanpa keperluan': paths.layanan(withoutCases),
  // Not a resident's page, but staff use it in the same browsers (issue 10).
  staf: paths.staf(),
};

describe('aksesibilitas', () => {
  it('runs every rule axe has, also those it leaves off by default', async () => {
    const { context, page } = await newPage(site);
    await page.goto(site.url(samplePages.home));
    const results = await new AxeBuilder({ page }).withRules(EVERY_RULE).analyze();
    const outcomes = [results.passes, results.violations, results.incomplete, results.inapplicable];
    const ran = new Set(outcomes.flat().map((rule) => rule.id));
    expect([...ran].sort()).toEqual([...EVERY_RULE].sort());
    expect(EVERY_RULE).toEqual(expect.arrayContaining(['landmark-unique', 'region', 'color-contrast-enhanced']));
    await context.close();
  });

  it('checks a service that has cases, and one that has none', () => {
    expect(withCases.keperluan.length).toBeGreaterThan(1);
    expect(withoutCases.keperluan).toEqual([]);
  });

  for (const [kind, path] of Object.entries(pages)) {
    it(`has nothing any axe rule can find on the ${kind} page`, async () => {
      const { context, page } = await newPage(site);
      await page.goto(site.url(path));
      // Kiosk mode's controls come from a module loaded by import() after the page: check them too.
      if (path === samplePages.kiosk) await page.locator('html.kiosk').waitFor({ state: 'attached' });
      expect(await axeFindings(page)).toEqual([]);
      await context.close();
    });
  }

  it('has nothing any axe rule can find on a service page with a case chosen', async () => {
    const { context, page } = await newPage(site);
    await page.goto(site.url(paths.layanan(withCases)));
    await page.getByRole('radio', { name: withCases.keperluan[1]!.judul }).check();
    await page.locator('.kasus.terpilih').waitFor();
    expect(await axeFindings(page)).toEqual([]);
    await context.close();
  });

  it('has nothing any axe rule can find on a service page with cases, as a phone without JavaScript shows it', async () => {
    // axe itself runs as a script (with JavaScript off it never finishes), so the site's own scripts are
    // refused instead: the same document a phone without JavaScript gets, every case listed. Only the
    // `scripting: none` rule of global.css differs; the controls it hides are checked with JavaScript above.
    const { context, page } = await newPage(site);
    await page.route('**/*', (route) =>
      route.request().resourceType() === 'script' ? route.abort() : route.fallback(),
    );
    await page.goto(site.url(paths.layanan(withCases)));
    expect(await page.locator('.kasus:visible').count()).toBe(withCases.keperluan.length);
    expect(await axeFindings(page)).toEqual([]);
    await context.close();
  });

  it('has nothing any axe rule can find on a service page in kiosk mode while the countdown shows', async () => {
    const { context, page } = await newPage(site);
    await page.clock.install();
    await page.goto(site.url(samplePages.kiosk));
    await page.goto(site.url(samplePages.layanan));
    await page.locator('html.kiosk .kiosk-peringatan').waitFor({ state: 'attached' });
    await page.clock.runFor(80_000);
    await page.getByRole('alert').waitFor();
    expect(await axeFindings(page)).toEqual([]);
    await context.close();
  });

  for (const [kind, path] of Object.entries(pages)) {
    it(`fits a 320 px wide phone without sideways scrolling, also at 200 % zoom, on the ${kind} page`, async () => {
      // 200 % zoom of a 640 px window is the same CSS layout as a 320 px window at device scale 2.
      const { context, page } = await newPage(site, { viewport: { width: 320, height: 640 }, deviceScaleFactor: 2 });
      await page.goto(site.url(path));
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await context.close();
    });
  }

  for (const [kind, path] of Object.entries(pages)) {
    it(`reaches every control with Tab and shows where focus is, on the ${kind} page`, async () => {
      const { context, page } = await newPage(site);
      await page.goto(site.url(path));
      // Kiosk mode's controls come from a module loaded by import() after the page: count them too.
      if (path === samplePages.kiosk) await page.locator('html.kiosk').waitFor({ state: 'attached' });
      const controls = await page.evaluate(() => {
        const groups = new Set<string>();
        return [
          ...document.querySelectorAll<HTMLElement>(
            'a[href], button, input, select, textarea, summary, [tabindex]:not([tabindex="-1"])',
          ),
        ]
          .filter((el) => el.offsetParent !== null || el.getClientRects().length > 0)
          .filter((el) => {
            // A group of radio buttons is one Tab stop; the arrow keys move inside it.
            if (!(el instanceof HTMLInputElement) || el.type !== 'radio' || !el.name) return true;
            if (groups.has(el.name)) return false;
            groups.add(el.name);
            return true;
          }).length;
      });
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
