// The browser's save check: the same zod schema and Indonesian wording as `npm run check`, plus the
// cross-file rules that can be decided with the data the page carries (editor-data.ts). Returns one
// line per problem, worded like the check's report; an empty list lets the save go ahead.
import { errorMap, describePath, wordIssues } from '../schema/messages.ts';
import { formatProblem, errorIn, type Problem } from '../lib/problems.ts';
import { crossFileProblems } from './cross-file.ts';
import type { EditorData } from './editor-data.ts';
import type { SavedEntry } from './saved-entry.ts';
import { EDITABLE_SCHEMAS } from './schemas.ts';

/** Where the entry lives, as staff see it in the check's report: content/layanan/sktm.md. */
export function fileOf(entry: Pick<SavedEntry, 'kind' | 'slug'>, folder: string): string {
  const name = {
    layanan: `layanan/${entry.slug}.md`,
    acara: `acara/${entry.slug}.md`,
    desa: `desa/${entry.slug}.yaml`,
    kecamatan: 'kecamatan.yaml',
    pengalihan: 'pengalihan.yaml',
    sinonim: 'sinonim.yaml',
  }[entry.kind];
  return folder ? `${folder}/${name}` : name;
}

export function checkEntry(entry: SavedEntry, data: EditorData): string[] {
  const file = fileOf(entry, data.folder);
  const result = EDITABLE_SCHEMAS[entry.kind].safeParse(entry.data, { error: errorMap });
  const problems: Problem[] = result.success
    ? crossFileProblems(entry, result.data, file, data)
    : wordIssues(result.error.issues, entry.data).map(({ path, message, fieldPath = path }) =>
        errorIn(file, message, { field: fieldPath.length ? describePath(fieldPath, entry.data) : undefined }),
      );
  return problems.filter((problem) => problem.level === 'galat').map(formatProblem);
}
