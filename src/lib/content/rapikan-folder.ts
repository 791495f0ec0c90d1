// `npm run rapikan`: rewrites a content folder in the form the browser editor saves (rapikan-text.ts),
// only when the folder passes the content check, and only when the rewritten folder loads to exactly
// the same content. Files are written through hidden temporary files and renamed into place, so a file
// is never half-written; survey results (skm/) and dicetak.json are not editor files and stay as they are.
import { cp, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, dirname, join, relative } from 'node:path';
import { isDeepStrictEqual } from 'node:util';
import type { Content } from '../../schema/index.ts';
import { hasErrors, type Problem } from '../problems.ts';
import { contentFiles, contentPath, type ContentFolder, type ContentName } from './content-files.ts';
import { displayPath } from './display-path.ts';
import { listFolder } from './list-folder.ts';
import { loadContent } from './load-content.ts';
import { rapikanText, type RapikanKind } from './rapikan-text.ts';

export interface RapikanFile {
  /** The file as messages name it ("content/layanan/sktm.md"). */
  file: string;
  changes: string[];
}

export type RapikanResult =
  { refused: Problem[] } | { refused?: undefined; changed: RapikanFile[]; unchanged: number; written: boolean };

interface Planned extends RapikanFile {
  path: string;
  text: string;
}

/** `write: false` reports what would change and writes nothing. */
export async function rapikanFolder(dir: string, { write = true } = {}): Promise<RapikanResult> {
  const before = await loadContent(dir);
  if (!before.content || hasErrors(before.problems)) return { refused: before.problems };

  const show = displayPath(dir);
  const plan: Planned[] = [];
  let unchanged = 0;
  for (const { path, format, kind } of await editorFiles(dir)) {
    const original = normalise(await readFile(path, 'utf8'));
    const { text, changes } = rapikanText(original, format, kind);
    if (changes.length === 0) unchanged++;
    else plan.push({ path, text, changes, file: show(path) });
  }
  if (plan.length > 0) await proveSameContent(dir, plan, before.content);
  if (write) await writeAll(plan);
  return { changed: plan.map(({ file, changes }) => ({ file, changes })), unchanged, written: write };
}

/** The files the editor writes, with how each is written and what it holds. */
async function editorFiles(dir: string) {
  const show = displayPath(dir);
  const files: { path: string; format: 'yaml' | 'markdown'; kind: RapikanKind }[] = [
    { path: contentPath(dir, 'kecamatan'), format: 'yaml', kind: 'kecamatan' },
  ];
  const folders = [
    ['desa', contentFiles.desa, 'yaml'],
    ['layanan', contentFiles.layanan, 'markdown'],
    ['acara', contentFiles.acara, 'markdown'],
  ] as const satisfies [ContentName & RapikanKind, ContentFolder, 'yaml' | 'markdown'][];
  for (const [name, folder, format] of folders) {
    const listing = await listFolder(contentPath(dir, name), folder, show);
    files.push(...listing.files.map((path) => ({ path, format, kind: name })));
  }
  // The optional top-level lists, when the folder has them (the check has read them, so they exist or not).
  for (const name of ['pengalihan', 'sinonim'] as const) {
    const path = contentPath(dir, name);
    if (await exists(path)) files.push({ path, format: 'yaml', kind: name });
  }
  return files;
}

/** Loads a copy of the folder with the rewritten files; anything but the same content is a bug here. */
async function proveSameContent(dir: string, plan: readonly Planned[], expected: Content): Promise<void> {
  const copy = await mkdtemp(join(tmpdir(), 'pelita-rapikan-'));
  try {
    await cp(dir, copy, { recursive: true });
    for (const { path, text } of plan) await writeFile(join(copy, relative(dir, path)), text);
    const after = await loadContent(copy);
    const differs = (Object.keys(expected) as (keyof Content)[]).filter(
      (key) => !isDeepStrictEqual(after.content?.[key], expected[key]),
    );
    if (!after.content || differs.length > 0) {
      throw new Error(
        `rapikan would change the loaded content (${after.content ? differs.join(', ') : 'it no longer loads'}); nothing was written`,
      );
    }
  } finally {
    await rm(copy, { recursive: true, force: true });
  }
}

/** Every new text beside its file first, then the renames: a failure leaves the old files whole. */
async function writeAll(plan: readonly Planned[]): Promise<void> {
  // Hidden names, so a temporary file left by a crash is never read as content (list-folder.ts).
  const temporary = (path: string) => join(dirname(path), `.${basename(path)}.rapikan`);
  try {
    for (const { path, text } of plan) await writeFile(temporary(path), text);
  } catch (error) {
    await Promise.all(plan.map(({ path }) => rm(temporary(path), { force: true })));
    throw error;
  }
  for (const { path } of plan) await rename(temporary(path), path);
}

/** As the loader reads a file: no BOM, "\n" line endings. */
function normalise(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

async function exists(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isFile() ?? false;
}
