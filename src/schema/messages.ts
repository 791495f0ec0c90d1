// Turns zod issues into sentences a kecamatan staff member can act on, in Bahasa Indonesia.
import { z } from 'zod';
import { closestMatch } from '../core/edit-distance.ts';
import { desaSchema, kontakSchema } from './desa.ts';
import { kecamatanSchema, pengaduanSchema } from './kecamatan.ts';
import { dokumenObjek, keperluanSchema, layananSchema } from './layanan.ts';
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
      keperluanSchema,
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

/**
 * Names a field for staff: «persyaratan» butir ke-3 «dokumen». A case of a service is also named by its
 * title when the file gives one, «keperluan» butir ke-2 ("KK hilang") «persyaratan», because staff look
 * for the case, not its position; `raw` is the parsed file the path points into.
 */
export function describePath(path: Path, raw?: unknown): string {
  return path
    .map((part, index) => {
      if (typeof part !== 'number') return `«${String(part)}»`;
      const judul = path[index - 1] === 'keperluan' && path[index + 1] !== 'judul' ? caseTitle(raw, path, index) : '';
      return `butir ke-${part + 1}${judul ? ` ("${judul}")` : ''}`;
    })
    .join(' ');
}

function caseTitle(raw: unknown, path: Path, index: number): string {
  const item = valueAt(raw, path.slice(0, index + 1));
  const judul = item && typeof item === 'object' ? (item as { judul?: unknown }).judul : undefined;
  return typeof judul === 'string' ? judul.trim() : '';
}

export interface IssueMessage {
  path: Path;
  message: string;
  /** The field the message is about, when not `path` itself: an unknown key is named by its parent. */
  fieldPath?: Path;
}

/**
 * Words a file's zod issues; `raw` is the parsed file so a missing field reads "wajib diisi". A key that
 * is only misspelt («judl» for «judul») is told once, as the misspelling, not again as a missing field.
 */
export function wordIssues(issues: readonly z.core.$ZodIssue[], raw: unknown): IssueMessage[] {
  const worded = issues.map((issue) => wordIssue(issue, raw));
  const suggested = new Set(worded.flat().flatMap((item) => (item.suggests ? [pathKey(item.suggests)] : [])));
  return worded.flat().filter((item) => !(item.missing && suggested.has(pathKey(item.path))));
}

type Worded = IssueMessage & { missing?: boolean; suggests?: Path };

function wordIssue(issue: z.core.$ZodIssue, raw: unknown): Worded[] {
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const suggestion = closestMatch(key.toLowerCase(), KNOWN_KEYS);
      return {
        path: [...issue.path, key],
        message: unknownKeyMessage(key, suggestion, issue.path.length > 0),
        fieldPath: issue.path,
        ...(suggestion ? { suggests: [...issue.path, suggestion] } : {}),
      };
    });
  }
  if (issue.code === 'invalid_type' && valueAt(raw, issue.path) === undefined) {
    return [{ path: issue.path, message: 'wajib diisi', missing: true }];
  }
  // A required field written with nothing after its colon, or emptied in the browser editor (null).
  if (issue.code === 'invalid_type' && valueAt(raw, issue.path) === null) {
    return [{ path: issue.path, message: 'tidak boleh kosong' }];
  }
  return [{ path: issue.path, message: issue.message }];
}

function pathKey(path: Path): string {
  return JSON.stringify(path.map(String));
}

/** Parse-time error map: words type mismatches that the schema does not word itself. */
export const errorMap: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === 'invalid_type') return `harus berupa ${TYPE_NAMES[issue.expected] ?? issue.expected}`;
  return undefined;
};

/** Nested, the sentence follows the parent's name: «keperluan» butir ke-1 berisi kunci «catatn» yang … */
function unknownKeyMessage(key: string, suggestion: string | undefined, nested: boolean): string {
  const hint = suggestion ? `; mungkin maksudnya «${suggestion}»?` : '; periksa ejaannya atau hapus baris ini';
  return nested ? `berisi kunci «${key}» yang tidak dikenal${hint}` : `kunci «${key}» tidak dikenal${hint}`;
}

function valueAt(value: unknown, path: Path): unknown {
  let current = value;
  for (const part of path) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<PropertyKey, unknown>)[part];
  }
  return current;
}
