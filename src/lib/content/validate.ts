// Checks one parsed file against its schema and words every issue for staff.
import type { z } from 'zod';
import { describePath, errorMap, wordIssues } from '../../schema/messages.ts';
import { errorIn, type Problem } from '../problems.ts';
import type { ParsedYaml } from './parse-yaml.ts';

export type Validated<T> = { data: T; problems: [] } | { data?: undefined; problems: Problem[] };

/** `shape` is what the file holds at the top: key-value pairs (most files) or a list (pengalihan.yaml). */
export function validate<S extends z.ZodType>(
  schema: S,
  parsed: ParsedYaml,
  file: string,
  shape: 'map' | 'list' = 'map',
): Validated<z.output<S>> {
  if (shape === 'map' && (parsed.data === null || typeof parsed.data !== 'object' || Array.isArray(parsed.data))) {
    return { problems: [errorIn(file, 'berkas kosong atau tidak berisi pasangan "kunci: nilai"', { line: 1 })] };
  }
  const result = schema.safeParse(parsed.data, { error: errorMap });
  if (result.success) return { data: result.data, problems: [] };
  const problems = wordIssues(result.error.issues, parsed.data).map(({ path, message, fieldPath = path }) =>
    errorIn(file, message, {
      line: parsed.lineOf(path),
      field: fieldPath.length ? describePath(fieldPath, parsed.data) : undefined,
    }),
  );
  return { problems };
}
