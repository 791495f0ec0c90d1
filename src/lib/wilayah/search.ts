// Finding areas by what people type: a name with any case, spacing or diacritics, or a near miss (the
// did-you-mean of `kecamatan-baru` and of `check`). Names are compared folded (src/core/fold-text.ts).
import { closestMatch } from '../../core/edit-distance.ts';
import { foldText } from '../../core/fold-text.ts';
import type { WilayahDesa } from './register.ts';

/** Folded and without spaces, so "Mojo Rejo", "mojorejo" and "MOJOREJO" are one name. */
export function nameKey(name: string): string {
  return foldText(name).replaceAll(' ', '');
}

/**
 * The areas named `name`: every exact match (names repeat: there is a Mojorejo in three kecamatan of
 * Mojokerto), else (unless `near` is false) those with the nearest name if it is near enough
 * (closestMatch), else none.
 */
export function findByName<T extends { nama: string }>(name: string, areas: readonly T[], { near = true } = {}): T[] {
  const key = nameKey(name);
  const exact = areas.filter((area) => nameKey(area.nama) === key);
  if (exact.length > 0 || key === '' || !near) return exact;
  const nearest = closestMatch(
    key,
    areas.map((area) => nameKey(area.nama)),
  );
  return nearest === undefined ? [] : areas.filter((area) => nameKey(area.nama) === nearest);
}

/**
 * The official village a mistyped entry most likely meant: the one with its name (or the nearest name),
 * else the one whose code is nearest by number. Undefined only for a kecamatan without villages.
 */
export function nearestDesa(
  entry: { nama: string; kode: string },
  villages: readonly WilayahDesa[],
): WilayahDesa | undefined {
  const byName = findByName(entry.nama, villages)[0];
  if (byName) return byName;
  const number = (kode: string) => Number(kode.replaceAll('.', ''));
  let best: WilayahDesa | undefined;
  for (const desa of villages) {
    if (!best || Math.abs(number(desa.kode) - number(entry.kode)) < Math.abs(number(best.kode) - number(entry.kode)))
      best = desa;
  }
  return best;
}
