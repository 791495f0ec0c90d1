// The files `npm run kecamatan-baru` writes, as plain data: for one kecamatan, or for a whole kabupaten in
// the kabupaten layout (kabupaten.yaml + kecamatan/<slug>/). What the register knows is filled in; what
// only the office knows is left as "" under a "WAJIB DIISI" comment, so `npm run check` refuses the
// folder, naming each file, line and field, until staff have filled every one. Placeholder text such as
// "(isi alamat)" would pass the schema and reach print; an empty value cannot.
import { REGISTER_NOTICE } from './attribution.ts';
import type { Register, WilayahDesa, WilayahKabupaten, WilayahKecamatan } from './register.ts';
import { uniqueSlugs } from './unique-slugs.ts';
import { yamlComment, yamlString } from './yaml-text.ts';

export interface ScaffoldFile {
  /** Relative to the folder being created, with "/" separators. */
  path: string;
  text: string;
}

const WAJIB = '# WAJIB DIISI:';

/** The two national complaint channels every office shares; the office adds its own. */
const PENGADUAN_NASIONAL = [
  'pengaduan:',
  '  - label: SP4N-LAPOR! (situs resmi pengaduan nasional)',
  '    url: https://www.lapor.go.id',
  '  - label: SMS 1708 (LAPOR!)',
  '    url: "sms:1708"',
];

function header(title: string): string[] {
  return [
    ...yamlComment(`${title}. Dibuat oleh npm run kecamatan-baru dari daftar wilayah resmi Kemendagri.`),
    '# Nama dan kode sudah diisi dari daftar itu: jangan diubah. Isian bertanda WAJIB DIISI masih kosong ("");',
    '# npm run check menolak konten ini sampai semuanya diisi. Panduan: docs/panduan-staf.md',
    ...yamlComment(REGISTER_NOTICE),
  ];
}

function situsLines(slug: string): string[] {
  return [
    `${WAJIB} alamat situs, diawali https://. Untuk mencoba dulu boleh https://${slug}.contoh.invalid/`,
    '# (selama berakhiran .invalid, setiap poster bertuliskan "CONTOH — BELUM UNTUK DICETAK").',
    'situs: ""',
  ];
}

function kantorLines(): string[] {
  return [
    `${WAJIB} alamat kantor kecamatan, lengkap dengan kode pos.`,
    'alamat: ""',
    `${WAJIB} nomor telepon kantor, misalnya "(0321) 123456".`,
    'telepon: ""',
    `${WAJIB} nomor WhatsApp layanan: 62 lalu angka saja, misalnya "6281234567890".`,
    'whatsapp: ""',
    `${WAJIB} alamat email resmi kantor kecamatan.`,
    'email: ""',
    `${WAJIB} hari dan jam layanan, misalnya "Senin–Kamis 08.00–15.00, Jumat 08.00–11.00 WIB".`,
    'jam_layanan: ""',
  ];
}

/** kecamatan.yaml; in a kabupaten, kabupaten, provinsi, situs and pengaduan come from kabupaten.yaml. */
function kecamatanYaml(
  kecamatan: WilayahKecamatan,
  kabupaten: WilayahKabupaten,
  provinsi: string,
  slug: string,
  inKabupaten: boolean,
): string {
  const lines = [
    ...header(`Kecamatan ${kecamatan.nama}, ${kabupaten.namaLengkap}, ${provinsi}`),
    `nama: ${yamlString(kecamatan.nama)}`,
    `kode: "${kecamatan.kode}"`,
  ];
  if (inKabupaten) {
    lines.push('# kabupaten, provinsi, situs dan pengaduan diambil dari ../../kabupaten.yaml.', ...kantorLines());
  } else {
    if (kabupaten.jenis === 'kota') lines.push(`# ${kabupaten.namaLengkap}: tulis namanya saja, tanpa "Kota".`);
    lines.push(
      `kabupaten: ${yamlString(kabupaten.nama)}`,
      `provinsi: ${yamlString(provinsi)}`,
      ...kantorLines(),
      ...situsLines(slug),
      '# Saluran pengaduan: dua saluran nasional sudah diisi; tambahkan WhatsApp dan email kecamatan.',
      ...PENGADUAN_NASIONAL,
    );
  }
  return `${lines.join('\n')}\n`;
}

function desaYaml(desa: WilayahDesa, kecamatan: WilayahKecamatan, kabupaten: WilayahKabupaten): string {
  const jenis = desa.jenis === 'kelurahan' ? 'Kelurahan' : 'Desa';
  const kantor = desa.jenis === 'kelurahan' ? 'kantor kelurahan' : 'balai desa';
  return `${[
    `# ${jenis} ${desa.nama}, Kecamatan ${kecamatan.nama}, ${kabupaten.namaLengkap}.`,
    '# Nama, jenis dan kode dari daftar wilayah resmi Kemendagri: jangan diubah.',
    `nama: ${yamlString(desa.nama)}`,
    `jenis: ${desa.jenis}`,
    `kode: "${desa.kode}"`,
    `${WAJIB} alamat ${kantor}, tempat poster dipasang.`,
    'alamat: ""',
    '# Boleh diisi: petugas yang bisa dihubungi warga, misalnya',
    '# kontak:',
    `#   - jabatan: Sekretaris ${jenis}`,
    '#     telepon: "0812-0000-0000"',
    `# Boleh diisi: jam layanan ${kantor}, misalnya`,
    '# jam_layanan: "Senin–Jumat 08.00–14.00 WIB"',
  ].join('\n')}\n`;
}

export interface ScaffoldSummary {
  files: ScaffoldFile[];
  kecamatan: number;
  desa: number;
  kelurahan: number;
}

function kecamatanFiles(
  register: Register,
  kecamatan: WilayahKecamatan,
  slug: string,
  inKabupaten: boolean,
  prefix = '',
): ScaffoldFile[] {
  const kabupaten = register.kabupaten(kecamatan.kabupaten)!;
  const provinsi = register.provinsi(kabupaten.provinsi)!.nama;
  const villages = register.desaOf(kecamatan.kode);
  const names = uniqueSlugs(villages, (desa) => [
    desa.nama,
    `${desa.nama} ${desa.jenis}`,
    `${desa.nama} ${desa.kode.slice(-4)}`,
  ]);
  return [
    { path: `${prefix}kecamatan.yaml`, text: kecamatanYaml(kecamatan, kabupaten, provinsi, slug, inKabupaten) },
    ...villages.map((desa, index) => ({
      path: `${prefix}desa/${names[index]}.yaml`,
      text: desaYaml(desa, kecamatan, kabupaten),
    })),
  ];
}

function summarise(files: ScaffoldFile[], register: Register, kecamatan: readonly WilayahKecamatan[]): ScaffoldSummary {
  const villages = kecamatan.flatMap((item) => register.desaOf(item.kode));
  const kelurahan = villages.filter((desa) => desa.jenis === 'kelurahan').length;
  return { files, kecamatan: kecamatan.length, desa: villages.length - kelurahan, kelurahan };
}

/** One kecamatan folder, as content/ is today. */
export function scaffoldKecamatan(register: Register, kecamatan: WilayahKecamatan, slug: string): ScaffoldSummary {
  return summarise(kecamatanFiles(register, kecamatan, slug, false), register, [kecamatan]);
}

/** The kabupaten layout: kabupaten.yaml and one complete kecamatan folder per official kecamatan. */
export function scaffoldKabupaten(register: Register, kabupaten: WilayahKabupaten, slug: string): ScaffoldSummary {
  const provinsi = register.provinsi(kabupaten.provinsi)!.nama;
  const kecamatan = register.kecamatanOf(kabupaten.kode);
  const folders = uniqueSlugs(kecamatan, (item) => [item.nama, `${item.nama} ${item.kode.slice(-2)}`]);
  const kabupatenYaml = [
    ...header(`${kabupaten.namaLengkap}, ${provinsi}`),
    `nama: ${yamlString(kabupaten.nama)}`,
    `jenis: ${kabupaten.jenis}`,
    `kode: "${kabupaten.kode}"`,
    `provinsi: ${yamlString(provinsi)}`,
    ...situsLines(slug),
    '# Setiap kecamatan mendapat alamat di bawahnya: situs ditambah nama foldernya (…/kemlagi/).',
    '# Saluran pengaduan bersama: dua saluran nasional sudah diisi; tambahkan saluran kabupaten.',
    ...PENGADUAN_NASIONAL,
    '# Boleh diisi: kontak kantor yang mengelola situs.',
    '# alamat: ""',
    '# telepon: ""',
    '# whatsapp: ""',
    '# email: ""',
  ].join('\n');
  const files = [
    { path: 'kabupaten.yaml', text: `${kabupatenYaml}\n` },
    ...kecamatan.flatMap((item, index) =>
      kecamatanFiles(register, item, folders[index]!, true, `kecamatan/${folders[index]}/`),
    ),
  ];
  return summarise(files, register, kecamatan);
}
