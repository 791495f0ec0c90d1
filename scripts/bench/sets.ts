// The bench's content sets, selectable with --set: the sample, a generated large kecamatan, and two sets
// generated from the official register in the kabupaten layout (content/kabupaten.yaml, shared
// layanan/, kecamatan/<slug>/). Each set says which content folders to build. Where the kabupaten layout
// cannot be built yet (npm run check refuses the root), a kabupaten is measured as it is built today:
// each kecamatan as its own site, one after another, with the shared services copied in.
import { execFile } from 'node:child_process';
import { cp } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { generateContent } from './generate-content.ts';
import {
  generateKabupaten,
  generateProvinsi,
  writeStandaloneKecamatan,
  type GeneratedKabupaten,
} from './generate-kabupaten.ts';

export const SET_NAMES = ['contoh', 'besar', 'kabupaten', 'provinsi'] as const;
export type SetName = (typeof SET_NAMES)[number];
export const DEFAULT_SETS: SetName[] = ['contoh', 'besar'];

export interface BenchSet {
  name: SetName;
  title: string;
  /** Content folders built one after another; together they are the set. */
  units: string[];
  /** How the set is built, as the report says it. */
  mode: string;
  /** Multiply sums by this to reach the whole set (a province measured on a sample of its kecamatan). */
  scale: number;
  /** Whether the detailed figures of one kecamatan's dist/ apply (one unit in the plain layout). */
  single: boolean;
}

export async function prepareSet(name: SetName, sampleDir: string, workDir: string, sample: number): Promise<BenchSet> {
  const dir = join(workDir, `konten-${name}`);
  switch (name) {
    case 'contoh':
      // A copy: the bench edits a service to time a rebuild, and content/ belongs to staff.
      await cp(sampleDir, dir, { recursive: true });
      return {
        name,
        title: `contoh (${sampleDir})`,
        units: [dir],
        mode: 'one kecamatan',
        scale: 1,
        single: true,
      };
    case 'besar':
      const made = await generateContent(sampleDir, dir, { layanan: 1000, desa: 300 });
      return {
        name,
        title: `besar (${made.layanan.toLocaleString('id-ID')} layanan, ${made.desa} desa dari ${made.kecamatan})`,
        units: [dir],
        mode: 'one kecamatan',
        scale: 1,
        single: true,
      };
    case 'kabupaten': {
      const kabupaten = await generateKabupaten(sampleDir, dir, '35.16');
      const title = `kabupaten (${kabupaten.nama}: ${describe([kabupaten])})`;
      if (await layoutBuilds(kabupaten.dir))
        return { name, title, units: [kabupaten.dir], mode: 'one site (kabupaten layout)', scale: 1, single: false };
      return { name, title, ...(await oneByOne([kabupaten], join(workDir, 'kecamatan-kabupaten'), Infinity)) };
    }
    case 'provinsi': {
      const roots = await generateProvinsi(sampleDir, dir, '35');
      const title = `provinsi (Jawa Timur: ${roots.length} kabupaten/kota, ${describe(roots)})`;
      if (await layoutBuilds(roots[0]!.dir)) {
        return {
          name,
          title,
          units: roots.map((root) => root.dir),
          mode: `${roots.length} kabupaten/kota sites, one after another`,
          scale: 1,
          single: false,
        };
      }
      return { name, title, ...(await oneByOne(roots, join(workDir, 'kecamatan-provinsi'), sample)) };
    }
  }
}

function describe(roots: readonly GeneratedKabupaten[]): string {
  const kecamatan = roots.flatMap((root) => root.kecamatan);
  const desa = kecamatan.reduce((sum, item) => sum + item.desa, 0);
  return `${kecamatan.length} kecamatan, ${desa.toLocaleString('id-ID')} desa/kelurahan, ${roots[0]!.sharedLayanan} layanan bersama + ${roots[0]!.ownLayanan} per kecamatan`;
}

/** Today's way: every kecamatan (or an evenly spread sample of `sample`) as a standalone folder. */
async function oneByOne(roots: readonly GeneratedKabupaten[], dir: string, sample: number) {
  const all = roots.flatMap((root) => root.kecamatan.map((kecamatan) => ({ root: root.dir, slug: kecamatan.slug })));
  const count = Math.min(all.length, sample);
  const picked = Array.from({ length: count }, (_, i) => all[Math.floor((i * all.length) / count)]!);
  const units: string[] = [];
  for (const [index, { root, slug }] of picked.entries()) {
    const target = join(dir, `${String(index).padStart(3, '0')}-${slug}`);
    await writeStandaloneKecamatan(root, slug, target);
    units.push(target);
  }
  const sampled =
    count < all.length
      ? `a sample of ${count} of ${all.length}, sums scaled by ${(all.length / count).toFixed(1)}`
      : `all ${count}`;
  return {
    units,
    mode: `each kecamatan built as its own site, one after another (${sampled}): the kabupaten layout does not build in this branch yet`,
    scale: all.length / count,
    single: false,
  };
}

/** Whether this branch's `npm run check` accepts a kabupaten root. */
async function layoutBuilds(root: string): Promise<boolean> {
  try {
    await promisify(execFile)(process.execPath, ['scripts/check.ts', '--konten', root], {
      maxBuffer: 64 * 1024 * 1024,
    });
    return true;
  } catch {
    return false;
  }
}
