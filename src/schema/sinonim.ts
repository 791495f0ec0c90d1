// content/sinonim.yaml (optional): groups of words that residents use for the same thing, e.g. "akta"
// and "akte", so the search box finds a service by any of them.
import { z } from 'zod';

const CONTOH = 'misalnya "- [akta, akte]"';

export const sinonimSchema = z.array(
  z
    .array(
      z
        .string({ error: `setiap kata harus berupa teks, ${CONTOH}` })
        .trim()
        .min(1, { error: 'kata tidak boleh kosong' }),
      {
        error: `setiap baris harus berupa daftar kata dalam kurung siku, ${CONTOH}`,
      },
    )
    .min(2, { error: `setiap kelompok harus berisi minimal dua kata yang sama artinya, ${CONTOH}` }),
  { error: `harus berupa daftar kelompok kata, satu kelompok per baris, ${CONTOH}` },
);

/** Each group lists words that mean the same to a resident. */
export type Sinonim = z.output<typeof sinonimSchema>;
