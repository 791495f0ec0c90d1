// Reads and validates every content file, collecting all problems in one pass. Content is returned only
// when nothing is wrong, so a half-valid set is never published. Each kind of file has its loader; this
// module runs them in order and then the checks that need them all.
import { resolve } from 'node:path';
import { kecamatanSchema, type Content } from '../../schema/index.ts';
import { checkPromises } from '../printed/check-promises.ts';
import { ContentError, hasErrors, type Problem } from '../problems.ts';
import { contentFiles, contentPath, type ContentName } from './content-files.ts';
import { checkDesaSet, checkLayananSet } from './cross-checks.ts';
import { displayPath } from './display-path.ts';
import { loadAcara } from './load-acara.ts';
import { loadDesa } from './load-desa.ts';
import { loadLayanan } from './load-layanan.ts';
import { loadPengalihan } from './load-pengalihan.ts';
import { loadSinonim } from './load-sinonim.ts';
import { loadSkm } from './load-skm.ts';
import { readContentFile } from './read-content-file.ts';
import { checkRegister } from './register-check.ts';
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

export async function loadContent(dir: string = contentDir()): Promise<LoadResult> {
  const show = displayPath(dir);
  const at = (name: ContentName) => [contentPath(dir, name), show(contentPath(dir, name))] as const;

  const kecamatan = await readContentFile(...at('kecamatan'), { ...contentFiles.kecamatan, schema: kecamatanSchema });
  const desa = await loadDesa(contentPath(dir, 'desa'), show);
  const layanan = await loadLayanan(contentPath(dir, 'layanan'), show);
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
