// The commands staff run: broken content gets a report in Bahasa Indonesia and a failing exit code, and
// a failed build leaves the published folder exactly as it was.
import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, describe, expect, it } from 'vitest';
import { brokenCases } from '../support/broken-cases.ts';
import { BROKEN, contentWith, removeDir, VALID_CONTENT } from '../support/content-dir.ts';

const { PELITA_CONTENT: _ignored, ...env } = process.env;
const run = (script: string, args: string[]) =>
  promisify(execFile)(process.execPath, [script, ...args], { env }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  );

let dir: string | undefined;
afterEach(async () => {
  if (dir) await removeDir(dir);
  dir = undefined;
});

describe('npm run check', () => {
  it('passes valid content and says how much it checked', async () => {
    const { code, stdout } = await run('scripts/check.ts', [VALID_CONTENT]);
    expect(code).toBe(0);
    expect(stdout).toContain('✓ Konten lolos pemeriksaan: 2 layanan, 2 desa.');
  });

  it('fails with every problem listed, file by file', async () => {
    dir = await contentWith({
      'layanan/persyaratan-kosong.md': join(BROKEN, 'layanan/persyaratan-kosong.md'),
      'desa/kode-salah.yaml': join(BROKEN, 'desa/kode-salah.yaml'),
    });
    const { code, stdout, stderr } = await run('scripts/check.ts', [dir]);
    expect(code).toBe(1);
    expect(stdout.split('\n').filter(Boolean)).toEqual([
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
      const { code, stdout, stderr } = await run('scripts/check.ts', [dir]);
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
