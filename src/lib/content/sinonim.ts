// Reads content/sinonim.yaml, the search synonyms staff can edit. The file is optional: without it the
// search still finds services by their title, category, slug and kata_kunci.
import { existsSync } from 'node:fs';
import { sinonimSchema, type Sinonim } from '../../schema/index.ts';
import type { Problem } from '../problems.ts';
import { parseYaml } from './parse-yaml.ts';
import { readText } from './read-text.ts';
import { validate } from './validate.ts';

export const SINONIM_FILE = 'sinonim.yaml';

export async function loadSinonim(path: string, file: string, problems: Problem[]): Promise<Sinonim> {
  if (!existsSync(path)) return [];
  const read = await readText(path, file);
  if ('problem' in read) return (problems.push(read.problem), []);
  const result = parseYaml(read.text, file);
  if ('problems' in result) return (problems.push(...result.problems), []);
  // An empty file (or one with only comments) means no synonyms yet.
  if (result.parsed.data === null) return [];
  const checked = validate(sinonimSchema, result.parsed, file, 'list');
  problems.push(...checked.problems);
  return checked.data ?? [];
}
