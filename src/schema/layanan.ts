// content/layanan/<slug>.md frontmatter: the public part of a Standar Pelayanan (Permenpan RB 15/2014)
// for one service. The markdown body holds extra notes and is kept apart as `catatan`.
import { z } from 'zod';
import { nonEmptyTextList, pastIsoDate, nonEmptyText } from './fields.ts';

export const dokumenObjek = z.strictObject(
  {
    dokumen: nonEmptyText(),
    jumlah: z
      .int({ error: 'harus berupa bilangan bulat, misalnya 2' })
      .positive({ error: 'harus lebih dari 0' })
      .optional(),
    keterangan: nonEmptyText().optional(),
    opsional: z.boolean({ error: 'harus true atau false' }).default(false),
  },
  { error: 'harus berupa nama dokumen, atau kelompok isian dengan kunci dokumen, jumlah, keterangan, opsional' },
);

/** A required document: staff may write just its name, or an object with details. */
const dokumenSchema = z.preprocess((value) => (typeof value === 'string' ? { dokumen: value } : value), dokumenObjek);

export const layananSchema = z.strictObject({
  judul: nonEmptyText().max(90, { error: 'terlalu panjang (maksimal 90 huruf); ringkas agar muat di poster' }),
  ringkasan: nonEmptyText().max(240, { error: 'terlalu panjang (maksimal 240 huruf); cukup satu kalimat' }),
  kategori: nonEmptyText(),
  persyaratan: z.array(dokumenSchema).min(1, { error: 'harus berisi minimal satu dokumen' }),
  prosedur: nonEmptyTextList().min(1, { error: 'harus berisi minimal satu langkah' }),
  waktu: nonEmptyText(),
  biaya: nonEmptyText(),
  produk: nonEmptyText(),
  dasar_hukum: nonEmptyTextList().default([]),
  pengantar_desa: z.boolean({ error: 'harus true (perlu surat pengantar desa) atau false' }),
  diperbarui: pastIsoDate(),
  // Optional additions; content without them builds.
  penerbit: nonEmptyText().optional(),
  kata_kunci: nonEmptyTextList().default([]),
  perlu_konfirmasi: z.boolean({ error: 'harus true atau false' }).default(false),
  /** false leaves the service off the wall poster (e.g. services for village governments). */
  poster: z.boolean({ error: 'harus true (tampil di poster balai desa) atau false' }).default(true),
});

export type Dokumen = z.output<typeof dokumenObjek>;
export type LayananData = z.output<typeof layananSchema>;
