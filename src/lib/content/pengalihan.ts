// Reads content/pengalihan.yaml, the list of old paths and the pages that replace them. The file is
// optional: without it there are no redirects.
import { existsSync } from 'node:fs';
import { pengalihanSchema, type Pengalihan } from '../../schema/index.ts';
import type { Problem } from '../problems.ts';
import { parseYaml } from './parse-yaml.ts';
import { readText } from './read-text.ts';
import { validate } from './validate.ts';

export interface PengalihanFile {
  file: string;
  items: Pengalihan[];
  /** The file line of item `index`'s `dari` or `ke`, for messages. */
  lineOf: (index: number, key: 'dari' | 'ke') => number;
}

export async function loadPengalihan(path: string, file: string, problems: Problem[]): Promise<PengalihanFile> {
  const none: PengalihanFile = { file, items: [], lineOf: () => 1 };
  if (!existsSync(path)) return none;
  const read = await readText(path, file);
  if ('problem' in read) return (problems.push(read.problem), none);
  const result = parseYaml(read.text, file);
  if ('problems' in result) return (problems.push(...result.problems), none);
  // An empty file (or one with only comments) means no redirects yet.
  if (result.parsed.data === null) return none;
  const checked = validate(pengalihanSchema, result.parsed, file, 'list');
  problems.push(...checked.problems);
  return {
    file,
    items: checked.data ?? [],
    lineOf: (index, key) => result.parsed.lineOf([index, key]),
  };
}
