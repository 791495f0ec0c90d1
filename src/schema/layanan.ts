// content/layanan/<slug>.md frontmatter: the public part of a Standar Pelayanan (Permenpan RB 15/2014)
// for one service. The markdown body holds extra notes and is kept apart as `catatan`.
import { z } from 'zod';
import { daftarTeks, tanggalIso, teks } from './fields.ts';

export const dokumenObjek = z.strictObject(
  {
    dokumen: teks(),
    jumlah: z
      .int({ error: 'harus berupa bilangan bulat, misalnya 2' })
      .positive({ error: 'harus lebih dari 0' })
      .optional(),
    keterangan: teks().optional(),
    opsional: z.boolean({ error: 'harus true atau false' }).default(false),
  },
  { error: 'harus berupa nama dokumen, atau kelompok isian dengan kunci dokumen, jumlah, keterangan, opsional' },
);

/** A required document: staff may write just its name, or an object with details. */
export const dokumenSchema = z.preprocess(
  (value) => (typeof value === 'string' ? { dokumen: value } : value),
  dokumenObjek,
);

export const layananSchema = z.strictObject({
  judul: teks().max(90, { error: 'terlalu panjang (maksimal 90 huruf); ringkas agar muat di poster' }),
  ringkasan: teks().max(240, { error: 'terlalu panjang (maksimal 240 huruf); cukup satu kalimat' }),
  kategori: teks(),
  persyaratan: z.array(dokumenSchema).min(1, { error: 'harus berisi minimal satu dokumen' }),
  prosedur: daftarTeks().min(1, { error: 'harus berisi minimal satu langkah' }),
  waktu: teks(),
  biaya: teks(),
  produk: teks(),
  dasar_hukum: daftarTeks().default([]),
  pengantar_desa: z.boolean({ error: 'harus true (perlu surat pengantar desa) atau false' }),
  diperbarui: tanggalIso(),
  // Optional additions; content without them builds.
  penerbit: teks().optional(),
  kata_kunci: daftarTeks().default([]),
  perlu_konfirmasi: z.boolean({ error: 'harus true atau false' }).default(false),
  /** false leaves the service off the wall poster (e.g. services for village governments). */
  poster: z.boolean({ error: 'harus true (tampil di poster balai desa) atau false' }).default(true),
});

export type Dokumen = z.output<typeof dokumenObjek>;
export type LayananData = z.output<typeof layananSchema>;
