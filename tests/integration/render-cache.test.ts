// The render cache as a rebuild meets it: a warm build takes every PDF and PNG from the cache, byte for
// byte what drawing gives; an edit redraws exactly the files that show what changed; a damaged entry is
// drawn again; and the worker pool makes the same bytes as one process.
import { readdir, readFile, truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generatePrintables } from '../../posters/generate.ts';
import { openRenderCache, decodeEntry, encodeEntry, type RenderCache } from '../../src/build/render-cache.ts';
import { renderPool } from '../../src/build/worker-pool.ts';
import { generateImages } from '../../src/images/generate.ts';
import { loadContentOrThrow } from '../../src/lib/content/load-content.ts';
import { contentWith, removeDir } from '../support/content-dir.ts';
import { tempDir } from '../support/temp-dir.ts';

interface Built {
  dir: string;
  /** Every file written, by path under the output folder. */
  drawn: string[];
  reused: string[];
}

async function build(contentDir: string, cache: RenderCache | undefined, pool = renderPool(1)): Promise<Built> {
  const content = await loadContentOrThrow(contentDir);
  const dir = await tempDir('cache-hasil');
  const common = { content, outDir: dir, cache };
  const printables = await generatePrintables({ ...common, kertas: ['a4'], printedOn: '2026-12-01', runner: pool.pdf });
  const images = await generateImages({ ...common, runner: pool.png });
  await pool.close();
  const files = [...printables.files, ...images];
  return {
    dir,
    drawn: files
      .filter((file) => !file.fromCache)
      .map((file) => file.path)
      .sort(),
    reused: files
      .filter((file) => file.fromCache)
      .map((file) => file.path)
      .sort(),
  };
}

async function outputs(dir: string): Promise<Map<string, Buffer>> {
  const names = (await readdir(dir, { recursive: true })).filter((name) => /\.(pdf|png)$/.test(name)).sort();
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(join(dir, name))] as const)));
}

async function edit(file: string, from: string | RegExp, to: string): Promise<void> {
  const text = await readFile(file, 'utf8');
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`nothing to replace in ${file}`);
  await writeFile(file, edited);
}

// The tests share one content folder and cache, and pass in any order (the suite may run shuffled): each
// starts from what the content is now, and the edit tests first bring the cache up to date.
describe('render cache', () => {
  let konten: string;
  let cacheRoot: string;

  beforeAll(async () => {
    konten = await contentWith();
    cacheRoot = await tempDir('cache');
  });
  afterAll(() => removeDir(konten));

  /** A build that leaves the shared cache holding the content as it is now. */
  const warmUp = async () => void (await build(konten, await openRenderCache(cacheRoot)));

  it('draws everything on the first build, then takes every file from the cache, byte for byte', async () => {
    const root = await tempDir('cache-pertama');
    const cold = await build(konten, await openRenderCache(root));
    expect(cold.reused).toEqual([]);
    expect(cold.drawn.length).toBeGreaterThan(8);
    const warm = await build(konten, await openRenderCache(root));
    expect(warm.drawn).toEqual([]);
    expect(await outputs(warm.dir)).toEqual(await outputs(cold.dir));
    const fresh = await build(konten, undefined);
    expect(await outputs(fresh.dir)).toEqual(await outputs(cold.dir));
  });

  it("redraws only a service's sheets when its requirements change", async () => {
    await warmUp();
    await edit(join(konten, 'layanan/sktm.md'), 'Fotokopi KTP-el', 'Fotokopi KTP-el pemohon');
    const after = await build(konten, await openRenderCache(cacheRoot));
    expect(after.drawn).toEqual(['lembar/besar/sktm.pdf', 'lembar/sktm.pdf']);
    const fresh = await build(konten, undefined);
    expect(await outputs(after.dir)).toEqual(await outputs(fresh.dir));
  });

  it('redraws the village posters, and that service’s sheets and images, when its title changes', async () => {
    await warmUp();
    await edit(join(konten, 'layanan/sktm.md'), /^judul: .*$/m, 'judul: Surat Keterangan Kurang Mampu (SKTM)');
    const after = await build(konten, await openRenderCache(cacheRoot));
    expect(after.drawn).toEqual([
      'lembar/besar/sktm.pdf',
      'lembar/sktm.pdf',
      'og/l/sktm.png',
      'poster/desa-betro-a4.pdf',
      'poster/desa-mojorejo-a4.pdf',
      'poster/semua-desa-a4.pdf',
      'sosmed/layanan-sktm.png',
    ]);
    expect(after.reused).toContain('lembar/pindah.pdf');
    const fresh = await build(konten, undefined);
    expect(await outputs(after.dir)).toEqual(await outputs(fresh.dir));
  });

  it('draws a damaged or half-written entry again instead of publishing it', async () => {
    const root = await tempDir('cache-rusak');
    await build(konten, await openRenderCache(root));
    const cache = await openRenderCache(root);
    const entries = (await readdir(cache.dir, { recursive: true })).filter((name) => name.endsWith('.bin')).sort();
    expect(entries.length).toBeGreaterThan(8);
    // An entry holds one file, or all of a kecamatan's village posters and all-villages files.
    const filesIn = async (name: string) => {
      const { facts } = decodeEntry(await readFile(join(cache.dir, name)))!;
      return Array.isArray(facts) ? facts.length : 1;
    };
    const damagedFiles = (await filesIn(entries[0]!)) + (await filesIn(entries[1]!));
    await truncate(join(cache.dir, entries[0]!), 100); // as if the build had stopped while writing
    const flipped = await readFile(join(cache.dir, entries[1]!));
    flipped[flipped.length - 1] = flipped.at(-1)! ^ 1; // one byte changed on disk
    await writeFile(join(cache.dir, entries[1]!), flipped);
    const after = await build(konten, cache);
    expect(cache.stats.damaged).toBe(2);
    expect(after.drawn).toHaveLength(damagedFiles);
    const fresh = await build(konten, undefined);
    expect(await outputs(after.dir)).toEqual(await outputs(fresh.dir));
    const healed = await build(konten, await openRenderCache(root));
    expect(healed.drawn).toEqual([]);
  });

  it('makes the same bytes in worker threads as in one process', async () => {
    const pooled = await build(konten, undefined, renderPool(2, 1));
    const single = await build(konten, undefined, renderPool(1));
    expect(await outputs(pooled.dir)).toEqual(await outputs(single.dir));
  });
});

describe('a cache entry', () => {
  it('gives back exactly what was stored, and nothing once a byte is changed', () => {
    const entry = encodeEntry({ bytes: new Uint8Array([1, 2, 3, 10, 4]), facts: { pages: [['a']] } });
    expect(decodeEntry(entry)).toEqual({ bytes: new Uint8Array([1, 2, 3, 10, 4]), facts: { pages: [['a']] } });
    const changed = Buffer.from(entry);
    changed[changed.length - 1] = 5;
    expect(decodeEntry(changed)).toBeUndefined();
    expect(decodeEntry(entry.subarray(0, entry.length - 1))).toBeUndefined();
  });
});
