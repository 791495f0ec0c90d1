// Broken content is refused with a message that names the file and the field or line to fix.
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { formatProblem, hasErrors } from '../../src/lib/problems.ts';
import { BROKEN, contentWith, removeDir } from '../support/content-dir.ts';
import { brokenCases as cases } from '../support/broken-cases.ts';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await removeDir(dir);
  dir = undefined;
});

describe('pemeriksaan konten', () => {
  it.each(cases)(
    'menolak $fixture dan menyebut berkas serta isiannya',
    async ({ fixture, target, expect: expected, warns }) => {
      dir = await contentWith({ [target ?? fixture]: join(BROKEN, fixture) });
      const { content, problems } = await loadContent(dir);
      const level = warns ? 'peringatan' : 'galat';
      const messages = problems.filter((problem) => problem.level === level).map(formatProblem);

      if (warns) expect(content).toBeDefined();
      else expect(content).toBeUndefined();
      expect(messages).toHaveLength(expected.length);
      for (const [index, fragments] of expected.entries()) {
        for (const fragment of fragments) expect(messages[index]).toContain(fragment);
      }
    },
  );

  it('melaporkan semua kesalahan sekaligus, tidak berhenti di yang pertama', async () => {
    dir = await contentWith(
      Object.fromEntries(cases.filter((c) => !c.target && !c.warns).map((c) => [c.fixture, join(BROKEN, c.fixture)])),
    );
    const { problems } = await loadContent(dir);
    // Errors only: a file may also get a warning (a name that differs from the register's spelling).
    const errors = problems.filter((problem) => problem.level === 'galat');
    const files = new Set(errors.map((problem) => problem.file.split('/').pop()));
    expect(files.size).toBe(cases.filter((c) => !c.target && !c.warns).length);
  });

  it('menerima berkas yang disimpan editor Windows (BOM dan CRLF)', async () => {
    dir = await contentWith({
      'desa/windows.yaml': join(import.meta.dirname, '../fixtures/windows/desa/windows.yaml'),
      'layanan/windows.md': join(import.meta.dirname, '../fixtures/windows/layanan/windows.md'),
    });
    const { content, problems } = await loadContent(dir);
    expect(problems).toEqual([]);
    expect(content?.desa.map((desa) => desa.nama)).toContain('Japanan');
    expect(content?.layanan.find((layanan) => layanan.judul === 'Layanan Windows')?.catatan).not.toContain('\r');
  });

  it('memakai setiap berkas rusak di tests/fixtures/broken sebagai kasus uji', async () => {
    // Survey and event fixtures (skm/, acara/) have their cases in skm-acara-errors.test.ts.
    const folders = new Set(cases.map((c) => c.fixture.split('/')[0]));
    const files = (await readdir(BROKEN, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => relative(BROKEN, join(entry.parentPath, entry.name)))
      .filter((file) => folders.has(file.split('/')[0]));
    expect(files.sort()).toEqual(cases.map((c) => c.fixture).sort());
    expect(files.length).toBeGreaterThanOrEqual(30);
  });

  // The 5 MB case is written here rather than committed: the corpus file raksasa.md is just over the limit.
  it('menolak berkas 5 MB tanpa membacanya sebagai konten', async () => {
    dir = await contentWith();
    await writeFile(
      join(dir, 'layanan/besar.md'),
      `---\njudul: Besar\n---\n${'Catatan.\n'.repeat(Math.ceil((5 * 1024 * 1024) / 9))}`,
    );
    const { problems } = await loadContent(dir);
    expect(hasErrors(problems)).toBe(true);
    expect(problems.map(formatProblem).join('\n')).toMatch(
      /besar\.md: Berkas terlalu besar \(5120 KB, maksimal 256 KB\)/,
    );
  });

  // Root reads any file, so a folder in place of a file stands in for every "cannot read" case here;
  // tests/integration/read-content-file.test.ts stages a denied permission.
  it.each([
    ['kecamatan.yaml', 'kecamatan.yaml: Ini folder, bukan berkas'],
    ['layanan/folder.md', 'layanan/folder.md: Ini folder, bukan berkas'],
    ['pengalihan.yaml', 'pengalihan.yaml: Ini folder, bukan berkas'],
    ['dicetak.json', 'dicetak.json: Ini folder, bukan berkas'],
  ])('mengatakan %s adalah folder, bukan "tidak ditemukan"', async (path, expected) => {
    dir = await contentWith();
    await rm(join(dir, path), { force: true });
    await mkdir(join(dir, path));
    const { content, problems } = await loadContent(dir);
    expect(content).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([expect.stringContaining(expected)]);
  });

  it('menyebut kecamatan.yaml yang hilang sebagai tidak ditemukan', async () => {
    dir = await contentWith();
    await rm(join(dir, 'kecamatan.yaml'));
    const { problems } = await loadContent(dir);
    expect(problems.map(formatProblem)).toEqual([expect.stringMatching(/kecamatan\.yaml: Berkas tidak ditemukan\.$/)]);
  });

  it('memperingatkan, tanpa menggagalkan, layanan yang lebih dari setahun tidak diperiksa', async () => {
    dir = await contentWith();
    const path = join(dir, 'layanan/pindah.md');
    const { readFile } = await import('node:fs/promises');
    await writeFile(path, (await readFile(path, 'utf8')).replace('diperbarui: 2026-11-20', 'diperbarui: 2020-01-01'));
    const { content, problems } = await loadContent(dir);
    expect(content?.layanan.map((layanan) => layanan.slug)).toContain('pindah');
    expect(problems.map(formatProblem)).toEqual([
      expect.stringContaining('pindah.md: peringatan: «diperbarui» terakhir diperiksa 2020-01-01'),
    ]);
  });
});
