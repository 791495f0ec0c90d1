// The browser editor at /admin/, in Debian's chromium, on a copy of the site fixture opened through
// Sveltia's local-repository mode: a valid edit is saved and passes the project's check, touching only
// what was changed; invalid edits are refused with the Indonesian message on screen; a village and an
// event are added; nothing is requested from any other origin.
//
// The copy leaves out one village, Tanjungan, which the test then adds: every official village of
// Kemlagi is in the fixture, and the check accepts only codes from the official register.
import AxeBuilder from '@axe-core/playwright';
import { cp, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectionSchema } from '../../src/editor/collections.ts';
import type { CollectionName } from '../../src/editor/schemas.ts';
import { loadContent } from '../../src/lib/content/load-content.ts';
import type { Layanan } from '../../src/schema/index.ts';
import { newPage, openSite, type Site } from '../support/browser.ts';
import { SITE_CONTENT } from '../support/content-dir.ts';
import { exportRepository, readRepositoryFile, repositoryFiles, seedRepository } from '../support/editor.ts';
import { runCli } from '../support/run-cli.ts';
import { tempDir } from '../support/temp-dir.ts';

// A content folder outside the working folder is "content" to the editor (src/editor/page-data.ts).
const FOLDER = 'content';
const ADDED_DESA = { file: 'desa/tanjungan.yaml', nama: 'Tanjungan', kode: '35.16.15.2014' };

/** A field's label as the editor shows it: the schema's title (src/schema, `.meta`). */
const label = (collection: CollectionName, key: string) => collectionSchema(collection).properties?.[key]?.title ?? key;
const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
/** Sveltia's button that adds an item to a list field, named "Add <label>". */
const ADD = (list: string) => new RegExp(`^(add\\s*)?Add\\W*${escaped(list)}\\W*$`, 'i');

let site: Site;
let context: BrowserContext;
let page: Page;
const elsewhere: string[] = [];
const original = (await loadContent(SITE_CONTENT)).content!;

beforeAll(async () => {
  const root = await tempDir('editor-situs');
  const konten = join(root, FOLDER);
  await cp(SITE_CONTENT, konten, { recursive: true });
  await rm(join(konten, ADDED_DESA.file));
  const dist = join(root, 'dist');
  const built = await runCli('scripts/build.ts', ['--konten', konten, '--keluar', dist]);
  expect(built.code, built.stdout).toBe(0);
  site = await openSite(dist);
  ({ context, page } = await newPage(site, { serviceWorkers: 'block' }));
  // Leaving an entry with a refused change asks "leave the page?": yes.
  page.on('dialog', (dialog) => void dialog.accept());
  context.on('request', (request) => {
    const url = request.url();
    if (
      !url.startsWith(site.server.origin) &&
      !url.startsWith(`blob:${site.server.origin}`) &&
      !url.startsWith('data:')
    )
      elsewhere.push(url);
  });
  await page.goto(site.url('/robots.txt'));
  await seedRepository(page, await repositoryFiles(konten, root));
}, 240_000);
afterAll(() => site?.close());

/** A fresh editor on one entry, so nothing of a refused edit stays behind. */
async function openEntry(path: string): Promise<void> {
  await page.goto('about:blank');
  await page.goto(site.url(`/admin/#/collections/${path}`));
  const signIn = page.getByRole('button', { name: 'Work with Local Repository' });
  const save = page.getByRole('button', { name: 'Save' });
  await Promise.race([signIn.waitFor(), save.waitFor()]);
  if (await signIn.isVisible()) await signIn.click();
  await save.waitFor();
  // An existing entry's form is drawn before its values arrive; typing earlier would be overwritten.
  if (path.includes('/entries/')) await expect.poll(() => page.getByRole('textbox').first().inputValue()).not.toBe('');
  // Sveltia finishes setting up the draft just after it draws the form; an edit before that is lost.
  await page.waitForTimeout(500);
}

/** Sveltia draws the fields of a long form as they scroll into view. */
async function scrollTo(selector: string): Promise<void> {
  await page.getByRole('textbox').first().hover();
  for (let turn = 0; turn < 20 && (await page.locator(selector).count()) === 0; turn++) await page.mouse.wheel(0, 1500);
}

/** Closes our message, then Sveltia's own generic error dialog beneath it. */
async function closeMessages(): Promise<void> {
  await page.getByRole('button', { name: 'Tutup dan perbaiki' }).click();
  expect(await message().isVisible()).toBe(false);
  await page.getByRole('button', { name: 'OK', exact: true }).click();
}

async function save(file: string): Promise<string | undefined> {
  const before = await readRepositoryFile(page, `${FOLDER}/${file}`);
  await page.getByRole('button', { name: 'Save' }).click();
  try {
    await expect.poll(() => readRepositoryFile(page, `${FOLDER}/${file}`), { timeout: 15_000 }).not.toBe(before);
  } catch (error) {
    // Say what the editor showed instead of saving.
    const shown = await page.locator('dialog[open], [role=alert]').allInnerTexts();
    throw new Error(`${(error as Error).message}\non screen: ${JSON.stringify(shown)}\nat ${page.url()}`);
  }
  return readRepositoryFile(page, `${FOLDER}/${file}`);
}

/** The content folder as the editor left it, loaded by the project's own check. */
async function savedContent() {
  const dir = await tempDir('editor');
  await exportRepository(page, FOLDER, dir);
  return loadContent(dir);
}

const message = () => page.locator('#pelita-pesan');

/**
 * The one field of a list that is still empty: the item just added. Polled, because Sveltia counts the
 * new item before its input is ready to read (a CI run under load found none empty yet).
 */
async function emptyField(fields: ReturnType<Page['getByRole']>) {
  const emptyOnes = async () => {
    const empty = [];
    for (const field of await fields.all()) if ((await field.inputValue()) === '') empty.push(field);
    return empty;
  };
  await expect.poll(async () => (await emptyOnes()).length).toBe(1);
  return (await emptyOnes())[0]!;
}

describe('editor konten di browser', () => {
  it('saves a service edit that passes the check and changes only the edited fields', async () => {
    await openEntry('layanan/entries/sktm');
    const waktu = page.getByRole('textbox', { name: 'waktu' });
    await waktu.fill('Sekitar 20 menit jika berkas lengkap');
    const dokumenFields = page.getByRole('textbox', { name: 'dokumen' });
    const fieldsBefore = await dokumenFields.count();
    await page
      .getByRole('button', { name: ADD(label('layanan', 'persyaratan')) })
      .first()
      .click();
    // Sveltia draws the new item a moment after the click; until then another field would be typed into.
    await expect.poll(() => dokumenFields.count()).toBeGreaterThan(fieldsBefore);
    const dokumen = await emptyField(dokumenFields);
    await dokumen.fill('Fotokopi buku nikah orang tua');
    expect([await waktu.inputValue(), await dokumen.inputValue()]).toEqual([
      'Sekitar 20 menit jika berkas lengkap',
      'Fotokopi buku nikah orang tua',
    ]);
    const text = await save('layanan/sktm.md');
    expect(text).toContain('waktu: Sekitar 20 menit jika berkas lengkap');

    const { content, problems } = await savedContent();
    expect(problems.filter((problem) => problem.level === 'galat')).toEqual([]);
    const before = original.layanan.find((layanan) => layanan.slug === 'sktm')!;
    const after = content!.layanan.find((layanan) => layanan.slug === 'sktm')!;
    const changed = (Object.keys(before) as (keyof Layanan)[]).filter(
      (key) => JSON.stringify(before[key]) !== JSON.stringify(after[key]),
    );
    expect(changed).toEqual(['persyaratan', 'waktu']);
    expect(after.persyaratan).toEqual([
      ...before.persyaratan,
      { dokumen: 'Fotokopi buku nikah orang tua', opsional: false },
    ]);
    // The title and the file name, which is the printed URL, stay as they were.
    expect(content!.layanan.map((layanan) => layanan.slug).sort()).toEqual(original.layanan.map((l) => l.slug).sort());
  });

  it('keeps the file name, the printed URL, when a service is given a new title', async () => {
    await openEntry('layanan/entries/legalisasi');
    await page.getByRole('textbox', { name: 'judul' }).fill('Legalisasi Fotokopi Dokumen');
    expect(await save('layanan/legalisasi.md')).toContain('judul: Legalisasi Fotokopi Dokumen');
    const { content } = await savedContent();
    expect(content!.layanan.map((layanan) => layanan.slug).sort()).toEqual(original.layanan.map((l) => l.slug).sort());
  });

  it('refuses a service without any document, with the Indonesian message on screen, and writes nothing', async () => {
    const file = `${FOLDER}/layanan/ahli-waris.md`;
    const before = await readRepositoryFile(page, file);
    await openEntry('layanan/entries/ahli-waris');
    const remove = page.getByRole('button', { name: 'Remove', exact: true });
    while ((await remove.count()) > 0) await remove.first().click();
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => message().isVisible()).toBe(true);
    await expect
      .poll(() => message().innerText())
      .toContain(`${file}: «persyaratan» harus berisi minimal satu dokumen`);
    // Our message area is an accessible dialog: axe finds nothing wrong in it.
    const axe = await new AxeBuilder({ page }).include('#pelita-pesan').analyze();
    expect(axe.violations.map((violation) => violation.id)).toEqual([]);
    await closeMessages();
    expect(await readRepositoryFile(page, file)).toBe(before);
  });

  it('refuses a check date in the future with the Indonesian message on screen', async () => {
    const file = `${FOLDER}/layanan/usaha.md`;
    const before = await readRepositoryFile(page, file);
    await openEntry('layanan/entries/usaha');
    await scrollTo('input[type=date]');
    await page.locator('input[type=date]').fill('2027-06-01');
    await page.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => message().innerText()).toContain(`${file}: «diperbarui» tidak boleh tanggal di masa depan`);
    await closeMessages();
    expect(await readRepositoryFile(page, file)).toBe(before);
  });

  it('refuses a village code in the wrong format with the schema message, then adds the village', async () => {
    const file = `${FOLDER}/${ADDED_DESA.file}`;
    await openEntry('desa/new');
    await page.getByRole('textbox', { name: label('desa', 'nama') }).fill(ADDED_DESA.nama);
    await page.getByRole('radio', { name: 'desa', exact: true }).check();
    await page.getByRole('textbox', { name: label('desa', 'kode') }).fill('35.16.15.201');
    await page.getByRole('textbox', { name: label('desa', 'alamat') }).fill(`Balai Desa ${ADDED_DESA.nama}`);
    await page.getByRole('button', { name: 'Save' }).click();
    await expect
      .poll(() => page.getByText('harus berformat kode wilayah Kemendagri, misalnya 35.16.15.2001').isVisible())
      .toBe(true);
    expect(await readRepositoryFile(page, file)).toBeUndefined();

    await page.getByRole('textbox', { name: label('desa', 'kode') }).fill(ADDED_DESA.kode);
    expect(await save(ADDED_DESA.file)).toContain(`kode: ${ADDED_DESA.kode}`);
    const { content, problems } = await savedContent();
    expect(problems.filter((problem) => problem.level === 'galat')).toEqual([]);
    expect(content!.desa.find((desa) => desa.slug === 'tanjungan')).toMatchObject({
      nama: ADDED_DESA.nama,
      jenis: 'desa',
      kode: ADDED_DESA.kode,
    });
  });

  it('adds an event that offers a service chosen from the list', async () => {
    await openEntry('acara/new');
    await page.getByRole('textbox', { name: 'judul' }).fill('Bazar Pelayanan Maret 2027');
    await page.locator('input[type=date]').fill('2027-03-10');
    await page.getByRole('textbox', { name: 'lokasi' }).fill('Balai Desa Betro');
    await page.getByRole('button', { name: ADD(label('acara', 'instansi')) }).click();
    await page.getByRole('textbox', { name: 'instansi' }).last().fill('Kecamatan Kemlagi (PATEN)');
    await page.getByRole('combobox').first().click();
    await page.getByRole('option', { name: /KTP-el Baru/ }).click();
    await page.getByRole('textbox', { name: 'lokasi' }).click();
    expect(await save('acara/bazar-pelayanan-maret-2027.md')).toMatch(/layanan:\n\s+- ktp-baru/);
    const { content, problems } = await savedContent();
    expect(problems.filter((problem) => problem.level === 'galat')).toEqual([]);
    expect(content!.acara.find((acara) => acara.slug === 'bazar-pelayanan-maret-2027')).toMatchObject({
      tanggal: '2027-03-10',
      layanan: ['ktp-baru'],
    });
  });

  it('requested nothing from any origin but 127.0.0.1', () => {
    expect(elsewhere).toEqual([]);
  });

  it("runs axe on Sveltia's own screens and reports what it finds", async () => {
    await openEntry('layanan/entries/sktm');
    const results = await new AxeBuilder({ page }).analyze();
    const found = results.violations.map(
      (violation) => `${violation.id} (${violation.impact}): ${violation.nodes.length}`,
    );
    // Sveltia's own markup is not ours to fix here; the findings go to the issue note.
    console.log(`axe di editor Sveltia: ${found.length ? found.join('; ') : 'tidak ada pelanggaran'}`);
    expect(results.passes.length).toBeGreaterThan(0);
  });
});
