// The commands on a kabupaten's content root (issue 12), as staff and a CI job run them: the whole
// kabupaten, or one kecamatan with --kecamatan, each kecamatan with its own printed-URL registry.
import { existsSync } from 'node:fs';
import { cp, readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { KOTA_CONTENT, kotaWith } from '../support/kota.ts';
import { runCli as run } from '../support/run-cli.ts';
import { tempDir } from '../support/temp-dir.ts';

describe('npm run check pada folder kabupaten', () => {
  it('checks every kecamatan and says how many', async () => {
    const { code, stdout } = await run('scripts/check.ts', ['--konten', KOTA_CONTENT]);
    expect(code).toBe(0);
    expect(stdout).toContain('✓ Konten lolos pemeriksaan: 2 kecamatan (magersari, prajuritkulon), 5 layanan, 5 desa.');
  });

  it('checks only the kecamatan named by --kecamatan', async () => {
    const dir = await kotaWith({ 'kecamatan/prajuritkulon/desa/blooto.yaml': 'nama: Blooto\n' });
    const one = await run('scripts/check.ts', ['--konten', dir, '--kecamatan', 'magersari']);
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('✓ Konten lolos pemeriksaan: 1 kecamatan (magersari), 3 layanan, 2 desa.');
    const all = await run('scripts/check.ts', ['--konten', dir]);
    expect(all.code).toBe(1);
    expect(all.stdout).toContain('konten/kecamatan/prajuritkulon/desa/blooto.yaml');
  });

  it('refuses an unknown --kecamatan in one line, with the folder it probably means', async () => {
    const { code, stdout, stderr } = await run('scripts/check.ts', [
      '--konten',
      KOTA_CONTENT,
      '--kecamatan',
      'prajurit',
    ]);
    expect(code).toBe(1);
    expect(stderr.trim()).toBe(
      '✗ Kecamatan "prajurit" tidak ada di folder kecamatan/ (maksudnya prajuritkulon?); pilihannya: magersari, prajuritkulon.',
    );
    expect(stdout).not.toContain('✓');
  });
});

describe('npm run build dan posters pada folder kabupaten', () => {
  it('builds one kecamatan with --kecamatan: its folder alone, complete with its own scripts', async () => {
    const out = join(await tempDir('kota-satu'), 'dist');
    const { code, stdout } = await run('scripts/build.ts', [
      '--konten',
      KOTA_CONTENT,
      '--kecamatan',
      'magersari',
      '--keluar',
      out,
    ]);
    expect(code, stdout).toBe(0);
    expect(await readdir(out)).toEqual(['magersari']);
    for (const file of [
      'index.html',
      'l/sktm/index.html',
      'sw.js',
      'poster/desa-wates-a4.pdf',
      'sosmed/desa-wates.png',
    ]) {
      expect(existsSync(join(out, 'magersari', file)), file).toBe(true);
    }
    const page = await readFile(join(out, 'magersari/l/sktm/index.html'), 'utf8');
    const scripts = [...page.matchAll(/src="([^"]+)"/g)].map((match) => match[1]!);
    expect(scripts.filter((src) => !existsSync(join(out, src)))).toEqual([]);
    expect(stdout).toContain(`di ${out}/magersari/.`);
  }, 120_000);

  it('publishes, from one --kecamatan job per kecamatan and one --beranda job, exactly the full build', async () => {
    const root = await tempDir('kota-matriks');
    const build = (name: string, ...flags: string[]) =>
      run('scripts/build.ts', ['--konten', KOTA_CONTENT, '--keluar', join(root, name), ...flags]);
    // One after the other: Astro keeps its content store in the project, which CI jobs each have their own of.
    const jobs = [];
    for (const [name, ...flags] of [
      ['semua'],
      ['magersari', '--kecamatan', 'magersari'],
      ['prajuritkulon', '--kecamatan', 'prajuritkulon'],
      ['beranda', '--beranda'],
    ] as const) {
      jobs.push(await build(name, ...flags));
    }
    expect(jobs.map((job) => job.code)).toEqual([0, 0, 0, 0]);
    // Nothing beside the published folders: no staging folder, no images drawn beside the site.
    expect((await readdir(root)).sort()).toEqual(['beranda', 'magersari', 'prajuritkulon', 'semua']);
    expect(await readdir(join(root, 'prajuritkulon'))).toEqual(['prajurit']);
    const beranda = await readdir(join(root, 'beranda'));
    expect(beranda).toEqual(
      expect.arrayContaining(['404.html', '_headers', '_redirects', 'index.html', 'robots.txt', 'sitemap.xml']),
    );
    expect(beranda.filter((entry) => ['magersari', 'prajurit'].includes(entry))).toEqual([]);
    for (const job of ['beranda', 'magersari', 'prajuritkulon']) {
      await cp(join(root, job), join(root, 'gabungan'), { recursive: true });
    }
    const files = async (dir: string) => (await readdir(dir, { recursive: true })).sort();
    expect(await files(join(root, 'gabungan'))).toEqual(await files(join(root, 'semua')));
    for (const file of await files(join(root, 'semua'))) {
      if (!file.includes('.')) continue; // folders
      const [full, merged] = await Promise.all([
        readFile(join(root, 'semua', file)),
        readFile(join(root, 'gabungan', file)),
      ]);
      expect(merged.equals(full), file).toBe(true);
    }
  }, 300_000);

  it('records a release print run in the dicetak.json of the kecamatan printed, and nowhere else', async () => {
    const dir = await kotaWith();
    const out = join(await tempDir('kota-cetak'), 'dist');
    const { code, stdout } = await run('scripts/posters.ts', [
      '--konten',
      dir,
      '--kecamatan',
      'prajuritkulon',
      '--keluar',
      out,
      '--rilis',
    ]);
    expect(code, stdout).toBe(0);
    const registry = JSON.parse(await readFile(join(dir, 'kecamatan/prajuritkulon/dicetak.json'), 'utf8'));
    expect(registry.cetakan[0].situs).toBe('https://layanan.mojokertokota.go.id/prajurit/');
    expect(registry.cetakan[0].alamat).toContain('/d/3576011008/');
    expect(existsSync(join(dir, 'dicetak.json'))).toBe(false);
    expect(existsSync(join(dir, 'kecamatan/magersari/dicetak.json'))).toBe(false);
    expect(existsSync(join(out, 'prajurit/poster/desa-blooto-a4.pdf'))).toBe(true);

    // The promise now holds for that kecamatan: removing a printed village is refused with its file named.
    const { rm } = await import('node:fs/promises');
    await rm(join(dir, 'kecamatan/prajuritkulon/desa/blooto.yaml'));
    const check = await run('scripts/check.ts', ['--konten', dir]);
    expect(check.code).toBe(1);
    expect(check.stdout).toContain('/d/3576011008/');
    expect(check.stdout).toContain('kecamatan/prajuritkulon');
  }, 120_000);
});
