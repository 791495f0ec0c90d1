// content/acara/<slug>.md frontmatter: one service fair (Bazar Pelayanan) where several agencies serve
// residents in one place on one day. The markdown body holds notes and is kept apart as `catatan`.
import { z } from 'zod';
import { isIsoDate } from '../core/dates.ts';
import { dropUndefined, nonEmptyTextList, SLUG, nonEmptyText, optional, withDefault } from './fields.ts';

const TANGGAL = 'harus berupa tanggal dengan format TTTT-BB-HH, misalnya 2027-02-17';
const JAM = 'harus berupa jam dengan format JJ:MM di antara tanda kutip, misalnya "08:00"';

/** A calendar date that exists; events may lie in the past or the future. */
const tanggalAcara = () =>
  z
    .string({ error: TANGGAL })
    .regex(/^\d{4}-\d{2}-\d{2}$/, { error: TANGGAL })
    .refine(isIsoDate, {
      error: 'bukan tanggal yang ada di kalender',
    })
    // Tells the editor (through the JSON Schema) to offer a date picker; the messages above stay ours.
    .meta({ format: 'date' });

const jam = () => z.string({ error: JAM }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: JAM });

export const acaraSchema = z
  .strictObject({
    judul: nonEmptyText()
      .max(90, { error: 'terlalu panjang (maksimal 90 huruf); ringkas agar muat di poster' })
      .meta({ title: 'Judul acara', description: 'Misalnya "Bazar Pelayanan Publik Kemlagi, Februari 2027".' }),
    tanggal: tanggalAcara().meta({ title: 'Tanggal', description: 'Tanggal acara (TTTT-BB-HH), misalnya 2027-02-17.' }),
    /** Local time in Western Indonesia Time (WIB); without them the event lasts the whole day. */
    mulai: optional(jam()).meta({
      title: 'Jam mulai',
      description: 'JJ:MM dalam WIB, misalnya 08:00. Kosongkan bersama «Jam selesai» bila acara sepanjang hari.',
    }),
    selesai: optional(jam()).meta({
      title: 'Jam selesai',
      description: 'JJ:MM dalam WIB, lebih akhir dari jam mulai, misalnya 13:00. Diisi bila jam mulai diisi.',
    }),
    lokasi: nonEmptyText().meta({ title: 'Lokasi', description: 'Misalnya "Pendopo Kantor Kecamatan Kemlagi".' }),
    instansi: nonEmptyTextList().min(1, { error: 'harus berisi minimal satu instansi yang hadir' }).meta({
      title: 'Instansi yang hadir',
      description: 'Minimal satu, satu instansi per butir, misalnya "Polsek Kemlagi".',
    }),
    /** Slugs of services offered there (file names in content/layanan without .md). */
    layanan: withDefault(
      z.array(z.string().regex(SLUG, { error: 'harus berupa nama berkas layanan tanpa .md, misalnya ktp-baru' })),
      [],
    ).meta({
      title: 'Layanan yang dilayani',
      description: 'Tidak wajib. Layanan yang bisa diurus di acara ini; acara tampil di halaman setiap layanan itu.',
      // For the editor: the values are service slugs (file names in content/layanan without .md).
      relasi: 'layanan',
    }),
    perlu_konfirmasi: withDefault(z.boolean({ error: 'harus true atau false' }), false).meta({
      title: 'Perlu konfirmasi',
      description:
        'Centang selama jadwal, tempat dan instansi belum dipastikan; ganti dengan jadwal resmi, lalu hapus centangnya.',
    }),
  })
  .overwrite(dropUndefined)
  .superRefine((acara, context) => {
    if (acara.selesai && !acara.mulai) {
      context.addIssue({ code: 'custom', path: ['mulai'], message: 'wajib diisi bila «selesai» diisi' });
    }
    if (acara.mulai && !acara.selesai) {
      context.addIssue({ code: 'custom', path: ['selesai'], message: 'wajib diisi bila «mulai» diisi' });
    }
    if (acara.mulai && acara.selesai && acara.selesai <= acara.mulai) {
      context.addIssue({
        code: 'custom',
        path: ['selesai'],
        message: `harus lebih akhir dari jam mulai (${acara.mulai})`,
      });
    }
  });

export const acaraEntrySchema = acaraSchema.safeExtend({
  /** File name without extension; the event's URL is built from it. */
  slug: z.string(),
  catatan: z.string(),
});

export type Acara = z.output<typeof acaraEntrySchema>;
