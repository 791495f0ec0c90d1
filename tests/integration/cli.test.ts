// The commands staff run: broken content gets a report in Bahasa Indonesia and a failing exit code, a
// failed build leaves the published folder exactly as it was, and a mistake in how a command is typed
// gets one Indonesian line (no stack trace) before any work starts.
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { brokenCases } from '../support/broken-cases.ts';
import { BROKEN, contentWith, removeDir, VALID_CONTENT } from '../support/content-dir.ts';
import { runCli as run } from '../support/run-cli.ts';

let dir: string | undefined;
afterEach(async () => {
  if (dir) await removeDir(dir);
  dir = undefined;
});

describe('npm run check', () => {
  it('passes valid content and says how much it checked', async () => {
    const { code, stdout } = await run('scripts/check.ts', ['--konten', VALID_CONTENT]);
    expect(code).toBe(0);
    expect(stdout).toContain('✓ Konten lolos pemeriksaan: 2 layanan, 2 desa.');
  });

  it('says which day it treats as today and where that came from', async () => {
    const { stdout } = await run('scripts/check.ts', ['--konten', VALID_CONTENT], { PELITA_HARI_INI: '2027-02-17' });
    expect(stdout.split('\n')[0]).toBe('Tanggal acuan: 17 Februari 2027 (PELITA_HARI_INI).');
    const unset = await run('scripts/check.ts', ['--konten', VALID_CONTENT], { PELITA_HARI_INI: '' });
    expect(unset.stdout.split('\n')[0]).toMatch(/^Tanggal acuan: \d{1,2} [A-Z][a-z]+ \d{4} \(jam komputer, WIB\)\.$/);
  });

  it('fails with every problem listed, file by file', async () => {
    dir = await contentWith({
      'layanan/persyaratan-kosong.md': join(BROKEN, 'layanan/persyaratan-kosong.md'),
      'desa/kode-salah.yaml': join(BROKEN, 'desa/kode-salah.yaml'),
    });
    const { code, stdout, stderr } = await run('scripts/check.ts', ['--konten', dir]);
    expect(code).toBe(1);
    expect(stdout.split('\n').filter(Boolean)).toEqual([
      'Tanggal acuan: 1 Desember 2026 (PELITA_HARI_INI).',
      expect.stringMatching(/desa\/kode-salah\.yaml baris 3: «kode» harus berformat kode wilayah Kemendagri/),
      expect.stringMatching(/layanan\/persyaratan-kosong\.md baris 5: «persyaratan» harus berisi minimal satu dokumen/),
    ]);
    expect(stderr).toContain('2 kesalahan ditemukan');
  });
});

describe('npm run check on the broken corpus', () => {
  // A representative subset through the real command; tests/unit/content-errors.test.ts runs them all.
  const subset = [
    'layanan/persyaratan-kosong.md',
    'layanan/kunci-salah-eja.md',
    'layanan/skrip.md',
    'layanan/tautan-javascript.md',
    'layanan/raksasa.md',
    'desa/bukan-utf8.yaml',
    'desa/kecamatan-lain.yaml',
    'kecamatan/situs-http.yaml',
    'pengalihan/berputar.yaml',
    'dicetak/alamat-hilang.json',
  ];
  it.each(brokenCases.filter((c) => subset.includes(c.fixture)))(
    'exits 1 and names the file and line for $fixture',
    async ({ fixture, target, expect: expected }) => {
      dir = await contentWith({ [target ?? fixture]: join(BROKEN, fixture) });
      const { code, stdout, stderr } = await run('scripts/check.ts', ['--konten', dir]);
      expect(code).toBe(1);
      expect(stderr).toContain(`${expected.length} kesalahan ditemukan`);
      for (const fragment of expected.flat()) expect(stdout).toContain(fragment);
    },
  );
});

describe('npm run build', () => {
  it('refuses broken content and leaves the previous dist/ untouched', async () => {
    dir = await contentWith({ 'layanan/judul-hilang.md': join(BROKEN, 'layanan/judul-hilang.md') });
    const out = join(dir, 'keluar');
    await mkdir(out);
    await writeFile(join(out, 'index.html'), 'situs lama');

    const { code, stdout, stderr } = await run('scripts/build.ts', ['--konten', dir, '--keluar', out]);
    expect(code).toBe(1);
    expect(stdout).toContain('«judul» wajib diisi');
    expect(stderr).toContain('Isi dist/ sebelumnya tidak diubah');
    expect(await readFile(join(out, 'index.html'), 'utf8')).toBe('situs lama');
    expect(await readdir(dir)).not.toContainEqual(expect.stringMatching(/^\.keluar-baru-/));
  });
});

describe.each([
  { command: 'check', script: 'scripts/check.ts', flags: ['--konten <folder>'] },
  {
    command: 'build',
    script: 'scripts/build.ts',
    flags: ['--konten <folder>', '--keluar <folder>', '--kertas', '--ringkasan'],
  },
  {
    command: 'posters',
    script: 'scripts/posters.ts',
    flags: ['--konten <folder>', '--keluar <folder>', '--kertas', '--rilis'],
  },
])('npm run $command, typed wrongly', ({ command, script, flags }) => {
  /** Runs the command on the valid fixture, writing (if it ever got that far) into a folder that must stay absent. */
  const runWith = async (args: string[], extraEnv: NodeJS.ProcessEnv = {}) => {
    dir ??= await contentWith();
    const out = join(dir, 'keluar');
    const konten = args.includes('--konten') ? [] : ['--konten', dir];
    const keluar = command === 'check' ? [] : ['--keluar', out];
    const result = await run(script, [...konten, ...keluar, ...args], extraEnv);
    return { ...result, outWritten: existsSync(out) };
  };
  /** One Indonesian line on stderr, nothing done, exit 1. */
  const expectOneLine = (result: Awaited<ReturnType<typeof runWith>>, line: string) => {
    expect(result.stderr).toBe(`${line}\n`);
    expect(result.stderr).not.toMatch(/^\s+at /m);
    expect(result.stdout).toBe('');
    expect(result.outWritten).toBe(false);
    expect(result.code).toBe(1);
  };

  it('prints Indonesian usage for --help and -h, and exits 0', async () => {
    for (const help of ['--help', '-h']) {
      const { code, stdout, stderr } = await run(script, [help]);
      expect(code).toBe(0);
      expect(stderr).toBe('');
      expect(stdout).toContain(`Pemakaian: npm run ${command} -- [pilihan]`);
      for (const flag of [...flags, '-h, --help']) expect(stdout).toContain(`  ${flag}`);
      expect(stdout).toContain(`Contoh: npm run ${command} -- --konten content`);
      expect(stdout).toContain('PELITA_HARI_INI=TTTT-BB-HH menetapkan "hari ini"');
    }
  });

  it('refuses a paper size that does not exist in one line', async () => {
    expectOneLine(
      await runWith(['--kertas', 'a5']),
      command === 'check'
        ? '✗ Pilihan --kertas tidak dikenal; lihat npm run check -- --help untuk semua pilihan.'
        : '✗ Ukuran kertas "a5" tidak dikenal; pilih dari a4, f4, a3 (misalnya --kertas a4,f4).',
    );
  });

  it('names an unknown flag and points to --help', async () => {
    expectOneLine(
      await runWith(['--bogus']),
      `✗ Pilihan --bogus tidak dikenal; lihat npm run ${command} -- --help untuk semua pilihan.`,
    );
  });

  it('suggests the flag that was probably meant', async () => {
    expectOneLine(
      await runWith(['--kontne', VALID_CONTENT]),
      `✗ Pilihan --kontne tidak dikenal; maksudnya --konten? Lihat npm run ${command} -- --help untuk semua pilihan.`,
    );
  });

  it('says which flag is missing its value', async () => {
    expectOneLine(await runWith(['--konten']), '✗ Pilihan --konten perlu nilai, misalnya --konten content.');
  });

  it('refuses a content folder that does not exist, or is a file', async () => {
    const missing = join(VALID_CONTENT, 'tidak-ada');
    expectOneLine(
      await runWith(['--konten', missing]),
      `✗ Folder konten "${missing}" tidak ditemukan; tunjuk folder konten dengan --konten <folder>.`,
    );
    const file = join(VALID_CONTENT, 'kecamatan.yaml');
    expectOneLine(
      await runWith(['--konten', file]),
      `✗ "${file}" bukan folder; --konten harus menunjuk folder konten (yang berisi kecamatan.yaml).`,
    );
  });

  it('refuses an impossible PELITA_HARI_INI before doing anything', async () => {
    expectOneLine(
      await runWith([], { PELITA_HARI_INI: '2027-13-45' }),
      '✗ PELITA_HARI_INI=2027-13-45 bukan tanggal yang ada; tulis dengan format TTTT-BB-HH, misalnya PELITA_HARI_INI=2027-02-17.',
    );
  });

  it('answers a bare argument by suggesting --konten', async () => {
    expectOneLine(
      await runWith(['folder-lain']),
      `✗ Argumen "folder-lain" tidak dikenal; untuk membaca folder itu tulis npm run ${command} -- --konten folder-lain (lihat npm run ${command} -- --help).`,
    );
  });
});
