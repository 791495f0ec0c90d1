// content/kabupaten.yaml: the kabupaten or kota whose Diskominfo publishes one site for all its kecamatan
// (content/kecamatan/<slug>/). What every kecamatan shares is written here once and inherited.
import { z } from 'zod';
import { nonEmptyText } from './fields.ts';
import { kecamatanSchema, type Kecamatan } from './kecamatan.ts';

const { situs, pengaduan, whatsapp, email } = kecamatanSchema.shape;

export const kabupatenSchema = z.strictObject({
  nama: nonEmptyText().meta({
    title: 'Nama',
    description: 'Nama kabupaten atau kota tanpa kata "Kabupaten" atau "Kota", misalnya Mojokerto.',
  }),
  jenis: z.enum(['kabupaten', 'kota'], { error: 'harus "kabupaten" atau "kota"' }).meta({
    title: 'Jenis',
    description: 'kabupaten atau kota.',
  }),
  kode: z
    .string({ error: 'harus berupa kode wilayah Kemendagri kabupaten/kota, misalnya "35.16" (pakai tanda kutip)' })
    .regex(/^\d{2}\.\d{2}$/, { error: 'harus berformat kode kabupaten/kota Kemendagri, misalnya "35.16"' })
    .meta({ title: 'Kode wilayah', description: 'Kode Kemendagri kabupaten/kota, misalnya "35.16".' }),
  provinsi: nonEmptyText().meta({ title: 'Provinsi', description: 'Misalnya Jawa Timur.' }),
  situs: situs.meta({
    title: 'Alamat situs',
    description:
      'Alamat situs bersama, misalnya https://layanan.mojokertokab.go.id/. Setiap kecamatan tampil di bawahnya: https://layanan.mojokertokab.go.id/kemlagi/.',
  }),
  pengaduan: pengaduan.meta({
    title: 'Saluran pengaduan',
    description: 'Dipakai setiap kecamatan yang tidak menulis saluran pengaduannya sendiri.',
  }),
  alamat: nonEmptyText()
    .optional()
    .meta({ title: 'Alamat kantor', description: 'Kantor pengelola situs (Diskominfo).' }),
  telepon: nonEmptyText().optional().meta({ title: 'Telepon', description: 'Telepon pengelola situs.' }),
  whatsapp: whatsapp
    .optional()
    .meta({ title: 'WhatsApp', description: 'Nomor WhatsApp pengelola, misalnya 6281234567890.' }),
  email: email.optional().meta({ title: 'Email', description: 'Email pengelola situs.' }),
});

export type Kabupaten = z.output<typeof kabupatenSchema>;

/** How residents name it: "Kabupaten Mojokerto", "Kota Mojokerto". */
export function kabupatenName(kabupaten: Pick<Kabupaten, 'nama' | 'jenis'>): string {
  return `${kabupaten.jenis === 'kota' ? 'Kota' : 'Kabupaten'} ${kabupaten.nama}`;
}

/** A kecamatan's default address: the kabupaten's plus the folder name. */
export function defaultKecamatanSitus(kabupaten: Pick<Kabupaten, 'situs'>, folder: string): string {
  return new URL(`${folder}/`, kabupaten.situs).href;
}

/**
 * kecamatan.yaml inside a kabupaten: `kabupaten`, `provinsi`, `situs` and `pengaduan` may be left out
 * and are inherited (merged into the file's fields before they are checked, so every message still
 * names the file's own lines); a `situs` of its own must lie under the kabupaten's.
 */
export function kecamatanInKabupatenSchema(kabupaten: Kabupaten, folder: string): z.ZodType<Kecamatan> {
  const inherited = {
    kabupaten: kabupaten.nama,
    jenis_kabupaten: kabupaten.jenis,
    provinsi: kabupaten.provinsi,
    situs: defaultKecamatanSitus(kabupaten, folder),
    pengaduan: kabupaten.pengaduan,
  };
  return z.preprocess(
    (raw) => (raw && typeof raw === 'object' && !Array.isArray(raw) ? { ...inherited, ...raw } : raw),
    kecamatanSchema.superRefine((kecamatan, ctx) => {
      if (kecamatan.situs.startsWith(kabupaten.situs) && kecamatan.situs !== kabupaten.situs) return;
      ctx.addIssue({
        code: 'custom',
        path: ['situs'],
        message: `harus berada di bawah alamat situs kabupaten ${kabupaten.situs}, misalnya ${inherited.situs} (atau hapus baris ini)`,
      });
    }),
  ) as unknown as z.ZodType<Kecamatan>;
}
