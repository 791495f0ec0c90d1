// Writes the bench's kabupaten-layout content from the official register: content/kabupaten.yaml, the
// sample's services shared in layanan/, and one complete folder per kecamatan under kecamatan/<slug>/
// (kecamatan.yaml, one file per official village, two services of its own). The same kecamatan can also
// be written as a standalone folder (everything inherited written out, shared services copied in), which
// is how each kecamatan is built one by one before the kabupaten layout exists.
import { cp, mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import { slugify } from '../../src/core/slug.ts';
import { contentPath } from '../../src/lib/content/content-files.ts';
import { childrenOf, readRegister, type Area, type Register } from './register-csv.ts';

export interface GeneratedKabupaten {
  /** The content root (kabupaten.yaml, layanan/, kecamatan/). */
  dir: string;
  nama: string;
  kecamatan: { slug: string; desa: number }[];
  sharedLayanan: number;
  ownLayanan: number;
}

interface Sample {
  kecamatan: Record<string, unknown>;
  layanan: { name: string; text: string }[];
}

/** Kabupaten Mojokerto ("35.16") or any other regency, into `targetDir`. */
export async function generateKabupaten(
  sampleDir: string,
  targetDir: string,
  kode: string,
): Promise<GeneratedKabupaten> {
  const register = await readRegister();
  return writeKabupaten(await readSample(sampleDir), register, lookups(register), kode, targetDir);
}

/** Every kabupaten and kota of a province ("35", Jawa Timur), one content root each under `targetDir`. */
export async function generateProvinsi(
  sampleDir: string,
  targetDir: string,
  kode: string,
): Promise<GeneratedKabupaten[]> {
  const register = await readRegister();
  const sample = await readSample(sampleDir);
  const tables = lookups(register);
  const regencies = register.regencies.filter((regency) => regency.induk === kode);
  const roots: GeneratedKabupaten[] = [];
  for (const regency of regencies) {
    roots.push(await writeKabupaten(sample, register, tables, regency.kode, join(targetDir, regencySlug(regency))));
  }
  return roots;
}

function lookups(register: Register) {
  return { districts: childrenOf(register.districts), villages: childrenOf(register.villages) };
}

async function writeKabupaten(
  sample: Sample,
  register: Register,
  tables: ReturnType<typeof lookups>,
  kode: string,
  dir: string,
): Promise<GeneratedKabupaten> {
  const regency = register.regencies.find((item) => item.kode === kode);
  if (!regency) throw new Error(`No regency ${kode} in the register`);
  const { nama, jenis } = regencyName(regency);
  const host = `layanan.${slugify(nama).replaceAll('-', '')}${jenis === 'kota' ? 'kota' : 'kab'}.go.id`;
  await mkdir(join(dir, 'layanan'), { recursive: true });
  await writeFile(
    join(dir, 'kabupaten.yaml'),
    stringify({
      nama,
      jenis,
      kode,
      provinsi: register.provinces.find((province) => province.kode === regency.induk)?.nama ?? regency.induk,
      situs: `https://${host}/`,
      pengaduan: sample.kecamatan.pengaduan,
    }),
  );
  for (const { name, text } of sample.layanan) await writeFile(join(dir, 'layanan', name), text);

  const kecamatan: GeneratedKabupaten['kecamatan'] = [];
  const used = new Set<string>();
  for (const district of tables.districts.get(kode) ?? []) {
    const slug = unique(slugify(district.nama), used);
    const folder = join(dir, 'kecamatan', slug);
    const villages = tables.villages.get(district.kode) ?? [];
    await writeKecamatan(sample, district, villages, folder, host, slug);
    kecamatan.push({ slug, desa: villages.length });
  }
  return {
    dir,
    nama: `${jenis === 'kota' ? 'Kota' : 'Kabupaten'} ${nama}`,
    kecamatan,
    sharedLayanan: sample.layanan.length,
    ownLayanan: 2,
  };
}

async function writeKecamatan(
  sample: Sample,
  district: Area,
  villages: readonly Area[],
  folder: string,
  host: string,
  slug: string,
): Promise<void> {
  await mkdir(join(folder, 'desa'), { recursive: true });
  await mkdir(join(folder, 'layanan'), { recursive: true });
  const nama = district.nama;
  await writeFile(
    join(folder, 'kecamatan.yaml'),
    stringify({
      nama,
      alamat: `Kantor Kecamatan ${nama} (contoh)`,
      telepon: '(0321) 000-0000 (contoh)',
      whatsapp: '6280000000000',
      email: `kecamatan.${slug.replaceAll('-', '')}@${host.replace(/^layanan\./, '')}`,
      jam_layanan: sample.kecamatan.jam_layanan,
    }),
  );
  const used = new Set<string>();
  for (const village of villages) {
    const file = unique(slugify(village.nama), used);
    const jenis = village.kode.split('.')[3]!.startsWith('1') ? 'kelurahan' : 'desa';
    await writeFile(
      join(folder, 'desa', `${file}.yaml`),
      stringify({
        nama: village.nama,
        jenis,
        kode: village.kode,
        alamat: `${jenis === 'desa' ? 'Balai Desa' : 'Kantor Kelurahan'} ${village.nama}, Kecamatan ${nama} (contoh)`,
      }),
    );
  }
  // Two services of its own: sample services under a new slug and title.
  for (const [index, { text }] of sample.layanan.slice(0, 2).entries()) {
    const own = text.replace(/^judul: .*$/m, `judul: Layanan khusus ${index + 1} Kecamatan ${nama}`);
    await writeFile(join(folder, 'layanan', `khusus-${index + 1}.md`), own);
  }
}

/** The kecamatan as a standalone content folder, as one kecamatan is built today. */
export async function writeStandaloneKecamatan(root: string, slug: string, targetDir: string): Promise<void> {
  const kabupaten = parse(await readFile(join(root, 'kabupaten.yaml'), 'utf8')) as Record<string, unknown>;
  const folder = join(root, 'kecamatan', slug);
  await cp(folder, targetDir, { recursive: true });
  const own = parse(await readFile(join(folder, 'kecamatan.yaml'), 'utf8')) as Record<string, unknown>;
  await writeFile(
    contentPath(targetDir, 'kecamatan'),
    stringify({
      ...own,
      kabupaten: kabupaten.nama,
      provinsi: kabupaten.provinsi,
      situs: new URL(`${slug}/`, String(kabupaten.situs)).href,
      pengaduan: kabupaten.pengaduan,
    }),
  );
  const ownNames = new Set(await readdir(join(folder, 'layanan')));
  for (const name of await readdir(join(root, 'layanan'))) {
    if (!ownNames.has(name)) await cp(join(root, 'layanan', name), join(targetDir, 'layanan', name));
  }
}

async function readSample(sampleDir: string): Promise<Sample> {
  const kecamatan = parse(await readFile(contentPath(sampleDir, 'kecamatan'), 'utf8')) as Record<string, unknown>;
  const dir = contentPath(sampleDir, 'layanan');
  const names = (await readdir(dir)).filter((name) => name.endsWith('.md')).sort();
  const layanan = await Promise.all(
    names.map(async (name) => ({ name, text: await readFile(join(dir, name), 'utf8') })),
  );
  return { kecamatan, layanan };
}

function regencyName(regency: Area): { nama: string; jenis: 'kabupaten' | 'kota' } {
  const kota = regency.nama.startsWith('Kota ');
  return { nama: regency.nama.replace(/^(Kabupaten|Kota) /, ''), jenis: kota ? 'kota' : 'kabupaten' };
}

function regencySlug(regency: Area): string {
  const { nama, jenis } = regencyName(regency);
  return `${jenis}-${slugify(nama)}`;
}

function unique(slug: string, used: Set<string>): string {
  let candidate = slug;
  for (let n = 2; used.has(candidate); n++) candidate = `${slug}-${n}`;
  used.add(candidate);
  return candidate;
}
