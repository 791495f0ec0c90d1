// A service with cases in the browser: "Apa keperluan Anda?" shows one list (the common documents, then
// the case's), the choice can be linked and is kept with its own ticks, the page reads without
// JavaScript, and paper, "Dengarkan" and the kiosk follow the choice.
import { PDFDocument } from 'pdf-lib';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { dokumenFor, keperluanId } from '../../src/lib/keperluan.ts';
import { paths } from '../../src/lib/urls.ts';
import type { Keperluan } from '../../src/schema/index.ts';
import { newPage, openSite, type Site } from '../support/browser.ts';
import { sampleLayanan } from './pages.ts';
import { spokenSoFar, stubSpeech } from './speech.ts';

let site: Site;
beforeAll(async () => {
  site = await openSite(inject('distDir'));
});
afterAll(() => site?.close());

const kk = sampleLayanan.keperluan;
const [first, second, third] = kk.keperluan as [Keperluan, Keperluan, Keperluan, ...Keperluan[]];
const withCatatan = kk.keperluan.find((keperluan) => keperluan.catatan)!;
const names = (keperluan: Keperluan) => dokumenFor(kk, keperluan).map((dokumen) => dokumen.dokumen);
const pageUrl = (hash = '') => site.url(paths.layanan(kk)) + hash;

/** What a person sees of the documents: the case headings and the ticked-or-not boxes that are shown. */
async function shown(page: Page): Promise<{ headings: string[]; dokumen: string[] }> {
  return page.evaluate(() => {
    const section = document.querySelector('[data-dokumen]')!;
    const visible = (el: Element) => el.getClientRects().length > 0;
    return {
      headings: [...section.querySelectorAll('h3')].filter(visible).map((h) => h.textContent!.trim()),
      dokumen: [...section.querySelectorAll<HTMLInputElement>('.checklist input')].filter(visible).map((i) => i.value),
    };
  });
}

const choose = (page: Page, keperluan: Keperluan) =>
  page.getByRole('group', { name: 'Apa keperluan Anda?' }).getByLabel(keperluan.judul, { exact: true }).check();

describe('apa keperluan Anda?', () => {
  it('asks first, then shows only the common documents and the chosen case’s, with its note', async () => {
    const { context, page, errors } = await newPage(site, { viewport: { width: 320, height: 800 } });
    await page.goto(pageUrl());
    const question = page.getByRole('group', { name: 'Apa keperluan Anda?' });
    expect(await question.getByRole('radio').count()).toBe(kk.keperluan.length + 1);
    const [questionBox, listBox] = await Promise.all([
      question.boundingBox(),
      page.locator('.kasus').first().boundingBox(),
    ]);
    expect(questionBox!.y).toBeLessThan(listBox!.y);

    await choose(page, withCatatan);
    expect(await shown(page)).toEqual({ headings: [withCatatan.judul], dokumen: names(withCatatan) });
    expect(await page.getByText(withCatatan.catatan!).isVisible()).toBe(true);
    // Nothing sticks out of a 320 px screen.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('puts the chosen case in the address without a history entry per click', async () => {
    const { context, page } = await newPage(site);
    await page.goto(pageUrl());
    const before = await page.evaluate(() => history.length);
    for (const keperluan of [first, second, third]) await choose(page, keperluan);
    expect(new URL(page.url()).hash).toBe(`#${keperluanId(third)}`);
    expect(await page.evaluate(() => history.length)).toBe(before);
    await page.getByLabel('Tampilkan semua keperluan').check();
    expect(new URL(page.url()).hash).toBe('');
    expect((await shown(page)).headings).toEqual(kk.keperluan.map((keperluan) => keperluan.judul));
    await context.close();
  });

  it('opens the case a link names (/l/kk/#<case>), scrolled to its list', async () => {
    const { context, page } = await newPage(site, { viewport: { width: 360, height: 640 } });
    const last = kk.keperluan.at(-1)!;
    await page.goto(pageUrl(`#${keperluanId(last)}`));
    expect(await page.getByLabel(last.judul, { exact: true }).isChecked()).toBe(true);
    expect(await shown(page)).toEqual({ headings: [last.judul], dokumen: names(last) });
    expect(await page.locator(`[id="${keperluanId(last)}"]`).isVisible()).toBe(true);
    const top = await page.evaluate(
      (id) => document.getElementById(id)!.getBoundingClientRect().top,
      keperluanId(last),
    );
    expect(top).toBeGreaterThan(-1);
    expect(top).toBeLessThan(640);
    await context.close();
  });

  it('keeps each case’s ticks and the chosen case on the device, and "Mulai ulang" clears only that case', async () => {
    const { context, page } = await newPage(site);
    await page.goto(pageUrl());
    await choose(page, first);
    const firstBoxes = page.locator(`[data-kasus="${keperluanId(first)}"] .checklist input`);
    await firstBoxes.nth(0).check();
    await firstBoxes.nth(1).check();
    await choose(page, second);
    await page.reload();
    expect(await page.getByLabel(second.judul, { exact: true }).isChecked()).toBe(true);
    // Back later from the poster's QR code: the address has no case in it, the device remembers it.
    await page.goto(pageUrl());
    expect(await page.getByLabel(second.judul, { exact: true }).isChecked()).toBe(true);
    const secondBoxes = page.locator(`[data-kasus="${keperluanId(second)}"] .checklist input`);
    expect(await secondBoxes.evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).checked))).toEqual(
      names(second).map(() => false),
    );
    await secondBoxes.nth(0).check();

    await choose(page, first);
    const firstList = page.locator(`[data-kasus="${keperluanId(first)}"]`);
    expect(await firstBoxes.evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).checked))).toEqual(
      names(first).map((_, index) => index < 2),
    );
    // The counter counts the required documents, or all of them when every one is optional.
    const documents = dokumenFor(kk, first);
    const counted = documents.some((dokumen) => !dokumen.opsional)
      ? documents.filter((dokumen) => !dokumen.opsional)
      : documents;
    const ready = documents.slice(0, 2).filter((dokumen) => counted.includes(dokumen)).length;
    expect(await firstList.locator('[data-hitung]').innerText()).toMatch(
      new RegExp(`^${ready} dari ${counted.length} dokumen siap`),
    );

    await firstList.getByRole('button', { name: 'Mulai ulang' }).click();
    expect(await firstBoxes.evaluateAll((boxes) => boxes.some((box) => (box as HTMLInputElement).checked))).toBe(false);
    await choose(page, second);
    expect(await secondBoxes.nth(0).isChecked()).toBe(true);
    await context.close();
  });

  it('shows every case under its own heading with its complete list when JavaScript is off', async () => {
    const { context, page } = await newPage(site, { javaScriptEnabled: false });
    await page.goto(pageUrl());
    expect(await page.getByRole('group', { name: 'Apa keperluan Anda?' }).isVisible()).toBe(false);
    for (const keperluan of kk.keperluan) {
      const heading = page.locator(`h3[id="${keperluanId(keperluan)}"]`);
      expect(await heading.innerText()).toBe(keperluan.judul);
      const list = page.locator(`[data-kasus="${keperluanId(keperluan)}"] .checklist input`);
      expect(await list.evaluateAll((boxes) => boxes.map((box) => (box as HTMLInputElement).value))).toEqual(
        names(keperluan),
      );
      expect(await list.evaluateAll((boxes) => boxes.every((box) => box.getClientRects().length > 0))).toBe(true);
    }
    await context.close();
  });

  it('prints only the chosen case, on one A4 page', async () => {
    const { context, page } = await newPage(site);
    await page.goto(pageUrl());
    await choose(page, second);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true });
    expect((await PDFDocument.load(pdf)).getPageCount()).toBe(1);
    await page.emulateMedia({ media: 'print' });
    expect(await shown(page)).toEqual({ headings: [second.judul], dokumen: names(second) });
    await context.close();
  });

  it('reads the chosen list aloud: the case, the common documents, then the case’s own', async () => {
    const { context, page } = await newPage(site);
    await stubSpeech(page);
    await page.goto(pageUrl());
    await choose(page, withCatatan);
    await page.getByRole('button', { name: 'Dengarkan' }).click();
    const spoken = (await spokenSoFar(page)).map((utterance) => utterance.text);
    expect(spoken.slice(0, 2)).toEqual([
      `Dokumen yang harus dibawa untuk ${kk.judul}.`,
      `Untuk keperluan: ${withCatatan.judul}.`,
    ]);
    // Each document in order, numbered; the notes after its name may follow.
    const expected = names(withCatatan).map((name, index) => `${index + 1}. ${name}`);
    const items = spoken.slice(2, -1);
    expect(items.map((item, index) => item.slice(0, expected[index]?.length))).toEqual(expected);
    expect(spoken.at(-1)).toBe(withCatatan.catatan);
    await context.close();
  });

  it('in kiosk mode: large choices, and the reset forgets every case’s ticks and the chosen case', async () => {
    const { context, page } = await newPage(site, { viewport: { width: 800, height: 1280 } });
    await page.clock.install();
    await page.goto(site.url(paths.kiosk()));
    await page.goto(pageUrl());
    await page.locator('html.kiosk .kiosk-peringatan').waitFor({ state: 'attached' });
    const heights = await page
      .getByRole('group', { name: 'Apa keperluan Anda?' })
      .locator('label')
      .evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect().height));
    expect(Math.min(...heights)).toBeGreaterThanOrEqual(44);
    for (const keperluan of [first, second]) {
      await choose(page, keperluan);
      await page
        .locator(`[data-kasus="${keperluanId(keperluan)}"] .checklist input`)
        .first()
        .check();
    }

    await page.clock.runFor(91_000);
    await page.waitForURL(/\/kiosk\/$/);
    await page.goto(pageUrl());
    expect(await page.getByRole('radio', { checked: true }).count()).toBe(0);
    expect(await page.locator('[data-dokumen] .checklist input:checked').count()).toBe(0);
    await context.close();
  });
});
