// content/desa/<slug>.yaml: one village (desa or kelurahan) and its balai desa, where a poster hangs.
import { z } from 'zod';
import { KODE_WILAYAH, nonEmptyText } from './fields.ts';

export const kontakSchema = z.strictObject({
  jabatan: nonEmptyText(),
  telepon: nonEmptyText(),
});

export const desaSchema = z
  .strictObject({
    nama: nonEmptyText(),
    jenis: z.enum(['desa', 'kelurahan'], { error: 'harus "desa" atau "kelurahan"' }),
    kode: z
      .string({ error: 'harus berupa kode wilayah Kemendagri, misalnya "35.16.15.2001" (pakai tanda kutip)' })
      .regex(KODE_WILAYAH, { error: 'harus berformat kode wilayah Kemendagri, misalnya 35.16.15.2001' }),
    alamat: nonEmptyText(),
    kontak: z.array(kontakSchema).default([]),
    jam_layanan: nonEmptyText().optional(),
  })
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
