// Groups services by `kategori` for the home page: the largest groups (the services most residents look
// for) first, then by name, so the order is stable and needs no extra setting.
import type { Layanan } from '../schema/index.ts';

export interface KategoriGroup<T> {
  kategori: string;
  layanan: T[];
}

export function groupByKategori<T extends Pick<Layanan, 'kategori' | 'judul'>>(
  layanan: readonly T[],
): KategoriGroup<T>[] {
  const groups = new Map<string, T[]>();
  for (const item of layanan) groups.set(item.kategori, [...(groups.get(item.kategori) ?? []), item]);
  return [...groups.entries()]
    .sort(([a, itemsA], [b, itemsB]) => itemsB.length - itemsA.length || a.localeCompare(b, 'id'))
    .map(([kategori, items]) => ({ kategori, layanan: items.sort((a, b) => a.judul.localeCompare(b.judul, 'id')) }));
}
