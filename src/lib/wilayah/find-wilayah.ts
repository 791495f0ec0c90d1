// What `kecamatan-baru` does with what was typed after --kode or --kabupaten: the area with that code, or
// one `✗` line that says what exists instead (a did-you-mean on names when a name was typed, the
// neighbouring areas when a code does not exist).
import { UserError } from '../../core/user-error.ts';
import { isKodeOf, parentKode } from './kode.ts';
import type { Register, WilayahKabupaten, WilayahKecamatan } from './register.ts';
import { findByName } from './search.ts';

const LIST_LIMIT = 12;

export function findKecamatan(register: Register, typed: string): WilayahKecamatan {
  const kode = typed.trim();
  const found = register.kecamatan(kode);
  if (found) return found;
  const kabupatenName = (item: WilayahKecamatan) => register.kabupaten(item.kabupaten)?.namaLengkap ?? item.kabupaten;
  if (!isKodeOf('kecamatan', kode)) {
    if (isKodeOf('desa', kode) && register.desa(kode)) {
      const kecamatan = register.kecamatan(parentKode(kode)!)!;
      throw new UserError(`${kode} adalah kode desa; kecamatannya --kode ${kecamatan.kode} (${kecamatan.nama}).`);
    }
    const start = `"${kode}" bukan kode kecamatan; kode kecamatan ditulis seperti 35.16.15.`;
    const option = (item: WilayahKecamatan) => `--kode ${item.kode} (${item.nama}, ${kabupatenName(item)})`;
    const hasLetters = /\p{L}/u.test(kode);
    const exact = hasLetters ? findByName(kode, register.allKecamatan(), { near: false }) : [];
    // A village's name typed for its kecamatan ("Mojorejo"): name the kecamatan it lies in.
    const villages = hasLetters && exact.length === 0 ? findByName(kode, register.allDesa(), { near: false }) : [];
    if (villages.length > 0) {
      const kecamatan = [...new Set(villages.map((desa) => desa.kecamatan))].map((item) => register.kecamatan(item)!);
      const shown = kecamatan.slice(0, LIST_LIMIT).map(option);
      const rest = kecamatan.length > LIST_LIMIT ? ` (dan ${kecamatan.length - LIST_LIMIT} lainnya)` : '';
      throw new UserError(
        `${start} ${villages[0]!.nama} adalah nama desa/kelurahan; kecamatannya ${listOf(shown)}${rest}.`,
      );
    }
    const kabupaten = register.kabupaten(kode);
    if (kabupaten) {
      throw new UserError(
        `${start} ${kode} adalah ${kabupaten.namaLengkap}: untuk semua kecamatannya tulis --kabupaten ${kode}.`,
      );
    }
    const named = exact.length || !hasLetters ? exact : findByName(kode, register.allKecamatan());
    throw new UserError(named.length ? `${start} Maksud Anda ${listOf(named.map(option))}?` : start);
  }
  const kabupaten = register.kabupaten(parentKode(kode)!);
  if (!kabupaten)
    throw unknownKabupaten(register, parentKode(kode)!, `Kode ${kode} tidak ada di daftar wilayah Kemendagri`);
  const near = nearestByKode(kode, register.kecamatanOf(kabupaten.kode));
  throw new UserError(
    `Kode ${kode} tidak ada di daftar wilayah Kemendagri. Maksud Anda salah satu kecamatan di ${kabupaten.namaLengkap}: ${near}?`,
  );
}

export function findKabupaten(register: Register, typed: string): WilayahKabupaten {
  const kode = typed.trim();
  const found = register.kabupaten(kode);
  if (found) return found;
  if (!isKodeOf('kabupaten', kode)) {
    // "Kota Mojokerto" means the kota, not Kabupaten Mojokerto of the same name.
    const jenis = /^kota\s/i.test(kode) ? 'kota' : /^kab(upaten|\.)?\s/i.test(kode) ? 'kabupaten' : undefined;
    const candidates = register.allKabupaten().filter((item) => !jenis || item.jenis === jenis);
    const named = /\p{L}/u.test(kode) ? findByName(kode.replace(/^(kabupaten|kab\.?|kota)\s+/i, ''), candidates) : [];
    const hint = named.length
      ? ` Maksud Anda ${listOf(named.map((item) => `--kabupaten ${item.kode} (${item.namaLengkap})`))}?`
      : '';
    throw new UserError(`"${kode}" bukan kode kabupaten/kota; kode kabupaten/kota ditulis seperti 35.16.${hint}`);
  }
  throw unknownKabupaten(register, kode, `Kode ${kode} tidak ada di daftar wilayah Kemendagri`);
}

function unknownKabupaten(register: Register, kode: string, start: string): UserError {
  const provinsi = register.provinsi(parentKode(kode) ?? kode);
  if (!provinsi) return new UserError(`${start}: provinsi ${kode.slice(0, 2)} pun tidak ada. Periksa kodenya.`);
  const near = nearestByKode(kode, register.kabupatenOf(provinsi.kode), (item) => item.namaLengkap);
  return new UserError(`${start}. Maksud Anda salah satu kabupaten/kota di ${provinsi.nama}: ${near}?`);
}

/** The areas with the codes nearest to `kode`, listed in code order: "35.74.01 Kademangan, …". */
function nearestByKode<T extends { kode: string; nama: string }>(
  kode: string,
  areas: readonly T[],
  nameOf: (area: T) => string = (area) => area.nama,
): string {
  const number = (text: string) => Number(text.replaceAll('.', ''));
  const chosen = [...areas]
    .sort((a, b) => Math.abs(number(a.kode) - number(kode)) - Math.abs(number(b.kode) - number(kode)))
    .slice(0, LIST_LIMIT)
    .sort((a, b) => a.kode.localeCompare(b.kode));
  const rest = areas.length - chosen.length;
  const list = chosen.map((area) => `${area.kode} ${nameOf(area)}`).join(', ');
  return rest > 0 ? `${list} (dan ${rest} lainnya)` : list;
}

function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} atau ${items.at(-1)}`;
}
