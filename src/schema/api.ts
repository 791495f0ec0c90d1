// The open-data documents /api/layanan.json and /api/desa.json: the loaded entries exactly as the site
// uses them, plus each one's public URL, wrapped with a version so other systems (a kabupaten portal,
// a SIPPN-style catalogue, a chatbot) can rely on the shape. Versioning policy: see README "Open data".
import { z } from 'zod';
import { desaEntrySchema, layananEntrySchema } from './entries.ts';
import { dokumenObjek, keperluanSchema } from './layanan.ts';

/**
 * Major.minor: minor adds fields only; major renames, removes or changes a field's meaning.
 * 1.1 added `keperluan` (the cases of a service, each with its `id` and `url`) and `tidak_perlu`.
 * 1.2 added `jumlah_teks` to every document that says how many to bring.
 */
export const API_VERSI = '1.2';

/**
 * A document as published. Content may give `jumlah` as a count or as words ("1 asli dan 1 fotokopi");
 * `jumlah` keeps its 1.0 meaning (a count of copies, only when staff wrote one) and `jumlah_teks` says
 * the same as residents read it ("2 lembar", or the staff's words), so no consumer meets a new type.
 */
const dokumenApiSchema = dokumenObjek.safeExtend({
  jumlah: z.int().positive().optional(),
  jumlah_teks: z.string().min(1).optional(),
});
const persyaratanApi = z.array(dokumenApiSchema);

const kepalaApi = {
  versi: z.literal(API_VERSI),
  /** The build date, YYYY-MM-DD in WIB. */
  dibuat: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  kecamatan: z.strictObject({
    nama: z.string(),
    kabupaten: z.string(),
    provinsi: z.string(),
    situs: z.url(),
  }),
};

export const apiLayananSchema = z.strictObject({
  ...kepalaApi,
  layanan: z.array(
    layananEntrySchema.safeExtend({
      persyaratan: persyaratanApi,
      /**
       * The cases of the service; each case's `persyaratan` comes on top of the service's own, which
       * every applicant brings (src/lib/keperluan.ts dokumenFor). Empty for a service without cases.
       */
      keperluan: z.array(
        keperluanSchema.safeExtend({
          persyaratan: persyaratanApi,
          /** Stable slug of the title, the fragment of `url`. */
          id: z.string(),
          /** The service page opened with this case chosen: …/l/<slug>/#<id>. */
          url: z.url(),
        }),
      ),
      /** The service page. */
      url: z.url(),
      /** The printable requirement sheet. */
      lembar_pdf: z.url(),
    }),
  ),
});

export const apiDesaSchema = z.strictObject({
  ...kepalaApi,
  desa: z.array(desaEntrySchema.safeExtend({ url: z.url() })),
});

export type ApiLayanan = z.output<typeof apiLayananSchema>;
export type ApiDesa = z.output<typeof apiDesaSchema>;
