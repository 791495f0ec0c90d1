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
  dari: sitePath().meta({
    title: 'Alamat lama',
    description:
      'Alamat yang sudah tercetak, tanpa nama domain, diawali dan diakhiri garis miring, misalnya /l/sktm/. Tidak boleh halaman yang masih ada. Jangan menghapus butir ini selama poster lama mungkin masih tertempel.',
  }),
  /** The page that replaces it; must exist. */
  ke: sitePath().meta({
    title: 'Alamat tujuan',
    description:
      'Halaman pengganti yang ada, misalnya /l/tidak-mampu/ (layanan: /l/ lalu nama berkas; desa: /d/ lalu kode tanpa titik; acara: /a/ lalu nama berkas). Langsung ke halaman akhir, bukan ke alamat lama lain.',
  }),
});

export const pengalihanSchema = z
  .array(pengalihanItemSchema, {
    error: 'harus berupa daftar; setiap butir diawali "- dari:" lalu "ke:" di baris berikutnya',
  })
  .meta({
    title: 'Pengalihan alamat',
    description:
      'Alamat lama yang sudah tercetak di poster, masing-masing dengan halaman penggantinya, agar kode QR lama tetap bisa dibuka setelah layanan diganti nama atau dihapus.',
  });

export type Pengalihan = z.output<typeof pengalihanItemSchema>;
