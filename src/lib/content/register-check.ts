// Checks villages against the official register (src/lib/wilayah/): every code must exist and lie under
// the site's kecamatan, and a name spelled otherwise than the register is a warning that shows the
// official spelling. The kecamatan is its `kode` in kecamatan.yaml; without one, the kecamatan of the
// villages' codes whose name matches `nama`, else the one most of them share.
import type { Desa } from '../../schema/index.ts';
import { errorIn, warningIn, type Problem } from '../problems.ts';
import { register as officialRegister, type Register, type WilayahKecamatan } from '../wilayah/register.ts';
import { findByName, nameKey, nearestDesa } from '../wilayah/search.ts';
import { parentKode } from '../wilayah/kode.ts';
import type { Located } from './cross-checks.ts';

interface KecamatanFields {
  nama: string;
  kode?: string | undefined;
  /** Absent in a kabupaten layout, where they are inherited from kabupaten.yaml. */
  kabupaten?: string | undefined;
  provinsi?: string | undefined;
}

export function checkRegister(
  kecamatan: KecamatanFields | undefined,
  kecamatanFile: string,
  desa: readonly Located<Desa>[],
  register: Register = officialRegister(),
): Problem[] {
  const problems: Problem[] = [];
  const declared = kecamatan?.kode;
  let own: WilayahKecamatan | undefined;
  if (declared) {
    own = register.kecamatan(declared);
    if (!own) problems.push(unknownKecamatan(register, declared, kecamatan.nama, kecamatanFile));
    else if (!sameSpelling(kecamatan.nama, own.nama)) {
      problems.push(
        warningIn(
          kecamatanFile,
          `"${kecamatan.nama}" berbeda dengan nama resmi kecamatan ${own.kode} di daftar Kemendagri: "${own.nama}"; periksa ejaan nama atau kodenya`,
          { field: '«nama»' },
        ),
      );
    }
    if (own) problems.push(...checkParents(register, own, kecamatan, kecamatanFile));
  }
  // The kecamatan most villages share: cross-checks.ts already reports every village outside it.
  const majority = mostCommon(desa.map(({ entry }) => parentKode(entry.kode)!));
  own ??= declared ? undefined : inferKecamatan(register, kecamatan?.nama, desa, majority);

  for (const { entry, file } of desa) {
    const official = register.desa(entry.kode);
    const home = own ?? register.kecamatan(parentKode(entry.kode)!);
    if (!official) {
      const near = home && nearestDesa(entry, register.desaOf(home.kode));
      const hint = near ? `; desa terdekat di Kecamatan ${home.nama}: ${near.kode} ${near.nama}` : '';
      problems.push(errorIn(file, `${entry.kode} tidak ada di daftar wilayah Kemendagri${hint}`, { field: '«kode»' }));
    } else if (own && official.kecamatan !== own.kode) {
      if (official.kecamatan !== majority) continue;
      const other = register.kecamatan(official.kecamatan)!;
      problems.push(
        errorIn(
          file,
          `${entry.kode} adalah ${official.nama} di Kecamatan ${other.nama} (${other.kode}), bukan di Kecamatan ${own.nama} (${own.kode}) ${declared ? 'yang tertulis di «kode»' : 'menurut «nama» di'} ${kecamatanFile}`,
          { field: '«kode»' },
        ),
      );
    } else if (!sameSpelling(entry.nama, official.nama)) {
      problems.push(
        warningIn(
          file,
          `"${entry.nama}" berbeda dengan nama resmi desa ${entry.kode} di daftar Kemendagri: "${official.nama}"; periksa ejaan nama atau kodenya`,
          { field: '«nama»' },
        ),
      );
    }
  }
  return problems;
}

/** With a declared code, `kabupaten` and `provinsi` are the register's too (names alone: "Mojokerto"). */
function checkParents(register: Register, own: WilayahKecamatan, kecamatan: KecamatanFields, file: string): Problem[] {
  const kabupaten = register.kabupaten(own.kabupaten)!;
  const provinsi = register.provinsi(kabupaten.provinsi)!;
  const expected = [
    ['kabupaten', kecamatan.kabupaten, kabupaten.nama, kabupaten.namaLengkap],
    ['provinsi', kecamatan.provinsi, provinsi.nama, provinsi.nama],
  ] as const;
  return expected
    .filter(([, typed, official]) => typed !== undefined && !sameSpelling(typed, official))
    .map(([field, typed, official, shown]) =>
      warningIn(
        file,
        `"${typed}" berbeda dengan daftar Kemendagri untuk kecamatan ${own.kode} (${shown}): tulis "${official}"`,
        { field: `«${field}»` },
      ),
    );
}

function unknownKecamatan(register: Register, kode: string, nama: string, file: string): Problem {
  const named = findByName(nama, register.kecamatanOf(parentKode(kode)!));
  const anywhere = named.length ? named : findByName(nama, register.allKecamatan()).slice(0, 3);
  const hint = anywhere.length
    ? `; kecamatan ${anywhere.map((item) => `${item.nama} berkode ${item.kode}`).join(', ')}`
    : '';
  return errorIn(file, `${kode} tidak ada di daftar wilayah Kemendagri${hint}`, { field: '«kode»' });
}

/** Without a declared code: the villages' kecamatan named like the site, else the one most share. */
function inferKecamatan(
  register: Register,
  nama: string | undefined,
  desa: readonly Located<Desa>[],
  majority: string | undefined,
): WilayahKecamatan | undefined {
  const candidates = [...new Set(desa.map(({ entry }) => parentKode(entry.kode)!))]
    .map((kode) => register.kecamatan(kode))
    .filter((item) => item !== undefined);
  const named = nama === undefined ? undefined : candidates.find((item) => nameKey(item.nama) === nameKey(nama));
  return named ?? (majority === undefined ? undefined : register.kecamatan(majority));
}

/** Spelling, not typing: spaces around and a curly apostrophe do not count, letters and their case do. */
function sameSpelling(typed: string, official: string): boolean {
  const tidy = (text: string) => text.replace(/[’`]/g, "'").replace(/\s+/g, ' ').trim();
  return tidy(typed) === tidy(official);
}

function mostCommon(values: readonly string[]): string | undefined {
  const counts = new Map<string, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0];
}
