// Reads content/acara/: one markdown file per service fair. The folder is optional. Services are named
// by slug, and a slug that is not a service is an error naming it (with the closest existing slug).
import { acaraSchema, type Acara } from '../../schema/acara.ts';
import { errorIn, type Problem } from '../problems.ts';
import { closestMatch } from '../../core/edit-distance.ts';
import { contentFiles } from './content-files.ts';
import type { ShowPath } from './display-path.ts';
import { slugOf } from './file-slug.ts';
import { listFolder } from './list-folder.ts';
import { readContentFile } from './read-content-file.ts';
import type { Located } from './cross-checks.ts';

export async function loadAcara(
  dir: string,
  show: ShowPath,
  layananSlugs: readonly string[],
): Promise<{ acara: Acara[]; located: Located<Acara>[]; problems: Problem[]; files: number }> {
  const listing = await listFolder(dir, contentFiles.acara, show);
  const problems = [...listing.problems];
  const acara: Acara[] = [];
  const located: Located<Acara>[] = [];
  for (const path of listing.files) {
    const file = show(path);
    const { slug, problems: nameProblems } = slugOf(path, file, 'bazar-2027-02.md');
    if (!slug) {
      problems.push(...nameProblems);
      continue;
    }
    const read = await readContentFile(path, file, { format: 'markdown', schema: acaraSchema, isian: 'acara' });
    problems.push(...read.problems);
    if (!read.data || !read.body || !read.lineOf) continue;
    const { lineOf } = read;
    read.data.layanan.forEach((ref, index) => {
      if (layananSlugs.includes(ref)) return;
      const saran = closestMatch(ref, layananSlugs);
      const hint = saran
        ? `; mungkin maksudnya "${saran}"?`
        : '; tulis nama berkas layanan di content/layanan tanpa .md';
      problems.push(
        errorIn(file, `"${ref}" bukan layanan yang ada${hint}`, {
          line: lineOf(['layanan', index]),
          field: `«layanan» butir ke-${index + 1}`,
        }),
      );
    });
    const entry = { ...read.data, slug, catatan: read.body.text.trim() };
    acara.push(entry);
    located.push({ entry, file });
  }
  // `files` lets callers tell a file that failed to load (its page unknown) from a wrong reference.
  return { acara, located, problems, files: listing.files.length };
}
