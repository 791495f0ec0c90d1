// Astro collections built from the one schema in src/schema. The loaders reuse Pelita's own loader, which
// has already validated every file and reported all problems in Bahasa Indonesia; the schemas here give
// Astro the same types and re-check what reaches the pages.
import { defineCollection } from 'astro:content';
import {
  acaraEntrySchema,
  desaEntrySchema,
  kecamatanSchema,
  layananEntrySchema,
  periodeSkmSchema,
} from './schema/index.ts';
import { getContent } from './lib/content/cached.ts';

const byId = <T extends { slug: string }>(entries: T[]) =>
  Object.fromEntries(entries.map((entry) => [entry.slug, entry]));

export const collections = {
  kecamatan: defineCollection({
    loader: async () => ({ kecamatan: (await getContent()).kecamatan }),
    schema: kecamatanSchema,
  }),
  desa: defineCollection({
    loader: async () => byId((await getContent()).desa),
    schema: desaEntrySchema,
  }),
  layanan: defineCollection({
    loader: async () => byId((await getContent()).layanan),
    schema: layananEntrySchema,
  }),
  skm: defineCollection({
    loader: async () => Object.fromEntries((await getContent()).skm.map((periode) => [periode.periode, periode])),
    schema: periodeSkmSchema,
  }),
  acara: defineCollection({
    loader: async () => byId((await getContent()).acara),
    schema: acaraEntrySchema,
  }),
};
