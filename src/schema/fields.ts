// Building blocks shared by the content schemas. Messages are Bahasa Indonesia because the people who
// read them are kecamatan staff editing content, not programmers.
import { z } from 'zod';
import { today } from '../core/clock.ts';
import { isIsoDate } from '../core/dates.ts';

/**
 * What the browser editor writes for a field staff left empty: `null`, `''` (or only spaces) and `[]`.
 * In an optional field these mean "not written"; a required field left empty is still an error.
 */
export function isAbsent(value: unknown): boolean {
  return (
    value === null || (typeof value === 'string' && value.trim() === '') || (Array.isArray(value) && value.length === 0)
  );
}

const absentAsUndefined = (value: unknown) => (isAbsent(value) ? undefined : value);

/** An optional field: missing, or left empty in the editor, it is absent. */
export const optional = <T extends z.ZodType>(schema: T) => z.preprocess(absentAsUndefined, schema.optional());

/** A field with a default: missing, or left empty in the editor, it takes the default. */
export const withDefault = <T extends z.ZodType>(schema: T, fallback: z.util.NoUndefined<z.output<T>>) =>
  z.preprocess(absentAsUndefined, schema.default(fallback as never));

/**
 * For `.overwrite()` on an object with optional fields: a key written empty leaves `undefined` behind,
 * and the loaded entry must be the same as if the key had not been written at all.
 */
export function dropUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, item]) => item !== undefined)) as T;
}

/** Non-empty text; surrounding spaces are trimmed so "  " counts as empty. */
export const nonEmptyText = () => z.string().trim().min(1, { error: 'tidak boleh kosong' });

/** A list of non-empty texts. */
export const nonEmptyTextList = () => z.array(nonEmptyText());

/** Kemendagri region code of a village: PP.KK.CC.DDDD, the village part starting with 1 or 2. */
export const KODE_WILAYAH = /^\d{2}\.\d{2}\.\d{2}\.[12]\d{3}$/;

/** File-name slugs: lower-case words joined by single hyphens, so URLs stay short and typeable. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A calendar date written as YYYY-MM-DD that really exists (no 2025-02-30) and is not in the future. */
export const pastIsoDate = () =>
  z
    .string({ error: 'harus berupa tanggal dengan format TTTT-BB-HH, misalnya 2025-07-14' })
    .regex(/^\d{4}-\d{2}-\d{2}$/, {
      error: 'harus berupa tanggal dengan format TTTT-BB-HH, misalnya 2025-07-14',
      // A text that is no date at all needs one message, not three.
      abort: true,
    })
    .refine(isIsoDate, { error: 'bukan tanggal yang ada di kalender', abort: true })
    .refine((value) => value <= today(), { error: 'tidak boleh tanggal di masa depan' })
    // Tells the editor (through the JSON Schema) to offer a date picker; the messages above stay ours.
    .meta({ format: 'date' });

/** An absolute https URL; a trailing slash is added so relative paths resolve beneath it. */
export const httpsUrl = () =>
  z
    .string({ error: 'harus berupa alamat situs, misalnya https://kemlagi.mojokertokab.go.id/' })
    .trim()
    .refine((value) => URL.canParse(value) && new URL(value).protocol === 'https:', {
      error: 'harus berupa alamat lengkap yang diawali https://',
    });

/** A link a resident can open: http(s), or a phone/SMS/mail link for complaint channels. */
export const linkUrl = () =>
  z
    .string({ error: 'harus berupa alamat tautan' })
    .trim()
    .refine(
      (value) =>
        URL.canParse(value) && ['https:', 'http:', 'tel:', 'sms:', 'mailto:'].includes(new URL(value).protocol),
      {
        error: 'harus berupa tautan yang diawali https://, tel:, sms: atau mailto:',
      },
    );
