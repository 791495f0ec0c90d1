// Turns zod issues into sentences a kecamatan staff member can act on, in Bahasa Indonesia.
import { z } from 'zod';
import { closestMatch } from '../core/edit-distance.ts';
import { dokumenObjek } from './layanan.ts';
import { desaSchema, kontakSchema } from './desa.ts';
import { kecamatanSchema, pengaduanSchema } from './kecamatan.ts';
import { layananSchema } from './layanan.ts';
import { pengalihanItemSchema } from './pengalihan.ts';
import { cetakanSchema, dicetakSchema, posterTercatatSchema } from './dicetak.ts';
import { acaraSchema } from './acara.ts';
import { skmRingkasanSchema, unsurTerbitanSchema } from './skm.ts';

// Zod's own Indonesian messages cover the rare cases our schema does not word itself.
z.config(z.locales.id());

type Path = readonly PropertyKey[];

const TYPE_NAMES: Record<string, string> = {
  string: 'teks',
  number: 'angka',
  int: 'bilangan bulat',
  boolean: 'true atau false',
  array: 'daftar (setiap butir diawali tanda -)',
  object: 'kelompok isian (kunci: nilai)',
  date: 'tanggal',
};

/** Every key the content files may use, for "did you mean" suggestions on misspelt keys. */
const KNOWN_KEYS: readonly string[] = [
  ...new Set(
    [
      kecamatanSchema,
      pengaduanSchema,
      desaSchema,
      kontakSchema,
      layananSchema,
      dokumenObjek,
      pengalihanItemSchema,
      dicetakSchema,
      cetakanSchema,
      posterTercatatSchema,
      acaraSchema,
      skmRingkasanSchema,
      unsurTerbitanSchema,
    ].flatMap((schema) => Object.keys(schema.shape)),
  ),
].sort();

/** Names a field for staff: «persyaratan» butir ke-3 «dokumen». */
export function describePath(path: Path): string {
  return path.map((part) => (typeof part === 'number' ? `butir ke-${part + 1}` : `«${String(part)}»`)).join(' ');
}

export interface IssueMessage {
  path: Path;
  message: string;
  /** False when the message already names the key itself (unknown keys). */
  namesField?: boolean;
}

/** Words one zod issue; `raw` is the parsed file so a missing field reads "wajib diisi". */
export function wordIssue(issue: z.core.$ZodIssue, raw: unknown): IssueMessage[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => ({
      path: [...issue.path, key],
      message: unknownKeyMessage(key),
      namesField: false,
    }));
  }
  if (issue.code === 'invalid_type' && valueAt(raw, issue.path) === undefined) {
    return [{ path: issue.path, message: 'wajib diisi' }];
  }
  return [{ path: issue.path, message: issue.message }];
}

/** Parse-time error map: words type mismatches that the schema does not word itself. */
export const errorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') return `harus berupa ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
  return undefined;
};

function unknownKeyMessage(key: string): string {
  const suggestion = closestMatch(key.toLowerCase(), KNOWN_KEYS);
  const hint = suggestion ? `; mungkin maksudnya «${suggestion}»?` : '; periksa ejaannya atau hapus baris ini';
  return `kunci «${key}» tidak dikenal${hint}`;
}

function valueAt(value: unknown, path: Path): unknown {
  let current = value;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}
