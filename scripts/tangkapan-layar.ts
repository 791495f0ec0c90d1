// `npm run tangkapan-layar`: the screenshots of the staff guide (docs/panduan-staf.md), taken from the
// real editor. Builds the frozen site fixture (a copy of tests/fixtures/situs in a temporary folder,
// never the live content/) on a fixed day, serves it on 127.0.0.1, opens /admin/ in Debian's chromium in
// the editor's local-repository mode seeded with that copy, and photographs each step the guide explains
// at a phone width and a desktop width. No content file changes: the editor saves only into the browser.
import { spawn } from 'node:child_process';
import { copyFile, cp, mkdir, mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import type { ValueFlag } from '../src/cli/flags.ts';
import { runCommand } from '../src/cli/run-command.ts';
import { TODAY_VARIABLE } from '../src/core/clock.ts';
import { UserError } from '../src/core/user-error.ts';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../src/local/chromium.ts';
import { contentFilesAt, seedRepository } from '../src/local/editor-repository.ts';
import { serveDist } from '../src/local/static-server.ts';

// The same day as the tests, so the pictures (dates, overdue services) do not change between runs.
const HARI = '2026-12-01';
process.env[TODAY_VARIABLE] = HARI;

const FIXTURE = 'tests/fixtures/situs';
// Outside the project, the editor names the content folder "content", as staff will see it.
const FOLDER = 'content';

const WIDTHS = {
  hp: { width: 390, height: 780 },
  komputer: { width: 1280, height: 760 },
} as const;
type Width = keyof typeof WIDTHS;

const situsFlag: ValueFlag<string | undefined> = {
  placeholder: '<folder>',
  example: '/tmp/situs-contoh',
  help: `situs hasil build ${FIXTURE} yang dipakai lagi (folder berisi admin/); tanpa ini situs dibangun dulu`,
  read: (raw) => raw,
};

const gambarFlag: ValueFlag<string> = {
  placeholder: '<folder>',
  example: 'docs/gambar',
  help: 'folder tempat gambar PNG disimpan (bawaan: docs/gambar)',
  read: (raw) => raw ?? 'docs/gambar',
};

async function requireBuilt(dist: string): Promise<void> {
  const found = await stat(join(dist, 'admin', 'index.html')).catch(() => undefined);
  if (!found) throw new UserError(`"${dist}" bukan situs hasil build: admin/index.html tidak ada.`);
}

/** `npm run build` itself, on the copy of the fixture. */
async function build(content: string, dist: string): Promise<void> {
  console.log(`Membangun situs contoh dari ${FIXTURE}…`);
  const child = spawn(process.execPath, ['scripts/build.ts', '--konten', content, '--keluar', dist], {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: process.env,
  });
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  if (code !== 0) throw new UserError(`Situs contoh ${FIXTURE} tidak bisa dibangun; lihat pesan di atas.`);
}

async function photograph(dist: string, files: Record<string, string>, out: string): Promise<string[]> {
  const [browser, server] = await Promise.all([
    chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS }).catch((error: Error) => {
      throw new UserError(`Chromium di ${CHROMIUM_PATH} tidak bisa dibuka: ${error.message.split('\n')[0]}`);
    }),
    serveDist(dist),
  ]);
  const written: string[] = [];
  try {
    for (const width of Object.keys(WIDTHS) as Width[]) {
      const page = await editorPage(browser, server.origin, width, files);
      const shoot = async (name: string, full = false) => {
        const file = join(out, `${name}-${width}.png`);
        // No hover highlight left where the last click was.
        await page.mouse.move(WIDTHS[width].width - 1, WIDTHS[width].height - 1);
        await page.waitForTimeout(500);
        await page.evaluate(() => document.fonts.ready);
        await page.screenshot({ path: file, fullPage: full, animations: 'disabled', caret: 'hide' });
        written.push(file);
      };
      for (const [name, steps] of STEPS) {
        try {
          await steps(page, server.origin, shoot);
        } catch (error) {
          const reason = (error as Error).message.split('\n')[0];
          throw new UserError(`Langkah «${name}» (lebar ${width}) gagal: ${reason}`);
        }
      }
      await page.context().close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  return written;
}

/** A fresh browser at one width, with the fixture copy as the editor's working folder. */
async function editorPage(browser: Browser, origin: string, width: Width, files: Record<string, string>) {
  const context = await browser.newContext({
    locale: 'id-ID',
    timezoneId: 'Asia/Jakarta',
    viewport: WIDTHS[width],
    deviceScaleFactor: 1,
    serviceWorkers: 'block',
  });
  const page = await context.newPage();
  page.setDefaultTimeout(15_000);
  // Leaving an entry that was changed but not saved asks "leave the page?": yes.
  page.on('dialog', (dialog) => void dialog.accept());
  await page.goto(`${origin}/robots.txt`);
  await seedRepository(page, files);
  return page;
}

type Shoot = (name: string, fullPage?: boolean) => Promise<void>;
type Step = (page: Page, origin: string, shoot: Shoot) => Promise<void>;

// Sveltia's own buttons are English ("Add …"); the field labels are the schema's Indonesian titles.
const ADD = (label: string) => new RegExp(`^(add\\s*)?Add\\W*${label}\\W*$`, 'i');
const field = (page: Page, label: string) => page.getByRole('textbox', { name: new RegExp(`^${label}`) });

/** The editor opened afresh at one of its addresses, signed in to the local folder. */
async function open(page: Page, origin: string, hash: string, shoot?: Shoot): Promise<void> {
  await page.goto('about:blank');
  await page.goto(`${origin}/admin/#/${hash}`);
  const signIn = page.getByRole('button', { name: 'Work with Local Repository' });
  const ready = page.getByRole('button', {
    name: hash.includes('/entries/') || hash.endsWith('/new') ? 'Save' : /New/,
  });
  await Promise.race([signIn.waitFor(), ready.first().waitFor()]);
  if (await signIn.isVisible()) {
    if (shoot) await shoot('masuk-lokal');
    await signIn.click();
  }
  await ready.first().waitFor();
  // An existing entry's form is drawn before its values arrive; typing earlier would be overwritten.
  if (hash.includes('/entries/')) await expectFilled(page);
  await settle(page);
}

/** Lets the editor finish drawing (fields appear as they scroll into view, notices fade). */
async function settle(page: Page): Promise<void> {
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(600);
}

/** Waits until the first field shows the entry's saved value. */
async function expectFilled(page: Page): Promise<void> {
  const first = page.getByRole('textbox').first();
  for (let turn = 0; turn < 50 && (await first.inputValue()) === ''; turn++) await page.waitForTimeout(100);
  if ((await first.inputValue()) === '') throw new Error('isi berkas tidak muncul di formulir');
}

async function expectCount(locator: Locator, count: number): Promise<void> {
  for (let turn = 0; turn < 30 && (await locator.count()) !== count; turn++) await locator.page().waitForTimeout(100);
  if ((await locator.count()) !== count) throw new Error(`${count} isian diharapkan, ada ${await locator.count()}`);
}

/** Brings a field to the middle of the form, then lets the editor redraw. */
async function showField(page: Page, label: string): Promise<void> {
  await centre(field(page, label).first());
}

/**
 * Twice: the editor draws the items above as they come into view, which moves the field again, so the
 * second pass puts it where it will stay and every run takes the same picture.
 */
async function centre(locator: Locator): Promise<void> {
  for (let pass = 0; pass < 2; pass++) {
    await locator.evaluate((element) => element.scrollIntoView({ block: 'center' }));
    await locator.page().waitForTimeout(400);
  }
}

const STEPS: [string, Step][] = [
  [
    'daftar layanan',
    async (page, origin, shoot) => {
      await open(page, origin, 'collections/layanan', shoot);
      await shoot('daftar-layanan');
    },
  ],
  [
    'mengubah layanan',
    async (page, origin, shoot) => {
      await open(page, origin, 'collections/layanan/entries/sktm');
      await shoot('layanan-buka');
      // Folded first, so the new item is the only one open (the editor draws long lists lazily).
      await page.getByRole('button', { name: 'Collapse All' }).first().click();
      await page
        .getByRole('button', { name: ADD('Persyaratan') })
        .first()
        .click();
      await expectCount(field(page, 'Nama dokumen'), 1);
      await field(page, 'Nama dokumen').fill('Fotokopi buku nikah orang tua');
      await showField(page, 'Nama dokumen');
      await shoot('layanan-persyaratan');
      await field(page, 'Waktu penyelesaian').fill('Sekitar 20 menit jika berkas lengkap');
      await showField(page, 'Waktu penyelesaian');
      await shoot('layanan-waktu');
    },
  ],
  [
    'simpan ditolak',
    async (page, origin, shoot) => {
      await open(page, origin, 'collections/layanan/entries/ahli-waris');
      const remove = page.getByRole('button', { name: 'Remove', exact: true });
      while ((await remove.count()) > 0) await remove.first().click();
      await page.getByRole('button', { name: 'Save' }).click();
      await page.locator('#pelita-pesan').waitFor();
      await page.waitForTimeout(800);
      await shoot('simpan-ditolak');
      await page.getByRole('button', { name: 'Tutup dan perbaiki' }).click();
      await page.getByRole('button', { name: 'OK', exact: true }).click();
    },
  ],
  [
    'desa baru',
    async (page, origin, shoot) => {
      await open(page, origin, 'collections/desa/new');
      await field(page, 'Nama desa').fill('Tanjungan');
      await page.getByRole('radio', { name: 'desa', exact: true }).check();
      await field(page, 'Kode wilayah').fill('35.16.15.205');
      await field(page, 'Alamat balai desa').fill('Balai Desa Tanjungan, Kecamatan Kemlagi');
      await page.getByRole('button', { name: 'Save' }).click();
      await page.getByText('harus berformat kode wilayah Kemendagri').first().waitFor();
      await showField(page, 'Kode wilayah');
      await shoot('desa-kode-salah');
      await field(page, 'Kode wilayah').fill('35.16.15.2014');
      await field(page, 'Nama desa').click();
      await showField(page, 'Nama desa');
      await shoot('desa-baru');
    },
  ],
  [
    'acara baru',
    async (page, origin, shoot) => {
      await open(page, origin, 'collections/acara/new');
      await field(page, 'Judul acara').fill('Bazar Pelayanan Maret 2027');
      await page.locator('input[type=date]').fill('2027-03-10');
      await field(page, 'Lokasi').fill('Balai Desa Betro');
      await page.getByRole('button', { name: ADD('Instansi yang hadir') }).click();
      await field(page, 'Instansi yang hadir').last().fill('Kecamatan Kemlagi (PATEN)');
      await page.getByRole('combobox').first().click();
      await page.getByRole('option', { name: /KTP-el Baru/ }).click();
      // Closes the list of services; then the chosen one is brought to the middle of the form.
      await field(page, 'Lokasi').click();
      await page.waitForTimeout(300);
      await centre(page.getByRole('combobox').first());
      await shoot('acara-baru');
    },
  ],
  [
    'halaman staf',
    async (page, origin, shoot) => {
      await page.goto(`${origin}/staf/`);
      await settle(page);
      await shoot('halaman-staf');
      await page.getByRole('heading', { name: 'Semua layanan' }).evaluate((heading) => heading.scrollIntoView());
      await shoot('halaman-staf-tabel');
    },
  ],
];

// Last: the steps above must exist before the command runs them.
await runCommand({
  name: 'tangkapan-layar',
  summary:
    `membuat gambar untuk panduan staf dari editor yang sebenarnya: situs contoh (${FIXTURE}, ` +
    `tanggal ${HARI}) dibangun dan dibuka di chromium, lalu setiap langkah difoto di lebar HP dan komputer.`,
  flags: { situs: situsFlag, gambar: gambarFlag },
  example: '--gambar docs/gambar',
  async run({ situs, gambar }) {
    const work = await mkdtemp(join(tmpdir(), 'pelita-tangkapan-'));
    try {
      const content = join(work, FOLDER);
      await cp(FIXTURE, content, { recursive: true });
      const dist = situs ?? join(work, 'dist');
      if (situs) await requireBuilt(situs);
      else await build(content, dist);
      // Pictures go to the temporary folder first: a failed step leaves the guide's pictures as they were.
      const taken = join(work, 'gambar');
      await mkdir(taken);
      const files = await contentFilesAt(content, FOLDER);
      const names = (await photograph(dist, files, taken)).map((file) => basename(file));
      await mkdir(gambar, { recursive: true });
      for (const name of names) await copyFile(join(taken, name), join(gambar, name));
      const written = names.map((name) => join(gambar, name));
      const bytes = (await Promise.all(written.map((file) => stat(file)))).reduce((sum, file) => sum + file.size, 0);
      console.log(`✓ ${written.length} gambar di ${gambar}/, jumlah ${(bytes / 1024).toFixed(0)} KB.`);
    } finally {
      await rm(work, { recursive: true, force: true });
    }
  },
});
