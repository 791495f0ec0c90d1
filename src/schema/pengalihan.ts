// content/pengalihan.yaml: old site paths that must keep working, each sent to the page that replaced it.
// A path that was printed on a poster is a promise; this file is how a renamed or removed page keeps it.
import { z } from 'zod';

const CONTOH = 'misalnya /l/sktm/';

/**
 * A path on this site as URLs print it: starting with "/", lower-case letters, digits and hyphens between
 * slashes. A missing trailing slash is added, since every page lives at a folder path.
 */
export const sitePath = () =>
  z
    .string({ error: `harus berupa alamat halaman di situs ini, ${CONTOH}` })
    .trim()
    .transform((value) => (value.endsWith('/') ? value : `${value}/`))
    .refine((value) => /^\/(?:[a-z0-9][a-z0-9._-]*\/)+$/.test(value), {
      error: `harus berupa alamat halaman di situs ini tanpa nama domain: diawali garis miring, huruf kecil, ${CONTOH}`,
    });

export const pengalihanItemSchema = z.strictObject({
  /** The old path, no longer a page. */
  dari: sitePath(),
  /** The page that replaces it; must exist. */
  ke: sitePath(),
});

export const pengalihanSchema = z.array(pengalihanItemSchema, {
  error: 'harus berupa daftar; setiap butir diawali "- dari:" lalu "ke:" di baris berikutnya',
});

export type Pengalihan = z.output<typeof pengalihanItemSchema>;
