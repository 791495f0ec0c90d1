// Checks that need more than one file: duplicates, and villages that belong to one kecamatan.
import type { Desa, Layanan } from '../../schema/index.ts';
import { today as todayOfClock } from '../../core/clock.ts';
import { errorIn, warningIn, type Problem } from '../problems.ts';

/** A loaded entry and the file it came from, as messages name it. */
export interface Located<T> {
  entry: T;
  file: string;
}

export function checkDesaSet(desa: readonly Located<Desa>[]): Problem[] {
  const problems = [
    // betro.yaml and betro.yml would share one address and one poster file name.
    ...duplicates(
      desa,
      (d) => d.slug,
      'nama berkas',
      (other) => `sama dengan ${other}; hapus atau ganti nama salah satunya`,
    ),
    ...duplicates(
      desa,
      (d) => d.kode,
      'kode',
      (other) => `sama dengan ${other}; setiap desa punya kode Kemendagri sendiri`,
    ),
    ...duplicates(
      desa,
      (d) => normaliseName(d.nama),
      'nama',
      (other) => `sama dengan ${other}`,
    ),
  ];
  // The kecamatan part of the code (35.16.15) must be the same for every village on one site.
  const prefixes = countBy(desa.map(({ entry }) => entry.kode.split('.').slice(0, 3).join('.')));
  const common = [...prefixes.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
  for (const { entry, file } of desa) {
    const prefix = entry.kode.split('.').slice(0, 3).join('.');
    if (common && prefix !== common) {
      problems.push(
        errorIn(
          file,
          `kode ${entry.kode} milik kecamatan lain (${prefix}); desa lain di situs ini berkode ${common}.…`,
          {
            field: '«kode»',
          },
        ),
      );
    }
  }
  return problems;
}

export function checkLayananSet(layanan: readonly Located<Layanan>[], today = todayOfClock()): Problem[] {
  const problems = duplicates(
    layanan,
    (l) => normaliseName(l.judul),
    'judul',
    (other) => `sama dengan ${other}; beri judul yang membedakan`,
  );
  const yearAgo = `${Number(today.slice(0, 4)) - 1}${today.slice(4)}`;
  for (const { entry, file } of layanan) {
    if (entry.diperbarui < yearAgo) {
      problems.push(
        warningIn(
          file,
          `terakhir diperiksa ${entry.diperbarui}, lebih dari setahun lalu; periksa lagi persyaratannya lalu perbarui tanggalnya`,
          { field: '«diperbarui»' },
        ),
      );
    }
  }
  return problems;
}

function duplicates<T>(
  items: readonly Located<T>[],
  keyOf: (entry: T) => string,
  field: string,
  say: (otherFile: string) => string,
): Problem[] {
  const firstFile = new Map<string, string>();
  const problems: Problem[] = [];
  for (const { entry, file } of items) {
    const key = keyOf(entry);
    const other = firstFile.get(key);
    if (other) problems.push(errorIn(file, say(other), { field: `«${field}»` }));
    else firstFile.set(key, file);
  }
  return problems;
}

function normaliseName(name: string): string {
  return name.toLocaleLowerCase('id').replace(/\s+/g, '');
}

function countBy(values: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return counts;
}
