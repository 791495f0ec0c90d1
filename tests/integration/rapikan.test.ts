// `npm run rapikan` on whole content folders: the frozen sample site and the small valid set come out in
// the editor's form with exactly the same content, a second run changes nothing, and a folder that fails
// the check is refused with nothing written.
import { cp, readFile, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { rapikanFolder } from '../../src/lib/content/rapikan-folder.ts';
import { BROKEN, SITE_CONTENT, VALID_CONTENT } from '../support/content-dir.ts';
import { runCli } from '../support/run-cli.ts';
import { tempDir } from '../support/temp-dir.ts';

async function copyOf(source: string): Promise<string> {
  const dir = await tempDir('rapikan');
  await cp(source, dir, { recursive: true });
  return dir;
}

/** Every file of a folder and its bytes, to prove what was (not) written. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = entries.filter((entry) => entry.isFile()).map((entry) => join(entry.parentPath, entry.name));
  return Object.fromEntries(
    await Promise.all(files.map(async (file) => [relative(dir, file), await readFile(file, 'utf8')] as const)),
  );
}

describe('npm run rapikan', () => {
  it.each([
    ['the frozen sample site', SITE_CONTENT],
    ['the valid set, whose requirements are partly plain texts', VALID_CONTENT],
  ])('rewrites %s without changing its content', async (_, source) => {
    const dir = await copyOf(source);
    const before = await loadContent(dir);
    const result = await rapikanFolder(dir);
    expect(result.refused).toBeUndefined();
    if (result.refused) return;
    expect(result.changed.length).toBeGreaterThan(0);
    const after = await loadContent(dir);
    expect(after.problems.filter((problem) => problem.level === 'galat')).toEqual([]);
    expect(after.content).toStrictEqual(before.content);
  });

  it('leaves no requirement as a plain text, no comment and no temporary file behind', async () => {
    const dir = await copyOf(VALID_CONTENT);
    await rapikanFolder(dir);
    const files = await snapshot(dir);
    expect(Object.keys(files).sort()).toEqual(Object.keys(await snapshot(VALID_CONTENT)).sort());
    expect(files['layanan/sktm.md']).toContain('  - dokumen: Surat pengantar dari desa\n');
    expect(files['kecamatan.yaml']).not.toContain('#');
  });

  it('changes nothing on a second run', async () => {
    const dir = await copyOf(SITE_CONTENT);
    await rapikanFolder(dir);
    const once = await snapshot(dir);
    const again = await rapikanFolder(dir);
    expect(again).toMatchObject({ changed: [], unchanged: 40 });
    expect(await snapshot(dir)).toEqual(once);
  });

  it('writes nothing with --coba, and says what it would change', async () => {
    const dir = await copyOf(VALID_CONTENT);
    const before = await snapshot(dir);
    const { code, stdout } = await runCli('scripts/rapikan.ts', ['--konten', dir, '--coba']);
    expect(code).toBe(0);
    expect(stdout).toContain('layanan/sktm.md: 1 butir persyaratan ditulis sebagai kelompok isian «dokumen».');
    expect(stdout).toContain('✓ 5 berkas akan dirapikan (--coba: tidak ada yang ditulis)');
    expect(await snapshot(dir)).toEqual(before);
  });

  it('refuses a folder that fails the check, names the problem, and writes nothing', async () => {
    const dir = await copyOf(VALID_CONTENT);
    await cp(join(BROKEN, 'layanan/jumlah-salah.md'), join(dir, 'layanan/jumlah-salah.md'));
    const before = await snapshot(dir);
    const { code, stdout, stderr } = await runCli('scripts/rapikan.ts', ['--konten', dir]);
    expect(code).toBe(1);
    expect(stdout).toContain('jumlah-salah.md baris 7: «persyaratan» butir ke-1 «jumlah» harus lebih dari 0');
    expect(stderr.trim()).toBe(
      '✗ Konten belum lolos pemeriksaan (5 kesalahan di atas), jadi tidak ada berkas yang diubah. Perbaiki dulu, lalu jalankan npm run rapikan lagi.',
    );
    expect(await snapshot(dir)).toEqual(before);
  });
});
