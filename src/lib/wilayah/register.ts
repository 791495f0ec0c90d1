// The official register of Indonesia's areas (Kepmendagri list, through the npm package idn-area-data):
// every provinsi, kabupaten/kota, kecamatan and desa/kelurahan with its code, read once per process on
// first use and indexed by code and by parent. Names are display names (wilayah-name.ts).
import { jenisDesaOf } from './kode.ts';
import { readRegisterRows } from './register-files.ts';
import { formatWilayahName, splitKabupatenName, type JenisKabupaten } from './wilayah-name.ts';

export interface WilayahProvinsi {
  kode: string;
  nama: string;
}

export interface WilayahKabupaten {
  kode: string;
  /** The name alone, as content writes it: "Mojokerto". */
  nama: string;
  jenis: JenisKabupaten;
  /** As official lists write it: "Kabupaten Mojokerto", "Kota Mojokerto". */
  namaLengkap: string;
  provinsi: string;
}

export interface WilayahKecamatan {
  kode: string;
  nama: string;
  kabupaten: string;
}

export interface WilayahDesa {
  kode: string;
  nama: string;
  jenis: 'desa' | 'kelurahan';
  kecamatan: string;
}

export interface Register {
  provinsi(kode: string): WilayahProvinsi | undefined;
  kabupaten(kode: string): WilayahKabupaten | undefined;
  kecamatan(kode: string): WilayahKecamatan | undefined;
  desa(kode: string): WilayahDesa | undefined;
  /** Children in code order: the kabupaten/kota of a provinsi, the kecamatan of a kabupaten, the desa of a kecamatan. */
  kabupatenOf(provinsiKode: string): readonly WilayahKabupaten[];
  kecamatanOf(kabupatenKode: string): readonly WilayahKecamatan[];
  desaOf(kecamatanKode: string): readonly WilayahDesa[];
  allKecamatan(): readonly WilayahKecamatan[];
  allKabupaten(): readonly WilayahKabupaten[];
  allDesa(): readonly WilayahDesa[];
}

let loaded: Register | undefined;

/** The register, read on the first call and kept for the life of the process. */
export function register(): Register {
  loaded ??= buildRegister(readRegisterRows);
  return loaded;
}

/** Builds the indexes from rows; `rowsOf` is the file reader (tests may hand in small tables). */
export function buildRegister(rowsOf: typeof readRegisterRows): Register {
  const provinsi = indexBy(
    rowsOf('provinces').map(([kode, nama]) => ({ kode: kode!, nama: formatWilayahName(nama!) })),
  );
  const kabupaten = indexBy(
    rowsOf('regencies').map(([kode, parent, raw]) => {
      const { jenis, nama } = splitKabupatenName(raw!);
      const namaLengkap = `${jenis === 'kota' ? 'Kota' : 'Kabupaten'} ${nama}`;
      return { kode: kode!, nama, jenis, namaLengkap, provinsi: parent! };
    }),
  );
  const kecamatan = indexBy(
    rowsOf('districts').map(([kode, parent, nama]) => ({
      kode: kode!,
      nama: formatWilayahName(nama!),
      kabupaten: parent!,
    })),
  );
  // 83,762 villages share 7,285 parent codes: hold each once rather than once per village.
  const kecamatanKode = (parent: string) => kecamatan.get(parent)?.kode ?? parent;
  const desa = indexBy(
    rowsOf('villages').map(([kode, parent, nama]) => ({
      kode: kode!,
      nama: formatWilayahName(nama!),
      jenis: jenisDesaOf(kode!),
      kecamatan: kecamatanKode(parent!),
    })),
  );
  const kabupatenByParent = childrenBy(kabupaten.values(), (item) => item.provinsi);
  const kecamatanByParent = childrenBy(kecamatan.values(), (item) => item.kabupaten);
  const desaByParent = childrenBy(desa.values(), (item) => item.kecamatan);
  return {
    provinsi: (kode) => provinsi.get(kode),
    kabupaten: (kode) => kabupaten.get(kode),
    kecamatan: (kode) => kecamatan.get(kode),
    desa: (kode) => desa.get(kode),
    kabupatenOf: (kode) => kabupatenByParent.get(kode) ?? [],
    kecamatanOf: (kode) => kecamatanByParent.get(kode) ?? [],
    desaOf: (kode) => desaByParent.get(kode) ?? [],
    allKecamatan: () => [...kecamatan.values()],
    allKabupaten: () => [...kabupaten.values()],
    allDesa: () => [...desa.values()],
  };
}

function indexBy<T extends { kode: string }>(items: T[]): Map<string, T> {
  return new Map(items.map((item) => [item.kode, item]));
}

/** Children grouped by parent code, each group sorted by code (the files are, but nothing promises it). */
function childrenBy<T extends { kode: string }>(items: Iterable<T>, parentOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const parent = parentOf(item);
    const group = groups.get(parent);
    if (group) group.push(item);
    else groups.set(parent, [item]);
  }
  for (const group of groups.values()) group.sort((a, b) => (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0));
  return groups;
}
