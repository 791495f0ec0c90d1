// One page of every kind the site has, as the browser tests visit them.
import { loadContentOrThrow } from '../../src/lib/content/load-content.ts';
import { paths } from '../../src/lib/urls.ts';
import { SITE_CONTENT } from '../support/content-dir.ts';

const content = await loadContentOrThrow(SITE_CONTENT);

const layanan = (slug: string) => content.layanan.find((item) => item.slug === slug) ?? content.layanan[0]!;

/** Services the browser tests look at closely: one whose page asks "Apa keperluan Anda?", one plain. */
export const sampleLayanan = {
  keperluan: layanan('kk'),
  tanpaKeperluan: layanan('ktp-hilang'),
} as const;

export const samplePages = {
  home: paths.home(),
  layanan: paths.layanan(layanan('sktm')),
  desa: paths.desa(content.desa[0]!),
  poster: paths.posterIndex(),
  '404': '/halaman-yang-tidak-ada/',
  offline: paths.offline(),
  kiosk: paths.kiosk(),
  skm: paths.skm(),
  pengaduan: paths.pengaduan(),
  acaraIndex: paths.acaraIndex(),
  acara: paths.acara(content.acara[0]!),
} as const;

export { content };
