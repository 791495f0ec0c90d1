// Reads content/pengalihan.yaml, the list of old paths and the pages that replace them. The file is
// optional: without it (or with an empty one) there are no redirects.
import { pengalihanSchema } from '../../schema/index.ts';
import type { PengalihanFile } from '../printed/check-redirects.ts';
import type { Problem } from '../problems.ts';
import { contentFiles } from './content-files.ts';
import { readContentFile } from './read-content-file.ts';

export async function loadPengalihan(path: string, file: string): Promise<PengalihanFile & { problems: Problem[] }> {
  const read = await readContentFile(path, file, { ...contentFiles.pengalihan, schema: pengalihanSchema });
  const { lineOf } = read;
  return {
    file,
    items: read.data ?? [],
    lineOf: lineOf ? (index, key) => lineOf([index, key]) : () => 1,
    problems: read.problems,
  };
}
