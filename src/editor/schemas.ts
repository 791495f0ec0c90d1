// The zod schema of each file staff edit in the browser, by collection name. The editor's form is
// generated from these and the browser's save check runs them, so both follow src/schema alone. A new
// field needs nothing here (give it `.meta({ title, description })` in Bahasa Indonesia); a new content
// file needs its schema here and its collection in collections.ts.
import type { z } from 'zod';
import { desaSchema, kecamatanSchema, layananSchema, pengalihanSchema, sinonimSchema } from '../schema/index.ts';
import { acaraSchema } from '../schema/acara.ts';

export const EDITABLE_SCHEMAS = {
  kecamatan: kecamatanSchema,
  desa: desaSchema,
  layanan: layananSchema,
  acara: acaraSchema,
  pengalihan: pengalihanSchema,
  sinonim: sinonimSchema,
} as const satisfies Record<string, z.ZodType>;

export type CollectionName = keyof typeof EDITABLE_SCHEMAS;

/** Lists of ids that point into another collection, for a schema that does not say so itself yet. */
export const RELATIONS: Partial<Record<CollectionName, Record<string, CollectionName>>> = {
  acara: { layanan: 'layanan' },
};
