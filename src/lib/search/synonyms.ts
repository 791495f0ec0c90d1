// The synonyms staff can edit (content/sinonim.yaml, optional), read when the site is built.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { contentDir } from '../content/load-content.ts';

export const SYNONYMS_FILE = 'sinonim.yaml';
const synonymsSchema = z.array(z.array(z.string().min(1)).min(2));

export function parseSynonyms(yaml: string, file = `content/${SYNONYMS_FILE}`): string[][] {
  let data: unknown;
  try {
    data = parse(yaml) ?? [];
  } catch (error) {
    throw new Error(`${file}: penulisan YAML salah (${(error as Error).message.split('\n')[0]})`);
  }
  const result = synonymsSchema.safeParse(data);
  if (result.success) return result.data;
  const group = result.error.issues[0]?.path[0];
  throw new Error(
    `${file}${typeof group === 'number' ? ` kelompok ke-${group + 1}` : ''}: ` +
      'setiap baris harus berupa daftar minimal dua kata, misalnya [akta, akte]',
  );
}

const loaded = new Map<string, Promise<string[][]>>();

/** The synonym groups of a content folder; none when it has no sinonim.yaml. Read once per build. */
export function loadSynonyms(dir: string = contentDir()): Promise<string[][]> {
  if (!loaded.has(dir)) loaded.set(dir, readSynonyms(dir));
  return loaded.get(dir)!;
}

async function readSynonyms(dir: string): Promise<string[][]> {
  const file = join(dir, SYNONYMS_FILE);
  const yaml = await readFile(file, 'utf8').catch((error: NodeJS.ErrnoException) => {
    if (error.code === 'ENOENT') return undefined;
    throw error;
  });
  return yaml === undefined ? [] : parseSynonyms(yaml, file);
}
