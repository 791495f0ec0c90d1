// The official register (idn-area-data's CSV files, 2025 Kepmendagri list) read straight from the
// package, for the bench's generated kabupaten and provinsi: just what a generator needs, in code order.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';

export interface Area {
  kode: string;
  nama: string;
  /** The code of the area it lies in ("35.16" for a kecamatan of Kabupaten Mojokerto). */
  induk: string;
}

export interface Register {
  provinces: Area[];
  regencies: Area[];
  districts: Area[];
  villages: Area[];
}

const require = createRequire(import.meta.url);

export async function readRegister(): Promise<Register> {
  const dir = join(dirname(require.resolve('idn-area-data/package.json')), 'data');
  const read = async (file: string, parent: string): Promise<Area[]> => {
    const rows = parse(await readFile(join(dir, file), 'utf8'), { columns: true }) as Record<string, string>[];
    return rows.map((row) => ({ kode: row.code!, nama: row.name!, induk: row[parent]! }));
  };
  const [provinces, regencies, districts, villages] = await Promise.all([
    read('provinces.csv', 'code'),
    read('regencies.csv', 'province_code'),
    read('districts.csv', 'regency_code'),
    read('villages.csv', 'district_code'),
  ]);
  return { provinces, regencies, districts, villages };
}

/** Areas whose parent is `kode`, grouped once for fast lookups. */
export function childrenOf(areas: readonly Area[]): Map<string, Area[]> {
  const map = new Map<string, Area[]>();
  for (const area of areas) {
    const list = map.get(area.induk);
    if (list) list.push(area);
    else map.set(area.induk, [area]);
  }
  return map;
}
