// content/kecamatan.yaml: the office that publishes the site. `situs` is the base of every printed URL.
import { z } from 'zod';
import { tautan, teks, urlHttps } from './fields.ts';

export const pengaduanSchema = z.strictObject({
  label: teks(),
  url: tautan(),
});

export const kecamatanSchema = z.strictObject({
  nama: teks(),
  kabupaten: teks(),
  provinsi: teks(),
  alamat: teks(),
  telepon: teks(),
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
  jam_layanan: teks(),
  situs: urlHttps().transform((value) => (value.endsWith('/') ? value : `${value}/`)),
  pengaduan: z
    .array(pengaduanSchema)
    .min(1, { error: 'harus berisi minimal satu saluran pengaduan, misalnya SP4N-LAPOR!' }),
});

export type Kecamatan = z.output<typeof kecamatanSchema>;
