// Where the browser editor (/admin/, Sveltia CMS) opens one entry: its routes live in the URL fragment,
// `#/collections/<collection>/entries/<slug>`, so the path stays the editor's one page.
import type { Layanan } from '../../schema/index.ts';
import { paths } from '../urls.ts';

/** The site path that opens a service's file in the editor, e.g. /admin/#/collections/layanan/entries/sktm. */
export function editLayananPath(layanan: Pick<Layanan, 'slug'>): string {
  return `${paths.admin()}#/collections/layanan/entries/${encodeURIComponent(layanan.slug)}`;
}
