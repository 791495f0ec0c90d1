// The one way a content file is read: text (src/lib/content/read-text.ts), then parsed by its format,
// then checked against its zod schema with every issue worded for staff. Whatever goes wrong comes back
// as problems in one shape, so every loader handles a file the same way.
import type { z } from 'zod';
import { errorIn, type Problem } from '../problems.ts';
import type { ContentFile, Format } from './content-files.ts';
import { splitFrontmatter } from './frontmatter.ts';
import { parseCsv, type CsvRow } from './parse-csv.ts';
import { parseJson } from './parse-json.ts';
import { parseYaml, type YamlResult } from './parse-yaml.ts';
import { readText } from './read-text.ts';
import { validate } from './validate.ts';

/** What reading one content file gives: its checked value, or the problems that kept it back. */
export interface ContentRead<T> {
  /** Undefined when there are problems, or when an optional file is absent or empty (then no problems). */
  data?: T;
  problems: Problem[];
  /** Once the file parsed: the file line of the value at a key path, or of its nearest parent. */
  lineOf?: (path: readonly PropertyKey[]) => number;
  /** Once a markdown file parsed: the text after its frontmatter, and the file line that text starts on. */
  body?: { text: string; line: number };
  /** Once the file was read: its text, without a BOM and with "\n" line endings. */
  text?: string;
}

type Common = Pick<ContentFile, 'optional' | 'emptyIsNone' | 'top'>;

/** A file with a schema: YAML, JSON, or markdown whose frontmatter holds the fields. */
export type SchemaSpec<S extends z.ZodType> = Partial<Common> & {
  format: Exclude<Format, 'csv'>;
  schema: S;
  /** Markdown: what the frontmatter describes ("layanan"), for the message when it is missing. */
  isian?: string;
};

/** A CSV file: its rows, checked by the caller (no zod schema describes a respondents' table). */
export type CsvSpec = Partial<Pick<Common, 'optional'>> & { format: 'csv' };

export function readContentFile(path: string, file: string, spec: CsvSpec): Promise<ContentRead<CsvRow[]>>;
export function readContentFile<S extends z.ZodType>(
  path: string,
  file: string,
  spec: SchemaSpec<S>,
): Promise<ContentRead<z.output<S>>>;
export async function readContentFile(
  path: string,
  file: string,
  spec: CsvSpec | SchemaSpec<z.ZodType>,
): Promise<ContentRead<unknown>> {
  const { text, problems } = await readText(path, file, spec.optional ?? false);
  if (text === undefined) return { problems };
  if (spec.format === 'csv') {
    const csv = parseCsv(text, file);
    return 'problems' in csv ? { problems: csv.problems, text } : { data: csv.rows, problems: [], text };
  }

  let parsed: YamlResult;
  let body: ContentRead<unknown>['body'];
  if (spec.format === 'markdown') {
    const parts = splitFrontmatter(text);
    if (!parts) {
      const message = `harus diawali baris "---", lalu isian ${spec.isian ?? 'berkas'}, lalu "---" lagi sebelum catatan`;
      return { problems: [errorIn(file, message, { line: 1 })], text };
    }
    parsed = parseYaml(parts.yaml, file, parts.yamlLineOffset);
    body = { text: parts.body, line: parts.bodyLine };
  } else {
    parsed = spec.format === 'json' ? parseJson(text, file) : parseYaml(text, file);
  }
  if ('problems' in parsed) return { problems: parsed.problems, text };

  const found = { lineOf: parsed.parsed.lineOf, text, ...(body ? { body } : {}) };
  if (spec.emptyIsNone && parsed.parsed.data === null) return { problems: [], ...found };
  const checked = validate(spec.schema, parsed.parsed, file, spec.top ?? 'map');
  return { ...checked, ...found };
}
