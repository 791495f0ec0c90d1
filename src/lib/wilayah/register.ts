// The official register of Indonesia's areas (Kepmendagri list, through the npm package idn-area-data):
// every provinsi, kabupaten/kota, kecamatan and desa/kelurahan with its code, read once per process on
// first use (villages per kecamatan, when asked for) and indexed by code and by parent. Names are display
// names (wilayah-name.ts).
import { jenisDesaOf, parentKode } from './kode.ts';
import { packageSource, type RegisterSource } from './register-files.ts';
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
  loaded ??= buildRegister(packageSource());
  return loaded;
}

/**
 * Indexes the register. Provinsi, kabupaten/kota and kecamatan (7,800 rows) are read at once; villages
 * one kecamatan at a time when first asked for, so `check` of one kecamatan reads 20 villages, not 83,762.
 */
export function buildRegister(source: RegisterSource): Register {
  const provinsi = indexBy(
    source.rows('provinces').map(([kode, nama]) => ({ kode: kode!, nama: formatWilayahName(nama!) })),
  );
  const kabupaten = indexBy(
    source.rows('regencies').map(([kode, parent, raw]) => {
      const { jenis, nama } = splitKabupatenName(raw!);
      const namaLengkap = `${jenis === 'kota' ? 'Kota' : 'Kabupaten'} ${nama}`;
      return { kode: kode!, nama, jenis, namaLengkap, provinsi: parent! };
    }),
  );
  const kecamatan = indexBy(
    source.rows('districts').map(([kode, parent, nama]) => ({
      kode: kode!,
      nama: formatWilayahName(nama!),
      kabupaten: parent!,
    })),
  );
  const kabupatenByParent = childrenBy(kabupaten.values(), (item) => item.provinsi);
  const kecamatanByParent = childrenBy(kecamatan.values(), (item) => item.kabupaten);

  const desaByParent = new Map<string, WilayahDesa[]>();
  const toDesa = ([kode, parent, nama]: string[]): WilayahDesa => ({
    kode: kode!,
    nama: formatWilayahName(nama!),
    jenis: jenisDesaOf(kode!),
    // 83,762 villages share 7,285 parent codes: hold each once rather than once per village.
    kecamatan: kecamatan.get(parent!)?.kode ?? parent!,
  });
  const desaOf = (kode: string): WilayahDesa[] => {
    let villages = desaByParent.get(kode);
    if (!villages) {
      villages = kecamatan.has(kode) ? byKode(source.villagesOf(kode).map(toDesa)) : [];
      desaByParent.set(kode, villages);
    }
    return villages;
  };
  let everyDesa: WilayahDesa[] | undefined;
  return {
    provinsi: (kode) => provinsi.get(kode),
    kabupaten: (kode) => kabupaten.get(kode),
    kecamatan: (kode) => kecamatan.get(kode),
    desa: (kode) => {
      const parent = parentKode(kode);
      return parent === undefined ? undefined : desaOf(parent).find((desa) => desa.kode === kode);
    },
    kabupatenOf: (kode) => kabupatenByParent.get(kode) ?? [],
    kecamatanOf: (kode) => kecamatanByParent.get(kode) ?? [],
    desaOf,
    allKecamatan: () => [...kecamatan.values()],
    allKabupaten: () => [...kabupaten.values()],
    allDesa: () => {
      // Read the whole file once, and let every kecamatan's list come from it from then on.
      if (!everyDesa) {
        const grouped = childrenBy(source.rows('villages').map(toDesa), (desa) => desa.kecamatan);
        for (const [parent, villages] of grouped) if (!desaByParent.has(parent)) desaByParent.set(parent, villages);
        everyDesa = [...kecamatan.keys()].flatMap((kode) => desaOf(kode));
      }
      return everyDesa;
    },
  };
}

function byKode<T extends { kode: string }>(items: T[]): T[] {
  return items.sort((a, b) => (a.kode < b.kode ? -1 : a.kode > b.kode ? 1 : 0));
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
  for (const group of groups.values()) byKode(group);
  return groups;
}
