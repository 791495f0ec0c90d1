// The cases of a service ("Apa keperluan Anda?") as every output uses them: each case's stable id (the
// fragment in /l/<slug>/#<id>), and the documents a resident brings for it — the service's common
// documents first, then the case's own. The page, the sheets, the open data and search all ask here.
import { slugify } from '../core/slug.ts';
import type { Dokumen, Keperluan, Layanan } from '../schema/index.ts';

/** The id of a case: a slug of its title, unique within its service (the schema refuses duplicates). */
export function keperluanId(keperluan: Pick<Keperluan, 'judul'>): string {
  return slugify(keperluan.judul);
}

/** Everything to bring for one case: the common documents, then that case's. */
export function dokumenFor(
  layanan: Pick<Layanan, 'persyaratan'>,
  keperluan: Pick<Keperluan, 'persyaratan'>,
): Dokumen[] {
  return [...layanan.persyaratan, ...keperluan.persyaratan];
}
