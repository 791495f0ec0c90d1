// The synonyms staff can edit (sinonim.yaml beside this file), read when the site is built.
import { parse } from 'yaml';
import { z } from 'zod';
import raw from './sinonim.yaml?raw';

const synonymsSchema = z.array(z.array(z.string().min(1)).min(2));

export function parseSynonyms(yaml: string): string[][] {
  const result = synonymsSchema.safeParse(parse(yaml) ?? []);
  if (result.success) return result.data;
  const line = result.error.issues[0]?.path[0];
  throw new Error(
    `src/lib/search/sinonim.yaml${typeof line === 'number' ? ` kelompok ke-${line + 1}` : ''}: ` +
      'setiap baris harus berupa daftar minimal dua kata, misalnya [akta, akte]',
  );
}

export const synonyms: string[][] = parseSynonyms(raw);
