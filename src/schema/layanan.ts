// content/layanan/<slug>.md frontmatter: the public part of a Standar Pelayanan (Permenpan RB 15/2014)
// for one service. The markdown body holds extra notes and is kept apart as `catatan`.
// Every field carries its label and hint for staff (`.meta`): the browser editor shows them, because it
// drops the YAML comments that used to carry this guidance.
import { z } from 'zod';
import { slugify } from '../core/slug.ts';
import { dropUndefined, nonEmptyTextList, pastIsoDate, nonEmptyText, optional, withDefault } from './fields.ts';

const JUMLAH = 'harus berupa bilangan bulat (misalnya 2) atau teks seperti "2 lembar" atau "1 asli dan 1 fotokopi"';

/**
 * How many to bring: a count of copies (2), or the words staff use ("1 asli dan 1 fotokopi"). Digits
 * alone are the count even when quoted, since editors quote a number typed into a text box.
 */
const jumlahSchema = z.preprocess(
  (value) => (typeof value === 'string' && /^\s*\d+\s*$/.test(value) ? Number(value) : value),
  z.union(
    [
      z.int({ error: JUMLAH }).positive({ error: 'harus lebih dari 0' }),
      z
        .string()
        .trim()
        .min(1)
        .max(60, { error: 'terlalu panjang (maksimal 60 huruf); tulis penjelasan lain di «keterangan»' }),
    ],
    { error: JUMLAH },
  ),
);

export const dokumenObjek = z
  .strictObject(
    {
      dokumen: nonEmptyText().meta({
        title: 'Nama dokumen',
        description: 'Tulis lengkap seperti yang dikenal warga, misalnya "Fotokopi KTP-el" (bukan "FC KTP").',
      }),
      jumlah: optional(jumlahSchema).meta({
        title: 'Jumlah',
        description:
          'Tidak wajib. Angka saja untuk jumlah lembar (2 tampil "2 lembar"), atau teks singkat seperti "1 asli dan 1 fotokopi".',
      }),
      keterangan: optional(nonEmptyText()).meta({
        title: 'Keterangan',
        description: 'Tidak wajib. Penjelasan singkat, misalnya "ditandatangani Ketua RT dan RW" atau "jika KK rusak".',
      }),
      opsional: withDefault(z.boolean({ error: 'harus true atau false' }), false).meta({
        title: 'Hanya bila diperlukan',
        description:
          'Centang bila dokumen ini hanya untuk keadaan tertentu; warga membaca "Jika ada / bila diperlukan".',
      }),
    },
    { error: 'harus berupa nama dokumen, atau kelompok isian dengan kunci dokumen, jumlah, keterangan, opsional' },
  )
  .overwrite(dropUndefined);

/** A required document: staff may write just its name, or an object with details (the editor writes objects). */
const dokumenSchema = z.preprocess((value) => (typeof value === 'string' ? { dokumen: value } : value), dokumenObjek);

/**
 * One case of a service ("Apa keperluan Anda?"): a KK after a birth needs other papers than a lost KK.
 * Its documents come on top of the service's own `persyaratan`, which every applicant brings.
 */
export const keperluanSchema = z
  .strictObject({
    judul: nonEmptyText()
      .max(90, {
        error: 'terlalu panjang (maksimal 90 huruf); ringkas agar muat di lembar persyaratan',
      })
      .meta({
        title: 'Judul keperluan',
        description:
          'Pertanyaan "Apa keperluan Anda?" menampilkan judul ini, misalnya "KK hilang atau rusak". Harus berbeda dari keperluan lain di layanan ini (beda huruf besar-kecil saja tidak cukup), karena judul menjadi alamat tautan; mengganti judul mengganti tautannya.',
      }),
    persyaratan: z
      .array(dokumenSchema, { error: 'harus berupa daftar dokumen; setiap butir diawali tanda -' })
      .min(1, { error: 'harus berisi minimal satu dokumen untuk keperluan ini' })
      .meta({
        title: 'Dokumen untuk keperluan ini',
        description:
          'Minimal satu dokumen. Hanya yang khusus keperluan ini; dokumen yang dibawa semua pemohon ditulis sekali di «Persyaratan» layanan.',
      }),
    catatan: optional(nonEmptyText()).meta({
      title: 'Catatan keperluan',
      description: 'Tidak wajib. Satu atau dua kalimat biasa untuk keperluan ini.',
    }),
  })
  .overwrite(dropUndefined);

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

/** The five groups of the home page, as the staff guide lists them. */
const KATEGORI =
  'Surat dari Kecamatan, Administrasi Kependudukan, Rekomendasi dan Izin, Layanan untuk Pemerintah Desa, Informasi Layanan Instansi Lain';

export const layananSchema = z
  .strictObject({
    judul: nonEmptyText().max(90, { error: 'terlalu panjang (maksimal 90 huruf); ringkas agar muat di poster' }).meta({
      title: 'Judul layanan',
      description:
        'Nama layanan dalam bahasa sehari-hari, paling banyak 90 huruf, tidak boleh sama dengan layanan lain. Judul yang singkat muat di poster dan gambar media sosial.',
    }),
    ringkasan: nonEmptyText().max(240, { error: 'terlalu panjang (maksimal 240 huruf); cukup satu kalimat' }).meta({
      title: 'Ringkasan',
      description: 'Satu kalimat sederhana (paling banyak 240 huruf) yang dipahami warga.',
    }),
    kategori: nonEmptyText().meta({
      title: 'Kategori',
      description: `Kelompok layanan di halaman utama; tulis persis salah satu dari: ${KATEGORI}.`,
    }),
    /** Documents every applicant brings; may be empty when each case in `keperluan` lists its own. */
    persyaratan: withDefault(z.array(dokumenSchema), []).meta({
      title: 'Persyaratan',
      description:
        'Dokumen yang dibawa semua pemohon, minimal satu, kecuali bila setiap «Keperluan» punya dokumennya sendiri. Jangan menulis syarat yang sudah dihapus peraturan.',
    }),
    keperluan: withDefault(keperluanList, []).meta({
      title: 'Keperluan',
      description:
        'Tidak wajib. Bila dokumen berbeda menurut keperluan (misalnya KK baru setelah menikah dan KK hilang), tulis setiap keperluan dengan judul dan dokumennya sendiri; warga memilih keperluannya.',
    }),
    /** What officers may not ask for here, each a sentence ("Surat pengantar RT/RW: tidak diperlukan …"). */
    tidak_perlu: withDefault(nonEmptyTextList(), []).meta({
      title: 'Tidak perlu dibawa',
      description:
        'Tidak wajib. Apa yang tidak boleh diminta petugas, satu kalimat per butir: yang tidak perlu, titik dua, lalu alasan dan dasar hukumnya. Tulis hanya yang didukung peraturan.',
    }),
    prosedur: nonEmptyTextList().min(1, { error: 'harus berisi minimal satu langkah' }).meta({
      title: 'Prosedur',
      description: 'Langkah-langkah berurutan, 3–6 langkah, satu kalimat pendek per langkah.',
    }),
    waktu: nonEmptyText().meta({
      title: 'Waktu penyelesaian',
      description:
        'Lama penyelesaian jika berkas lengkap. Jika belum pasti: "Belum dikonfirmasi; tanyakan ke petugas".',
    }),
    biaya: nonEmptyText().meta({
      title: 'Biaya',
      description:
        'Tulis "Gratis" saja untuk layanan tanpa biaya (dokumen kependudukan gratis menurut UU 24/2013 Pasal 79A), atau biaya resmi beserta dasar hukumnya.',
    }),
    produk: nonEmptyText().meta({ title: 'Produk', description: 'Apa yang diterima warga.' }),
    dasar_hukum: withDefault(nonEmptyTextList(), []).meta({
      title: 'Dasar hukum',
      description: 'Tidak wajib. Satu peraturan per butir, misalnya "Permendagri Nomor 4 Tahun 2010 tentang PATEN".',
    }),
    pengantar_desa: z.boolean({ error: 'harus true (perlu surat pengantar desa) atau false' }).meta({
      title: 'Perlu surat pengantar desa',
      description: 'Centang bila warga perlu surat pengantar dari desa sebelum datang ke kecamatan.',
    }),
    diperbarui: pastIsoDate().meta({
      title: 'Terakhir diperiksa',
      description:
        'Tanggal terakhir isinya diperiksa (TTTT-BB-HH), bukan tanggal di masa depan. Perbarui setiap kali persyaratannya dicocokkan.',
    }),
    // Optional additions; content without them builds.
    penerbit: optional(nonEmptyText()).meta({
      title: 'Penerbit',
      description:
        'Tidak wajib; diisi hanya bila penerbitnya bukan kecamatan, misalnya "Dinas Kependudukan dan Pencatatan Sipil Kabupaten Mojokerto (berkas dapat diajukan melalui kecamatan)".',
    }),
    kata_kunci: withDefault(nonEmptyTextList(), []).meta({
      title: 'Kata kunci pencarian',
      description: 'Tidak wajib. Kata yang mungkin diketik warga saat mencari, misalnya "ktp hilang".',
    }),
    perlu_konfirmasi: withDefault(z.boolean({ error: 'harus true atau false' }), false).meta({
      title: 'Perlu konfirmasi',
      description:
        'Centang selama isinya belum dipastikan petugas yang berwenang; hapus centang setelah dicocokkan dengan Standar Pelayanan yang berlaku.',
    }),
    /** false leaves the service off the wall poster (e.g. services for village governments). */
    poster: withDefault(z.boolean({ error: 'harus true (tampil di poster balai desa) atau false' }), true).meta({
      title: 'Tampil di poster balai desa',
      description:
        'Hapus centang bila layanan ini tidak perlu kode QR sendiri di poster balai desa, misalnya layanan untuk pemerintah desa. Layanannya tetap ada di situs. Poster memuat paling banyak 24 kode layanan.',
    }),
  })
  .overwrite(dropUndefined)
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
