// content/desa/<slug>.yaml: one village (desa or kelurahan) and its balai desa, where a poster hangs.
// Labels and hints for staff sit on each field (`.meta`), for the browser editor.
import { z } from 'zod';
import { dropUndefined, KODE_WILAYAH, nonEmptyText, optional, withDefault } from './fields.ts';

export const kontakSchema = z.strictObject({
  jabatan: nonEmptyText().meta({ title: 'Jabatan', description: 'Misalnya "Kaur Pelayanan" atau "Sekretaris Desa".' }),
  telepon: nonEmptyText().meta({
    title: 'Telepon',
    description: 'Nomor yang boleh dihubungi warga. Jangan menulis nomor pribadi perangkat desa tanpa izin orangnya.',
  }),
});

export const desaSchema = z
  .strictObject({
    nama: nonEmptyText().meta({
      title: 'Nama desa',
      description: 'Ejaan resmi, tanpa kata "Desa", misalnya "Beratkulon".',
    }),
    jenis: z.enum(['desa', 'kelurahan'], { error: 'harus "desa" atau "kelurahan"' }).meta({
      title: 'Jenis',
      description: 'Harus cocok dengan kode: bagian desa yang diawali 2 adalah desa, diawali 1 adalah kelurahan.',
    }),
    kode: z
      .string({ error: 'harus berupa kode wilayah Kemendagri, misalnya "35.16.15.2001" (pakai tanda kutip)' })
      .regex(KODE_WILAYAH, { error: 'harus berformat kode wilayah Kemendagri, misalnya 35.16.15.2001' })
      .meta({
        title: 'Kode wilayah Kemendagri',
        description:
          'Dari daftar resmi Kemendagri, misalnya 35.16.15.2005; jangan diubah: kode inilah alamat halaman desa (d/3516152005/) dan kode QR di poster. Dua desa tidak boleh berkode sama.',
      }),
    alamat: nonEmptyText().meta({
      title: 'Alamat balai desa',
      description: 'Misalnya "Balai Desa Beratkulon, Kecamatan Kemlagi, Kabupaten Mojokerto".',
    }),
    kontak: withDefault(z.array(kontakSchema), []).meta({
      title: 'Kontak',
      description: 'Tidak wajib; kosongkan bila belum ada nomor yang dipastikan ke kantor desa.',
    }),
    jam_layanan: optional(nonEmptyText()).meta({
      title: 'Jam layanan',
      description: 'Tidak wajib, misalnya "Senin–Jumat 08.00–14.00".',
    }),
  })
  .overwrite(dropUndefined)
  .superRefine((desa, ctx) => {
    // The first digit of the village part encodes the type: 2 = desa, 1 = kelurahan.
    const expected = desa.kode.split('.')[3]?.startsWith('1') ? 'kelurahan' : 'desa';
    if (desa.jenis !== expected) {
      ctx.addIssue({
        code: 'custom',
        path: ['jenis'],
        message: `tidak cocok dengan kode ${desa.kode}: kode yang bagian desanya diawali ${expected === 'desa' ? '2' : '1'} adalah ${expected}`,
      });
    }
  });

export type DesaData = z.output<typeof desaSchema>;

/** The village code with the dots removed, as used in short URLs (35.16.15.2001 → 3516152001). */
export function compactKode(kode: string): string {
  return kode.replaceAll('.', '');
}
