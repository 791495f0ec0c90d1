// Reads and validates every content file, collecting all problems in one pass. Content is returned only
// when nothing is wrong, so a half-valid set is never published. Each kind of file has its loader; this
// module runs them in order and then the checks that need them all.
import { resolve } from 'node:path';
import type { z } from 'zod';
import { kecamatanSchema, type Content, type Kecamatan, type Layanan } from '../../schema/index.ts';
import { checkPromises } from '../printed/check-promises.ts';
import { ContentError, hasErrors, type Problem } from '../problems.ts';
import { contentFiles, contentPath, type ContentName } from './content-files.ts';
import { checkDesaSet, checkLayananSet, type Located } from './cross-checks.ts';
import { displayPath, type ShowPath } from './display-path.ts';
import { loadAcara } from './load-acara.ts';
import { loadDesa } from './load-desa.ts';
import { loadLayanan } from './load-layanan.ts';
import { loadPengalihan } from './load-pengalihan.ts';
import { loadSinonim } from './load-sinonim.ts';
import { loadSkm } from './load-skm.ts';
import { readContentFile } from './read-content-file.ts';
import { checkRegister } from './register-check.ts';
import { checkPrintedAddressLengths } from './qr-density-check.ts';
import { loadRegistry } from './registry-file.ts';

export interface LoadResult {
  content?: Content;
  /** Errors and warnings, in no particular order (see sortProblems). */
  problems: Problem[];
}

/** The content folder: `PELITA_CONTENT` if set (tests, benchmark, another kecamatan), else ./content. */
export function contentDir(): string {
  return resolve(process.env.PELITA_CONTENT || 'content');
}

/** How a kabupaten loads one of its kecamatan folders (src/lib/content/load-wilayah.ts). */
export interface KecamatanInKabupaten {
  /** File names in messages, relative to the kabupaten's content root. */
  show: ShowPath;
  /** kecamatan.yaml with the kabupaten's fields inherited. */
  kecamatanSchema: z.ZodType<Kecamatan>;
  /** The kabupaten's shared services; the kecamatan's own file of the same slug replaces one whole. */
  sharedLayanan: readonly Located<Layanan>[];
}

export async function loadContent(dir: string = contentDir(), within?: KecamatanInKabupaten): Promise<LoadResult> {
  const show = within?.show ?? displayPath(dir);
  const at = (name: ContentName) => [contentPath(dir, name), show(contentPath(dir, name))] as const;

  const kecamatan = await readContentFile(...at('kecamatan'), {
    ...contentFiles.kecamatan,
    schema: within?.kecamatanSchema ?? kecamatanSchema,
  });
  const desa = await loadDesa(contentPath(dir, 'desa'), show);
  const shared = within?.sharedLayanan ?? [];
  // With shared services a kecamatan needs no services of its own.
  const own = await loadLayanan(contentPath(dir, 'layanan'), show, {
    ...contentFiles.layanan,
    optional: shared.length > 0,
  });
  const replaced = new Set(own.layanan.map(({ entry }) => entry.slug));
  const layanan = {
    ...own,
    layanan: [...shared.filter(({ entry }) => !replaced.has(entry.slug)), ...own.layanan],
    files: own.files + shared.filter(({ entry }) => !replaced.has(entry.slug)).length,
  };
  const skm = await loadSkm(contentPath(dir, 'skm'), show);
  const acara = await loadAcara(
    contentPath(dir, 'acara'),
    show,
    layanan.layanan.map(({ entry }) => entry.slug),
  );
  const sinonim = await loadSinonim(...at('sinonim'));
  const pengalihan = await loadPengalihan(...at('pengalihan'));
  const registry = await loadRegistry(...at('dicetak'));

  const desaList = desa.desa.map(({ entry }) => entry);
  const layananList = layanan.layanan.map(({ entry }) => entry);
  const problems = [
    ...kecamatan.problems,
    ...desa.problems,
    ...layanan.problems,
    ...checkDesaSet(desa.desa),
    ...checkRegister(kecamatan.data, at('kecamatan')[1], desa.desa),
    ...checkPrintedAddressLengths({
      situs: kecamatan.data?.situs,
      kecamatanFile: at('kecamatan')[1],
      desa: desa.desa,
      layanan: layanan.layanan,
      acara: acara.located,
    }),
    ...checkLayananSet(layanan.layanan),
    ...skm.problems,
    ...acara.problems,
    ...sinonim.problems,
    ...pengalihan.problems,
    ...registry.problems,
    ...checkPromises({
      pengalihan,
      registry,
      desa: desaList,
      layanan: layananList,
      acara: acara.acara,
      situs: kecamatan.data?.situs,
      complete:
        desa.desa.length === desa.files &&
        layanan.layanan.length === layanan.files &&
        acara.acara.length === acara.files,
      shownDir: show(dir),
    }),
  ];
  if (hasErrors(problems) || !kecamatan.data) return { problems };
  return {
    content: {
      kecamatan: kecamatan.data,
      desa: desaList.sort((a, b) => a.nama.localeCompare(b.nama, 'id')),
      layanan: layananList.sort((a, b) => a.judul.localeCompare(b.judul, 'id')),
      skm: skm.skm,
      acara: acara.acara.sort((a, b) => a.tanggal.localeCompare(b.tanggal)),
      pengalihan: pengalihan.items,
      sinonim: sinonim.sinonim,
    },
    problems,
  };
}

/** For the site and the posters: the content, or a ContentError carrying the full report. */
export async function loadContentOrThrow(dir: string = contentDir()): Promise<Content> {
  const { content, problems } = await loadContent(dir);
  if (!content) throw new ContentError(problems);
  return content;
}
