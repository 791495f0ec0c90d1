// content/sinonim.yaml (optional): groups of words that residents use for the same thing, e.g. "akta"
// and "akte", so the search box finds a service by any of them.
import { z } from 'zod';

const CONTOH = 'misalnya "- [akta, akte]"';

export const sinonimSchema = z
  .array(
    z
      .array(
        z
          .string({ error: `setiap kata harus berupa teks, ${CONTOH}` })
          .trim()
          .min(1, { error: 'kata tidak boleh kosong' })
          .meta({ title: 'Kata', description: 'Huruf kecil; boleh dua kata atau lebih, misalnya "tidak mampu".' }),
        {
          error: `setiap baris harus berupa daftar kata dalam kurung siku, ${CONTOH}`,
        },
      )
      .min(2, { error: `setiap kelompok harus berisi minimal dua kata yang sama artinya, ${CONTOH}` })
      .meta({
        title: 'Kelompok kata',
        description: 'Minimal dua kata yang sama artinya bagi warga, misalnya akta dan akte.',
      }),
    { error: `harus berupa daftar kelompok kata, satu kelompok per baris, ${CONTOH}` },
  )
  .meta({
    title: 'Sinonim pencarian',
    description:
      'Kata yang sama artinya bagi warga, untuk pencarian layanan di halaman utama dan kiosk. Jika satu kata dalam kelompok muncul di judul, kategori atau kata kunci sebuah layanan, layanan itu juga ditemukan dengan kata lain dalam kelompok itu.',
  });

/** Each group lists words that mean the same to a resident. */
export type Sinonim = z.output<typeof sinonimSchema>;
