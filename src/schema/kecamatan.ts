// content/kecamatan.yaml: the office that publishes the site. `situs` is the base of every printed URL.
// Labels and hints for staff sit on each field (`.meta`), for the browser editor.
import { z } from 'zod';
import { dropUndefined, httpsUrl, linkUrl, nonEmptyText, optional } from './fields.ts';

export const pengaduanSchema = z.strictObject({
  label: nonEmptyText().meta({
    title: 'Nama saluran',
    description: 'Nama yang dibaca warga, misalnya "SP4N-LAPOR!" atau "WhatsApp Kecamatan Kemlagi".',
  }),
  url: linkUrl().meta({
    title: 'Tautan',
    description:
      'Diawali https://, http://, tel:, sms: atau mailto:, misalnya https://www.lapor.go.id atau sms:1708. Tautan WhatsApp dan email harus sama dengan nomor dan email kecamatan. LAPOR! tidak punya nomor WhatsApp resmi: jangan menambahkannya.',
  }),
});

export const kecamatanSchema = z
  .strictObject({
    nama: nonEmptyText().meta({ title: 'Nama kecamatan', description: 'Tanpa kata "Kecamatan", misalnya "Kemlagi".' }),
    kabupaten: nonEmptyText().meta({
      title: 'Kabupaten',
      description: 'Tanpa kata "Kabupaten", misalnya "Mojokerto".',
    }),
    // Issue 12: a kecamatan of a kota says "Kota Mojokerto", not "Kabupaten Mojokerto" (another region).
    // Absent means kabupaten; inside a kabupaten's content it is inherited from kabupaten.yaml `jenis`.
    jenis_kabupaten: optional(z.enum(['kabupaten', 'kota'], { error: 'harus "kabupaten" atau "kota"' })).meta({
      title: 'Kabupaten atau kota',
      description: 'Tulis "kota" bila kecamatan ini berada di sebuah kota, misalnya Kota Mojokerto; bila tidak, hapus.',
    }),
    provinsi: nonEmptyText().meta({ title: 'Provinsi', description: 'Misalnya "Jawa Timur".' }),
    kode: optional(
      z
        .string({ error: 'harus berupa kode kecamatan Kemendagri, misalnya "35.16.15" (pakai tanda kutip)' })
        .regex(/^\d{2}\.\d{2}\.\d{2}$/, { error: 'harus berformat kode kecamatan Kemendagri, misalnya "35.16.15"' }),
    ).meta({
      title: 'Kode kecamatan',
      description:
        'Kode wilayah Kemendagri kecamatan ini, misalnya "35.16.15" untuk Kemlagi. Setiap kode desa harus berada di bawahnya.',
    }),
    alamat: nonEmptyText().meta({
      title: 'Alamat kantor',
      description: 'Alamat lengkap Kantor Kecamatan beserta kode pos. Hapus tulisan "(contoh)" setelah dipastikan.',
    }),
    telepon: nonEmptyText().meta({
      title: 'Telepon kantor',
      description: 'Nomor telepon kantor, misalnya "(0321) 000-0000".',
    }),
    // Written without quotes, YAML reads the number as a number; accept it as the digits staff typed.
    whatsapp: z
      .preprocess(
        (value) => (typeof value === 'number' && Number.isSafeInteger(value) ? String(value) : value),
        z
          .string({ error: 'harus berupa nomor WhatsApp dalam format internasional, misalnya 6281234567890' })
          .regex(/^62\d{8,13}$/, {
            error: 'harus diawali 62 lalu angka saja, tanpa spasi atau tanda +, misalnya 6281234567890',
          }),
      )
      .meta({
        title: 'Nomor WhatsApp',
        description:
          'Ditulis 62 lalu angka saja: tanpa 0 di depan, tanpa +, spasi atau tanda hubung, misalnya 6281234567890.',
      }),
    email: z
      .email({ error: 'bukan alamat email yang benar' })
      .meta({ title: 'Email', description: 'Alamat email resmi kantor kecamatan.' }),
    jam_layanan: nonEmptyText().meta({
      title: 'Jam layanan',
      description: 'Jam layanan PATEN yang berlaku, misalnya "Senin–Kamis 08.00–15.00, Jumat 08.00–11.00 WIB".',
    }),
    situs: httpsUrl()
      .transform((value) => (value.endsWith('/') ? value : `${value}/`))
      .meta({
        title: 'Alamat situs',
        description:
          'Alamat situs yang sebenarnya, diawali https://, misalnya https://kemlagi.mojokertokab.go.id/. Selama masih berakhiran .invalid, setiap poster bertuliskan "CONTOH — BELUM UNTUK DICETAK". Alamat ini tercetak di setiap kode QR: tentukan sekali dan jangan diubah setelah dicetak.',
      }),
    pengaduan: z
      .array(pengaduanSchema)
      .min(1, { error: 'harus berisi minimal satu saluran pengaduan, misalnya SP4N-LAPOR!' })
      .meta({
        title: 'Saluran pengaduan',
        description:
          'Minimal satu saluran, misalnya SP4N-LAPOR!. Saluran pertama disebut bila ada yang meminta bayaran.',
      }),
  })
  // An emptied optional field (the editor writes `kode: ''`) must load as if it were not written.
  .overwrite(dropUndefined);

export type Kecamatan = z.output<typeof kecamatanSchema>;
