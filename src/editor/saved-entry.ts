// What a save in the editor hands to our check, taken out of Sveltia's event: which file, and its data
// as it will be written (empty optional values dropped, as output.omit_empty_optional_fields does).
import type { CollectionName } from './schemas.ts';

export interface SavedEntry {
  /** The schema that governs the file. */
  kind: CollectionName;
  /** File name without extension for folder collections; the file's name for kecamatan/pengalihan/sinonim. */
  slug: string;
  newRecord: boolean;
  /** The file as it will be parsed: frontmatter without the markdown body, or the top-level list. */
  data: unknown;
}

const FILE_KINDS = new Set<string>(['kecamatan', 'pengalihan', 'sinonim']);

/** `entry` is Sveltia's entry as a plain object (entry.toJS()). */
export function savedEntry(entry: {
  collection: string;
  slug: string;
  newRecord?: boolean;
  data: Record<string, unknown>;
}): SavedEntry | undefined {
  const kind = (entry.collection === 'kecamatan' ? entry.slug : entry.collection) as CollectionName;
  if (!['layanan', 'desa', 'acara', ...FILE_KINDS].includes(kind)) return undefined;
  const { body: _body, ...fields } = entry.data;
  // A root list arrives under its field's name (the file name), or as the data itself.
  const data = FILE_KINDS.has(kind) && kind !== 'kecamatan' ? (fields[kind] ?? Object.values(fields)[0] ?? []) : fields;
  return { kind, slug: entry.slug, newRecord: entry.newRecord === true, data: withoutEmpty(data) };
}

/** Sveltia's own bookkeeping keys in list items (never written to the file). */
const INTERNAL_KEY = /^__sc_/;

/**
 * Drops null, undefined and "" values of object keys (not list items: an empty item is a mistake), and
 * Sveltia's bookkeeping keys.
 */
export function withoutEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(withoutEmpty);
  if (value === null || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value)
      .filter(([key, item]) => !INTERNAL_KEY.test(key) && item !== null && item !== undefined && item !== '')
      .map(([key, item]) => [key, withoutEmpty(item)]),
  );
}
