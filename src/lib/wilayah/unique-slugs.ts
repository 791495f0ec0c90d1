// File and folder names for scaffolded areas: the slug of the name (src/core/slug.ts), made unique within
// its folder. Official names can repeat inside one kecamatan (Kelurahan Panipahan and Desa Panipahan,
// 14.07.06), so a name shared by several gets the next, longer candidate: the jenis, then the code.
import { slugify } from '../../core/slug.ts';

/**
 * One name per item, in order. `candidates` lists the names to try from short to long; the last must be
 * unique by itself (it holds the code). An item moves to the next candidate while another item in the
 * same group shares its current one.
 */
export function uniqueSlugs<T>(items: readonly T[], candidates: (item: T) => readonly string[]): string[] {
  const options = items.map((item) => candidates(item).map(slugify));
  const level = items.map(() => 0);
  for (let changed = true; changed;) {
    changed = false;
    const counts = new Map<string, number>();
    options.forEach((names, index) => counts.set(names[level[index]!]!, (counts.get(names[level[index]!]!) ?? 0) + 1));
    options.forEach((names, index) => {
      if (counts.get(names[level[index]!]!)! > 1 && level[index]! < names.length - 1) {
        level[index]!++;
        changed = true;
      }
    });
  }
  return options.map((names, index) => names[level[index]!]!);
}
