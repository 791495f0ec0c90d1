// Checks content/pengalihan.yaml against the pages that exist: every redirect starts at a path that is
// no longer a page and lands, in one hop, on a page that is. Without `pages` (some content failed to
// load, so the page list is incomplete) only duplicates, chains and loops are checked.
import type { Pengalihan } from '../../schema/index.ts';
import { errorIn, type Problem } from '../problems.ts';
import { pathTarget } from '../urls.ts';

/** content/pengalihan.yaml as the content loader hands it over (an absent file: no items). */
export interface PengalihanFile {
  file: string;
  items: Pengalihan[];
  /** The file line of item `index`'s `dari` or `ke`, for messages. */
  lineOf: (index: number, key: 'dari' | 'ke') => number;
}

export function checkRedirects(pengalihan: PengalihanFile, pages?: ReadonlySet<string>): Problem[] {
  const { file, items, lineOf } = pengalihan;
  const problems: Problem[] = [];
  const targetOf = new Map<string, string>();
  // Duplicates and items whose `dari` is still a page get their one error here and are not followed.
  const followed: number[] = [];
  for (const [index, { dari, ke }] of items.entries()) {
    const at = (key: 'dari' | 'ke') => ({ line: lineOf(index, key), field: `butir ke-${index + 1} «${key}»` });
    if (targetOf.has(dari)) {
      problems.push(errorIn(file, `${dari} sudah dialihkan di butir sebelumnya; hapus salah satunya`, at('dari')));
      continue;
    }
    if (!pages?.has(dari)) {
      targetOf.set(dari, ke);
      followed.push(index);
    } else {
      problems.push(
        errorIn(
          file,
          `${dari} masih berupa halaman di situs, jadi tidak bisa dialihkan; hapus butir ini, atau hapus/ganti nama berkas halamannya dulu`,
          at('dari'),
        ),
      );
    }
  }
  for (const index of followed) {
    const { dari, ke } = items[index]!;
    const at = { line: lineOf(index, 'ke'), field: `butir ke-${index + 1} «ke»` };
    const hops = follow(dari, targetOf);
    if (hops.loop) {
      problems.push(
        errorIn(file, `pengalihan berputar: ${hops.path.join(' → ')}; arahkan ${dari} ke halaman yang ada`, at),
      );
    } else if (hops.path.length > 2) {
      const end = hops.path.at(-1)!;
      problems.push(
        errorIn(
          file,
          `pengalihan berantai: ${hops.path.join(' → ')}; tulis langsung «ke: ${end}» agar warga tidak dialihkan dua kali`,
          at,
        ),
      );
    } else if (pages && !pages.has(ke)) {
      problems.push(
        errorIn(file, `${ke} tidak ada di situs; tujuan pengalihan harus halaman yang ada. ${missingHint(ke)}`, at),
      );
    }
  }
  return problems;
}

/** The hops from `start`, stopping at the first path that is not redirected or that repeats. */
function follow(start: string, targetOf: ReadonlyMap<string, string>): { path: string[]; loop: boolean } {
  const path = [start];
  let current = targetOf.get(start)!;
  while (true) {
    if (path.includes(current)) return { path: [...path, current], loop: true };
    path.push(current);
    const next = targetOf.get(current);
    if (next === undefined) return { path, loop: false };
    current = next;
  }
}

/** Where the missing target would come from, so staff can compare spellings. */
function missingHint(path: string): string {
  const target = pathTarget(path);
  if (target?.kind === 'layanan' || target?.kind === 'acara') {
    return `Tidak ada berkas ${target.kind}/${target.slug}.md; periksa ejaannya.`;
  }
  if (target?.kind === 'desa') return `Tidak ada desa berkode "${target.kode}"; periksa kodenya.`;
  return 'Alamat layanan berbentuk /l/<nama-berkas>/, alamat desa /d/<kode tanpa titik>/.';
}
