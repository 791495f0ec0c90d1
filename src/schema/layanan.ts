// content/layanan/<slug>.md frontmatter: the public part of a Standar Pelayanan (Permenpan RB 15/2014)
// for one service. The markdown body holds extra notes and is kept apart as `catatan`.
import { z } from 'zod';
import { slugify } from '../core/slug.ts';
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

/**
 * One case of a service ("Apa keperluan Anda?"): a KK after a birth needs other papers than a lost KK.
 * Its documents come on top of the service's own `persyaratan`, which every applicant brings.
 */
export const keperluanSchema = z.strictObject({
  judul: nonEmptyText().max(90, {
    error: 'terlalu panjang (maksimal 90 huruf); ringkas agar muat di lembar persyaratan',
  }),
  persyaratan: z
    .array(dokumenSchema, { error: 'harus berupa daftar dokumen; setiap butir diawali tanda -' })
    .min(1, { error: 'harus berisi minimal satu dokumen untuk keperluan ini' }),
  catatan: nonEmptyText().optional(),
});

/** Case titles become ids in links (#menambah-anggota-keluarga), so they must differ, also once slugged. */
const keperluanList = z
  .array(keperluanSchema, {
    error: 'harus berupa daftar keperluan; setiap butir diawali "- judul:" lalu «persyaratan» di bawahnya',
  })
  .superRefine((list, context) => {
    const seen = new Map<string, number>();
    list.forEach((item, index) => {
      const id = slugify(item.judul);
      const issue = (message: string) => context.addIssue({ code: 'custom', path: [index, 'judul'], message });
      if (!id) return issue(`«${item.judul}» harus memuat huruf atau angka, karena judul menjadi alamat tautan`);
      const first = seen.get(id);
      if (first === undefined) return void seen.set(id, index);
      const other = list[first]!.judul;
      issue(
        other === item.judul
          ? `«${item.judul}» sudah dipakai keperluan ke-${first + 1}; beri setiap keperluan judul yang berbeda`
          : `«${item.judul}» hampir sama dengan judul keperluan ke-${first + 1} «${other}» (hanya beda huruf besar-kecil, tanda baca, atau aksen), sehingga tautan keduanya sama (#${id}); beri setiap keperluan judul yang berbeda`,
      );
    });
  });

export const layananSchema = z
  .strictObject({
    judul: nonEmptyText().max(90, { error: 'terlalu panjang (maksimal 90 huruf); ringkas agar muat di poster' }),
    ringkasan: nonEmptyText().max(240, { error: 'terlalu panjang (maksimal 240 huruf); cukup satu kalimat' }),
    kategori: nonEmptyText(),
    /** Documents every applicant brings; may be empty when each case in `keperluan` lists its own. */
    persyaratan: z.array(dokumenSchema).default([]),
    keperluan: keperluanList.default([]),
    /** What officers may not ask for here, each a sentence ("Surat pengantar RT/RW: tidak diperlukan …"). */
    tidak_perlu: nonEmptyTextList().default([]),
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
  })
  .refine(
    // A service needs at least one document in all: its own list, or cases that each have one (the case
    // schema requires those). Checked even when other fields are wrong, so every problem shows at once.
    (layanan) => !Array.isArray(layanan.persyaratan) || layanan.persyaratan.length > 0 || hasKeperluan(layanan),
    {
      path: ['persyaratan'],
      error: 'harus berisi minimal satu dokumen, kecuali bila «keperluan» diisi dengan dokumen untuk setiap keperluan',
      when: () => true,
    },
  );

function hasKeperluan(layanan: { keperluan?: unknown }): boolean {
  return Array.isArray(layanan.keperluan) && layanan.keperluan.length > 0;
}

export type Dokumen = z.output<typeof dokumenObjek>;
export type Keperluan = z.output<typeof keperluanSchema>;
export type LayananData = z.output<typeof layananSchema>;
