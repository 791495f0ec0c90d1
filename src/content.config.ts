// Astro collections built from the one schema in src/schema. The loaders reuse Pelita's own loader, which
// has already validated every file and reported all problems in Bahasa Indonesia; the schemas here give
// Astro the same types and re-check what reaches the pages. A kabupaten's collections hold every
// kecamatan, each entry's id led by its kecamatan's path (collectionId), so slugs never collide.
import { defineCollection } from 'astro:content';
import {
  acaraEntrySchema,
  desaEntrySchema,
  kecamatanSchema,
  layananEntrySchema,
  periodeSkmSchema,
  type Content,
} from './schema/index.ts';
import { getWilayah } from './lib/content/cached.ts';
import { collectionId, KECAMATAN_ID } from './lib/content/collection-id.ts';

/** Entries of every kecamatan, keyed by their collection id. */
async function entriesOf<T>(pick: (content: Content) => readonly T[], key: (entry: T) => string) {
  const { kecamatan } = await getWilayah();
  return Object.fromEntries(
    kecamatan.flatMap(({ base, content }) => pick(content).map((entry) => [collectionId(base, key(entry)), entry])),
  );
}

export const collections = {
  kecamatan: defineCollection({
    loader: async () =>
      entriesOf(
        (content) => [content.kecamatan],
        () => KECAMATAN_ID,
      ),
    schema: kecamatanSchema,
  }),
  desa: defineCollection({
    loader: async () =>
      entriesOf(
        (content) => content.desa,
        (entry) => entry.slug,
      ),
    schema: desaEntrySchema,
  }),
  layanan: defineCollection({
    loader: async () =>
      entriesOf(
        (content) => content.layanan,
        (entry) => entry.slug,
      ),
    schema: layananEntrySchema,
  }),
  skm: defineCollection({
    loader: async () =>
      entriesOf(
        (content) => content.skm,
        (periode) => periode.periode,
      ),
    schema: periodeSkmSchema,
  }),
  acara: defineCollection({
    loader: async () =>
      entriesOf(
        (content) => content.acara,
        (entry) => entry.slug,
      ),
    schema: acaraEntrySchema,
  }),
};
