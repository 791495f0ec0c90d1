// Reads content/desa/: one YAML file per village, named by the address its page gets.
import { extname } from 'node:path';
import { desaSchema, type Desa } from '../../schema/index.ts';
import type { Problem } from '../problems.ts';
import { contentFiles } from './content-files.ts';
import type { Located } from './cross-checks.ts';
import type { ShowPath } from './display-path.ts';
import { slugOf } from './file-slug.ts';
import { listFolder } from './list-folder.ts';
import { readContentFile } from './read-content-file.ts';

/** `files` counts the village files found, so callers can tell whether every one of them loaded. */
export async function loadDesa(
  dir: string,
  show: ShowPath,
): Promise<{ desa: Located<Desa>[]; files: number; problems: Problem[] }> {
  const listing = await listFolder(dir, contentFiles.desa, show);
  const problems = [...listing.problems];
  const desa: Located<Desa>[] = [];
  for (const path of listing.files) {
    const file = show(path);
    const { slug, problems: nameProblems } = slugOf(path, file, `akta-lahir${extname(path)}`);
    const read = await readContentFile(path, file, { format: 'yaml', schema: desaSchema });
    problems.push(...nameProblems, ...read.problems);
    if (read.data && slug) desa.push({ entry: { ...read.data, slug }, file });
  }
  return { desa, files: listing.files.length, problems };
}
