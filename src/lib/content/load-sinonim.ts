// Reads content/sinonim.yaml, the search synonyms staff can edit. The file is optional: without it (or
// with an empty one) the search still finds services by their title, category, slug and kata_kunci.
import { sinonimSchema, type Sinonim } from '../../schema/index.ts';
import type { Problem } from '../problems.ts';
import { contentFiles } from './content-files.ts';
import { readContentFile } from './read-content-file.ts';

export async function loadSinonim(path: string, file: string): Promise<{ sinonim: Sinonim; problems: Problem[] }> {
  const read = await readContentFile(path, file, { ...contentFiles.sinonim, schema: sinonimSchema });
  return { sinonim: read.data ?? [], problems: read.problems };
}
