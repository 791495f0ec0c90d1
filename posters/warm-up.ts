// A made-up village poster for a thread to draw a few times before its first real one. The first poster
// a thread draws costs about half a second more than the next (fontkit decodes the typeface's layout
// tables, the first subset is encoded), and the next few dozen run at half speed while V8 compiles the
// drawing code: on the kabupaten bench set the first kecamatan's 40 posters took 1.1 s per thread, the
// next 0.6 s. The build's threads start while it makes the editor's bundle (src/build/pool-worker.ts), so
// drawing this then pays that cost while they would otherwise wait. Its letters are all in the
// repertoire the subsets start with (font.ts), so the subset encoded here is the one most posters reuse.
import type { Desa, Kecamatan } from '../src/schema/index.ts';
import type { VillagePosterJob } from './print-jobs.ts';
import { renderPrintJob } from './render-job.ts';

const KECAMATAN: Kecamatan = {
  nama: 'Contoh',
  kabupaten: 'Contoh',
  provinsi: 'Jawa Timur',
  alamat: 'Jalan Raya Contoh 1, Kecamatan Contoh',
  telepon: '(0321) 000-0000',
  whatsapp: '6281200000000',
  email: 'kecamatan@contoh.invalid',
  jam_layanan: 'Senin–Kamis 08.00–15.00, Jumat 08.00–11.00 WIB',
  situs: 'https://layanan.contoh.invalid/contoh/',
  pengaduan: [{ label: 'SP4N-LAPOR!', url: 'https://www.lapor.go.id/' }],
};

const DESA: Desa = {
  slug: 'contoh',
  nama: 'Contoh',
  jenis: 'desa',
  kode: '35.16.15.2001',
  alamat: 'Balai Desa Contoh, Kecamatan Contoh',
  kontak: [],
};

export const WARM_UP_POSTER: VillagePosterJob = {
  kind: 'poster-desa',
  path: 'poster/desa-contoh-a4.pdf',
  label: 'poster Contoh (A4)',
  metadata: { title: 'Poster QR Desa Contoh', subject: 'Pemanasan', author: 'Pelita', date: '2026-01-01' },
  kertas: 'a4',
  kecamatan: KECAMATAN,
  layanan: [
    { slug: 'ktp-baru', judul: 'KTP Elektronik Baru' },
    { slug: 'kk', judul: 'Kartu Keluarga' },
    { slug: 'sktm', judul: 'Surat Keterangan Tidak Mampu' },
  ],
  desa: DESA,
  printedOn: '1 Januari 2026',
};

/** How many times: about what it takes for the drawing code to run at full speed (measured, see above). */
const ROUNDS = 12;

/** Draws the made-up poster a few times and forgets it. */
export async function warmUpPrinting(): Promise<void> {
  for (let round = 0; round < ROUNDS; round++) await renderPrintJob(WARM_UP_POSTER);
}
