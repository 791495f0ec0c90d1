// Reads a content root in either layout: one kecamatan (kecamatan.yaml at the root, as always), or a
// kabupaten (kabupaten.yaml, shared services in layanan/, one kecamatan folder each under kecamatan/).
// Each kecamatan folder is loaded by loadContent with the kabupaten's fields inherited and its shared
// services merged, so one kecamatan of a kabupaten is exactly what one kecamatan alone is. Every message
// names files relative to the content root; nothing is returned unless every selected folder is valid.
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { closestMatch } from '../../core/edit-distance.ts';
import { UserError } from '../../core/user-error.ts';
import {
  kabupatenSchema,
  kecamatanInKabupatenSchema,
  type Content,
  type Kabupaten,
  type Layanan,
} from '../../schema/index.ts';
import { errorIn, hasErrors, type Problem } from '../problems.ts';
import { sitePathOf } from '../urls.ts';
import { contentFiles, contentPath } from './content-files.ts';
import type { Located } from './cross-checks.ts';
import { displayPath, type ShowPath } from './display-path.ts';
import { checkKabupatenKode } from './check-kabupaten-kode.ts';
import { listKecamatanFolders } from './list-kecamatan.ts';
import { loadContent } from './load-content.ts';
import { loadLayanan } from './load-layanan.ts';
import { readContentFile } from './read-content-file.ts';

/** One kecamatan's site: its content and where it lives in the one build. */
export interface KecamatanSite {
  /** The folder name under kecamatan/ (in a lone kecamatan: the content folder's own name). */
  slug: string;
  dir: string;
  /** Its path under the build's base path, with slashes: "/" alone, "/kemlagi/" in a kabupaten. */
  base: string;
  content: Content;
}

export interface Wilayah {
  /** Absent for a lone kecamatan folder. */
  kabupaten?: Kabupaten;
  kecamatan: KecamatanSite[];
}

export interface WilayahResult {
  wilayah?: Wilayah;
  problems: Problem[];
}

export interface WilayahOptions {
  /** Only this kecamatan of a kabupaten (`--kecamatan`); unknown names are a UserError with a hint. */
  kecamatan?: string | undefined;
}

/** True when `dir` is a kabupaten's content root rather than one kecamatan's folder. */
export function isKabupatenDir(dir: string): boolean {
  return !existsSync(contentPath(dir, 'kecamatan')) && existsSync(contentPath(dir, 'kabupaten'));
}

export async function loadWilayah(dir: string, options: WilayahOptions = {}): Promise<WilayahResult> {
  // Both files at one root: which layout was meant is unclear, and guessing would publish the wrong site.
  if (existsSync(contentPath(dir, 'kecamatan')) && existsSync(contentPath(dir, 'kabupaten'))) {
    const show = displayPath(dir);
    const message = `tidak boleh berada di folder yang sama dengan ${contentFiles.kecamatan.name}; untuk satu kabupaten pindahkan setiap kecamatan ke ${contentFiles.kecamatanFolders.name}/<nama>/, untuk satu kecamatan hapus berkas ini`;
    return { problems: [errorIn(show(contentPath(dir, 'kabupaten')), message)] };
  }
  if (!isKabupatenDir(dir)) {
    if (options.kecamatan !== undefined) {
      throw new UserError(
        `--kecamatan hanya untuk folder kabupaten (berisi ${contentFiles.kabupaten.name}); folder ini satu kecamatan, jalankan tanpa --kecamatan.`,
      );
    }
    const { content, problems } = await loadContent(dir);
    const slug = resolve(dir).split(/[\\/]/).at(-1) ?? '';
    return { problems, ...(content ? { wilayah: { kecamatan: [{ slug, dir, base: '/', content }] } } : {}) };
  }
  const show = displayPath(dir);
  const kabupatenFile = contentPath(dir, 'kabupaten');
  const kabupaten = await readContentFile(kabupatenFile, show(kabupatenFile), {
    ...contentFiles.kabupaten,
    optional: false,
    schema: kabupatenSchema,
  });
  const shared = await loadLayanan(contentPath(dir, 'layananBersama'), show, contentFiles.layananBersama);
  const folders = await listKecamatanFolders(contentPath(dir, 'kecamatanFolders'), show);
  const selected = selectKecamatan(folders.slugs, options.kecamatan);
  const problems = [...kabupaten.problems, ...shared.problems, ...folders.problems];
  // Without a valid kabupaten.yaml nothing can be inherited, and a broken shared service would echo in every
  // kecamatan (each event naming it would call it unknown): the kabupaten's own files come first, alone.
  if (!kabupaten.data || hasErrors(problems)) return { problems };
  const sites = await loadKecamatanSites(dir, selected, kabupaten.data, shared.layanan, show, problems);
  problems.push(...checkSitusSet(sites, kabupaten.data, show));
  if (hasErrors(problems)) return { problems };
  return { wilayah: { kabupaten: kabupaten.data, kecamatan: sites }, problems };
}

async function loadKecamatanSites(
  dir: string,
  slugs: readonly string[],
  kabupaten: Kabupaten,
  sharedLayanan: readonly Located<Layanan>[],
  show: ShowPath,
  problems: Problem[],
): Promise<KecamatanSite[]> {
  const sites: KecamatanSite[] = [];
  for (const slug of slugs) {
    const kecamatanDir = join(contentPath(dir, 'kecamatanFolders'), slug);
    const kecamatanSchema = kecamatanInKabupatenSchema(kabupaten, slug);
    const loaded = await loadContent(kecamatanDir, { show, kecamatanSchema, sharedLayanan });
    problems.push(...loaded.problems);
    if (!loaded.content) continue;
    const outside = await checkKabupatenKode(kabupaten, kecamatanDir, loaded.content.desa, show);
    problems.push(...outside);
    if (outside.length > 0) continue;
    const base = sitePathOf(kabupaten.situs, loaded.content.kecamatan.situs) ?? '/';
    sites.push({ slug, dir: kecamatanDir, base, content: loaded.content });
  }
  return sites;
}

/** The folders to load: all, or the one `--kecamatan` names. */
function selectKecamatan(slugs: readonly string[], wanted: string | undefined): readonly string[] {
  if (wanted === undefined) return slugs;
  if (slugs.includes(wanted)) return [wanted];
  // A folder name typed short ("prajurit" for prajuritkulon) is as likely as a typo.
  const near = slugs.find((slug) => slug.startsWith(wanted)) ?? closestMatch(wanted, slugs);
  const hint = near ? ` (maksudnya ${near}?)` : '';
  throw new UserError(
    `Kecamatan "${wanted}" tidak ada di folder ${contentFiles.kecamatanFolders.name}/${hint}; pilihannya: ${slugs.join(', ')}.`,
  );
}

/** Two kecamatan may not share an address, nor lie one inside the other: their pages would collide. */
function checkSitusSet(sites: readonly KecamatanSite[], kabupaten: Kabupaten, show: ShowPath): Problem[] {
  const problems: Problem[] = [];
  for (const [index, site] of sites.entries()) {
    const { situs } = site.content.kecamatan;
    const other = sites.slice(0, index).find(({ content }) => {
      const theirs = content.kecamatan.situs;
      return situs.startsWith(theirs) || theirs.startsWith(situs);
    });
    if (!other) continue;
    problems.push(
      errorIn(
        show(contentPath(site.dir, 'kecamatan')),
        `${situs} bertumpuk dengan alamat kecamatan ${other.slug} (${other.content.kecamatan.situs}); beri setiap kecamatan alamat sendiri di bawah ${kabupaten.situs}`,
        { field: '«situs»' },
      ),
    );
  }
  return problems;
}
