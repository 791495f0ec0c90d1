// A loaded content entry: the validated file plus what the loader attaches (its slug, its markdown body).
// Astro's collections validate against these same schemas.
import { z } from 'zod';
import { desaSchema } from './desa.ts';
import type { Acara } from './acara.ts';
import type { Kecamatan } from './kecamatan.ts';
import { layananSchema } from './layanan.ts';
import type { Pengalihan } from './pengalihan.ts';
import type { Sinonim } from './sinonim.ts';
import type { PeriodeSkm } from './skm.ts';

export const desaEntrySchema = desaSchema.safeExtend({
  /** File name without extension, e.g. "mojorejo". */
  slug: z.string(),
});

export const layananEntrySchema = layananSchema.safeExtend({
  /** File name without extension, e.g. "sktm"; the service's URL is built from it. */
  slug: z.string(),
  /** The markdown body: extra notes for residents. */
  catatan: z.string(),
});

export type Desa = z.output<typeof desaEntrySchema>;
export type Layanan = z.output<typeof layananEntrySchema>;

export interface Content {
  kecamatan: Kecamatan;
  desa: Desa[];
  layanan: Layanan[];
  /** Old paths kept working (content/pengalihan.yaml); empty when the file does not exist. */
  pengalihan: Pengalihan[];
  /** Search synonyms (content/sinonim.yaml); empty when the file does not exist. */
  sinonim: Sinonim;
  /** Survey periods, oldest first (content/skm/). */
  skm: PeriodeSkm[];
  /** Service fairs by date (content/acara/). */
  acara: Acara[];
}
