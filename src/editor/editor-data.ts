// What the browser's save check needs to know about the other files, written into the editor page at
// build time: the entries that exist, the pages and the printed URLs. Pure data, no functions, so it
// travels as JSON.
import type { Dicetak } from '../schema/index.ts';

export interface EditorData {
  /** The content folder inside the repository, posix, e.g. "content". */
  folder: string;
  situs: string;
  /** PELITA_HARI_INI of the build, so the browser's "today" matches the one of `npm run check`. */
  hariIni?: string;
  layanan: { slug: string; judul: string }[];
  desa: { slug: string; nama: string; kode: string }[];
  acara: { slug: string }[];
  /** Every page of the site (redirects not included). */
  halaman: string[];
  /** Old paths content/pengalihan.yaml sends on. */
  pengalihan: string[];
  /** content/dicetak.json: the printed URLs. */
  dicetak: Dicetak;
}
