// The synonyms staff can edit (sinonim.yaml beside this file), read when the site is built.
import { parse } from 'yaml';
import { z } from 'zod';
import raw from './sinonim.yaml?raw';

const synonymsSchema = z.array(z.array(z.string().min(1)).min(2), {
  error: 'src/lib/search/sinonim.yaml: setiap baris harus berupa daftar minimal dua kata, misalnya [akta, akte]',
});

export function parseSynonyms(yaml: string): string[][] {
  return synonymsSchema.parse(parse(yaml) ?? []);
}

export const synonyms: string[][] = parseSynonyms(raw);
