// Reads content/layanan/: one markdown file per service, its fields in the frontmatter and its notes in
// the body. Notes that hold HTML or unsafe links are refused (src/lib/content/markdown-check.ts).
import { extname } from 'node:path';
import { layananSchema, type Layanan } from '../../schema/index.ts';
import type { Problem } from '../problems.ts';
import { contentFiles, type ContentFolder } from './content-files.ts';
import type { Located } from './cross-checks.ts';
import type { ShowPath } from './display-path.ts';
import { slugOf } from './file-slug.ts';
import { listFolder } from './list-folder.ts';
import { checkMarkdown } from './markdown-check.ts';
import { readContentFile } from './read-content-file.ts';

/** `files` counts the service files found, so callers can tell whether every one of them loaded. */
export async function loadLayanan(
  dir: string,
  show: ShowPath,
  folder: ContentFolder = contentFiles.layanan,
): Promise<{ layanan: Located<Layanan>[]; files: number; problems: Problem[] }> {
  const listing = await listFolder(dir, folder, show);
  const problems = [...listing.problems];
  const layanan: Located<Layanan>[] = [];
  for (const path of listing.files) {
    const file = show(path);
    const { slug, problems: nameProblems } = slugOf(path, file, `akta-lahir${extname(path)}`);
    const read = await readContentFile(path, file, { format: 'markdown', schema: layananSchema, isian: 'layanan' });
    const unsafe = read.body ? checkMarkdown(read.body.text, file, read.body.line) : [];
    problems.push(...nameProblems, ...read.problems, ...unsafe);
    if (read.data && read.body && unsafe.length === 0 && slug) {
      layanan.push({ entry: { ...read.data, catatan: read.body.text.trim(), slug }, file });
    }
  }
  return { layanan, files: listing.files.length, problems };
}
