// Reads and validates every content file, collecting all problems in one pass. Content is returned only
// when nothing is wrong, so a half-valid set is never published.
import { readdir } from 'node:fs/promises';
import { dirname, extname, isAbsolute, join, relative, resolve } from 'node:path';
import { desaSchema, kecamatanSchema, layananSchema, SLUG, type Content, type Desa, type Layanan } from '../../schema/index.ts';
import { checkPromises } from '../printed/check-promises.ts';
import { ContentError, galat, hasErrors, type Problem } from '../problems.ts';
import { checkDesaSet, checkLayananSet } from './cross-checks.ts';
import { loadAcara } from './load-acara.ts';
import { loadSkm } from './load-skm.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { checkMarkdown } from './markdown-check.ts';
import { parseYaml, type ParsedYaml } from './parse-yaml.ts';
import { readText } from './read-text.ts';
import { loadSinonim, SINONIM_FILE } from './sinonim.ts';
import { validate } from './validate.ts';

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
  const problems: Problem[] = [];
  const show = displayPath(dir);

  const kecamatanFile = join(dir, 'kecamatan.yaml');
  const kecamatan = await loadYamlFile(kecamatanFile, show(kecamatanFile), problems, (parsed, file) => validate(kecamatanSchema, parsed, file));

  const desa: { entry: Desa; file: string }[] = [];
  const desaFiles = await listFiles(join(dir, 'desa'), ['.yaml', '.yml'], show, problems);
  for (const path of desaFiles) {
    const file = show(path);
    const slug = slugOf(path, file, problems);
    const data = await loadYamlFile(path, file, problems, (parsed) => validate(desaSchema, parsed, file));
    if (data && slug) desa.push({ entry: { ...data, slug }, file });
  }

  const layanan: { entry: Layanan; file: string }[] = [];
  const layananFiles = await listFiles(join(dir, 'layanan'), ['.md'], show, problems);
  for (const path of layananFiles) {
    const file = show(path);
    const slug = slugOf(path, file, problems);
    const entry = await loadLayanan(path, file, problems);
    if (entry && slug) layanan.push({ entry: { ...entry, slug }, file });
  }

  problems.push(...checkDesaSet(desa), ...checkLayananSet(layanan));
  // Optional folders: survey results and service fairs (issue 5).
  const skm = await loadSkm(join(dir, 'skm'), show);
  const acara = await loadAcara(join(dir, 'acara'), show, layanan.map(({ entry }) => entry.slug));
  problems.push(...skm.problems, ...acara.problems);
  const sinonimFile = join(dir, SINONIM_FILE);
  const sinonim = await loadSinonim(sinonimFile, show(sinonimFile), problems);
  const pengalihan = await checkPromises(
    {
      dir,
      show,
      desa: desa.map(({ entry }) => entry),
      layanan: layanan.map(({ entry }) => entry),
      acara: acara.acara,
      situs: kecamatan?.situs,
      complete:
        desa.length === desaFiles.length && layanan.length === layananFiles.length && acara.acara.length === acara.files,
    },
    problems,
  );
  if (hasErrors(problems) || !kecamatan) return { problems };
  return {
    content: {
      kecamatan,
      desa: desa.map(({ entry }) => entry).sort((a, b) => a.nama.localeCompare(b.nama, 'id')),
      layanan: layanan.map(({ entry }) => entry).sort((a, b) => a.judul.localeCompare(b.judul, 'id')),
      skm: skm.skm,
      acara: acara.acara.sort((a, b) => a.tanggal.localeCompare(b.tanggal)),
      pengalihan,
      sinonim,
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

async function loadYamlFile<T>(
  path: string,
  file: string,
  problems: Problem[],
  check: (parsed: ParsedYaml, file: string) => { data?: T; problems: Problem[] },
): Promise<T | undefined> {
  const read = await readText(path, file).catch(() => undefined);
  if (!read) {
    problems.push(galat(file, 'berkas tidak ditemukan atau tidak bisa dibaca'));
    return undefined;
  }
  if ('problem' in read) return void problems.push(read.problem);
  const result = parseYaml(read.text, file);
  if ('problems' in result) return void problems.push(...result.problems);
  const checked = check(result.parsed, file);
  problems.push(...checked.problems);
  return checked.data;
}

async function loadLayanan(path: string, file: string, problems: Problem[]): Promise<Omit<Layanan, 'slug'> | undefined> {
  const read = await readText(path, file);
  if ('problem' in read) return void problems.push(read.problem);
  const parts = splitFrontmatter(read.text);
  if (!parts) {
    return void problems.push(galat(file, 'harus diawali baris "---", lalu isian layanan, lalu "---" lagi sebelum catatan', { line: 1 }));
  }
  const result = parseYaml(parts.yaml, file, parts.yamlLineOffset);
  if ('problems' in result) return void problems.push(...result.problems);
  const checked = validate(layananSchema, result.parsed, file);
  const unsafe = checkMarkdown(parts.body, file, parts.bodyLine);
  problems.push(...checked.problems, ...unsafe);
  if (unsafe.length > 0) return undefined;
  return checked.data ? { ...checked.data, catatan: parts.body.trim() } : undefined;
}

async function listFiles(dir: string, extensions: string[], show: (path: string) => string, problems: Problem[]): Promise<string[]> {
  const names = await readdir(dir).catch(() => undefined);
  if (!names) {
    problems.push(galat(show(dir), 'folder tidak ditemukan'));
    return [];
  }
  const files = names.filter((name) => extensions.includes(extname(name)) && !name.startsWith('.')).sort();
  if (files.length === 0) problems.push(galat(show(dir), `folder kosong; tambahkan minimal satu berkas ${extensions[0]}`));
  return files.map((name) => join(dir, name));
}

/** Paths as staff know them: "content/layanan/sktm.md", relative to the project, or to the folder's parent. */
function displayPath(dir: string): (path: string) => string {
  const fromCwd = relative(process.cwd(), dir);
  const root = fromCwd.startsWith('..') || isAbsolute(fromCwd) ? dirname(dir) : process.cwd();
  return (path) => relative(root, path) || path;
}

function slugOf(path: string, file: string, problems: Problem[]): string | undefined {
  const slug = path.slice(path.lastIndexOf('/') + 1, -extname(path).length);
  if (SLUG.test(slug)) return slug;
  problems.push(galat(file, `nama berkas "${slug}" tidak bisa dipakai sebagai alamat: gunakan huruf kecil, angka dan tanda hubung saja, misalnya "akta-lahir${extname(path)}"`, { field: 'Nama berkas' }));
  return undefined;
}
