// content/kecamatan.yaml: the office that publishes the site. `situs` is the base of every printed URL.
import { z } from 'zod';
import { linkUrl, nonEmptyText, httpsUrl } from './fields.ts';

export const pengaduanSchema = z.strictObject({
  label: nonEmptyText(),
  url: linkUrl(),
});

export const kecamatanSchema = z.strictObject({
  nama: nonEmptyText(),
  kabupaten: nonEmptyText(),
  // Issue 12: a kecamatan of a kota says "Kota Mojokerto", not "Kabupaten Mojokerto" (another region).
  // Absent means kabupaten; inside a kabupaten's content it is inherited from kabupaten.yaml `jenis`.
  jenis_kabupaten: z.enum(['kabupaten', 'kota'], { error: 'harus "kabupaten" atau "kota"' }).optional(),
  provinsi: nonEmptyText(),
  alamat: nonEmptyText(),
  telepon: nonEmptyText(),
  // Written without quotes, YAML reads the number as a number; accept it as the digits staff typed.
  whatsapp: z.preprocess(
    (value) => (typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value),
    z
      .string({ error: 'harus berupa nomor WhatsApp dalam format internasional, misalnya 6281234567890' })
      .regex(/^62\d{8,13}$/, {
        error: 'harus diawali 62 lalu angka saja, tanpa spasi atau tanda +, misalnya 6281234567890',
      }),
  ),
  email: z.email({ error: 'bukan alamat email yang benar' }),
  jam_layanan: nonEmptyText(),
  situs: httpsUrl().transform((value) => (value.endsWith('/') ? value : `${value}/`)),
  pengaduan: z
    .array(pengaduanSchema)
    .min(1, { error: 'harus berisi minimal satu saluran pengaduan, misalnya SP4N-LAPOR!' }),
});

export type Kecamatan = z.output<typeof kecamatanSchema>;
