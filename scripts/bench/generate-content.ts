// Writes a large, valid content set for the benchmark: the sample's services repeated under new names,
// and the villages of the largest real kecamatan in the official register (`check` accepts only
// registered codes, and no kecamatan has more than about a hundred villages), so the set has the shapes
// staff write at a scale few kecamatan reach.
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { contentPath } from '../../src/lib/content/content-files.ts';
import { register, type WilayahKecamatan } from '../../src/lib/wilayah/register.ts';

export interface GeneratedSize {
  layanan: number;
  /** Villages wanted; at most the largest kecamatan's count. */
  desa: number;
}

export interface GeneratedContent {
  layanan: number;
  desa: number;
  /** The kecamatan whose villages the set uses, e.g. "Kecamatan X, Kabupaten Y". */
  kecamatan: string;
}

export async function generateContent(
  sampleDir: string,
  targetDir: string,
  size: GeneratedSize,
): Promise<GeneratedContent> {
  const desaDir = contentPath(targetDir, 'desa');
  const layananDir = contentPath(targetDir, 'layanan');
  await mkdir(desaDir, { recursive: true });
  await mkdir(layananDir, { recursive: true });

  const areas = register();
  const largest = largestKecamatan(areas.allKecamatan());
  const kabupaten = areas.kabupaten(largest.kabupaten)!;
  const sampleKecamatan = parse(await readFile(contentPath(sampleDir, 'kecamatan'), 'utf8')) as Record<string, unknown>;
  const kecamatan = {
    ...sampleKecamatan,
    nama: largest.nama,
    kode: largest.kode,
    kabupaten: kabupaten.nama,
    ...(kabupaten.jenis === 'kota' ? { jenis_kabupaten: 'kota' } : {}),
    provinsi: areas.provinsi(kabupaten.provinsi)!.nama,
  };
  await writeFile(contentPath(targetDir, 'kecamatan'), stringify(kecamatan));

  const services = await readTexts(contentPath(sampleDir, 'layanan'));
  for (let index = 0; index < size.layanan; index++) {
    const number = String(index + 1).padStart(4, '0');
    const text = services[index % services.length]!.replace(
      /^judul: (.*)$/m,
      (_, judul: string) => `judul: ${judul.replace(/^"|"$/g, '')} ${number}`,
    );
    await writeFile(join(layananDir, `l${number}.md`), text);
  }

  const villages = areas.desaOf(largest.kode).slice(0, size.desa);
  for (const [index, village] of villages.entries()) {
    const number = String(index + 1).padStart(3, '0');
    const text = stringify({
      nama: village.nama,
      jenis: village.jenis,
      kode: village.kode,
      alamat: `Balai ${village.jenis === 'desa' ? 'Desa' : 'Kelurahan'} ${village.nama}`,
    });
    await writeFile(join(desaDir, `desa-${number}.yaml`), text);
  }
  return {
    layanan: size.layanan,
    desa: villages.length,
    kecamatan: `Kecamatan ${largest.nama}, ${kabupaten.namaLengkap}`,
  };
}

/** The kecamatan with the most villages whose names are all different (check refuses a repeated name). */
function largestKecamatan(all: readonly WilayahKecamatan[]): WilayahKecamatan {
  const areas = register();
  const size = (kecamatan: WilayahKecamatan) => {
    const names = areas.desaOf(kecamatan.kode).map((desa) => desa.nama.toLowerCase());
    return new Set(names).size === names.length ? names.length : 0;
  };
  return all.reduce((best, kecamatan) => (size(kecamatan) > size(best) ? kecamatan : best));
}

async function readTexts(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).sort();
  return Promise.all(names.map((name) => readFile(join(dir, name), 'utf8')));
}
