// Broken content is refused with a message that names the file and the field or line to fix.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { formatProblem, hasErrors } from '../../src/lib/problems.ts';
import { BROKEN, contentWith, removeDir } from '../support/content-dir.ts';

interface Case {
  /** Fixture inside tests/fixtures/broken, placed at the same relative path in a valid content set. */
  fixture: string;
  /** Where it goes in the content folder (defaults to the fixture path). */
  target?: string;
  /** Fragments every expected message contains: one array per expected problem. */
  expect: string[][];
}

const cases: Case[] = [
  {
    fixture: 'layanan/persyaratan-kosong.md',
    expect: [['persyaratan-kosong.md baris 5:', '«persyaratan» harus berisi minimal satu dokumen']],
  },
  {
    fixture: 'layanan/kunci-salah-eja.md',
    expect: [['kunci-salah-eja.md baris 15: Kunci «persyartan»', 'mungkin maksudnya «persyaratan»']],
  },
  { fixture: 'layanan/judul-hilang.md', expect: [['judul-hilang.md', '«judul» wajib diisi']] },
  {
    fixture: 'layanan/tanggal-salah.md',
    expect: [['tanggal-salah.md baris 14:', '«diperbarui» bukan tanggal yang ada di kalender']],
  },
  {
    fixture: 'layanan/tanggal-masa-depan.md',
    expect: [['tanggal-masa-depan.md baris 14:', '«diperbarui» tidak boleh tanggal di masa depan']],
  },
  {
    fixture: 'layanan/pengantar-bukan-boolean.md',
    expect: [
      ['pengantar-bukan-boolean.md baris 7:', '«persyaratan» butir ke-1 «jumlah» harus berupa bilangan bulat'],
      ['pengantar-bukan-boolean.md baris 14:', '«pengantar_desa» harus true'],
    ],
  },
  {
    fixture: 'layanan/yaml-rusak.md',
    expect: [['yaml-rusak.md baris 3:', 'Penulisan YAML salah: ada tanda kutip yang dibuka tetapi tidak ditutup']],
  },
  { fixture: 'layanan/tanpa-frontmatter.md', expect: [['tanpa-frontmatter.md baris 1:', 'Harus diawali baris "---"']] },
  {
    fixture: 'layanan/Nama Berkas.md',
    expect: [['Nama Berkas.md: Nama berkas', 'huruf kecil, angka dan tanda hubung']],
  },
  { fixture: 'layanan/judul-kembar.md', expect: [['«judul» sama dengan', 'sktm.md', 'judul-kembar.md']] },
  {
    fixture: 'desa/kode-salah.yaml',
    expect: [['kode-salah.yaml baris 3:', '«kode» harus berformat kode wilayah Kemendagri']],
  },
  {
    fixture: 'desa/jenis-bertentangan.yaml',
    expect: [['jenis-bertentangan.yaml baris 2:', '«jenis» tidak cocok dengan kode 35.16.15.2099']],
  },
  { fixture: 'desa/kecamatan-lain.yaml', expect: [['kecamatan-lain.yaml: «kode»', 'milik kecamatan lain (35.16.16)']] },
  { fixture: 'desa/kode-kembar.yaml', expect: [['«kode» sama dengan', 'mojorejo.yaml', 'kode-kembar.yaml']] },
  { fixture: 'desa/bukan-utf8.yaml', expect: [['bukan-utf8.yaml:', 'UTF-8']] },
  {
    fixture: 'kecamatan/situs-http.yaml',
    target: 'kecamatan.yaml',
    expect: [
      ['kecamatan.yaml baris 6:', '«whatsapp» harus diawali 62'],
      ['kecamatan.yaml baris 7:', '«email» bukan alamat email'],
      ['kecamatan.yaml baris 9:', '«situs» harus berupa alamat lengkap yang diawali https://'],
      ['kecamatan.yaml baris 10:', '«pengaduan» harus berisi minimal satu saluran'],
    ],
  },
];

let dir: string | undefined;
afterEach(async () => {
  if (dir) await removeDir(dir);
  dir = undefined;
});

describe('pemeriksaan konten', () => {
  it.each(cases)(
    'menolak $fixture dan menyebut berkas serta isiannya',
    async ({ fixture, target, expect: expected }) => {
      dir = await contentWith({ [target ?? fixture]: join(BROKEN, fixture) });
      const { content, problems } = await loadContent(dir);
      const messages = problems.filter((problem) => problem.level === 'galat').map(formatProblem);

      expect(content).toBeUndefined();
      expect(messages).toHaveLength(expected.length);
      for (const [index, fragments] of expected.entries()) {
        for (const fragment of fragments) expect(messages[index]).toContain(fragment);
      }
    },
  );

  it('melaporkan semua kesalahan sekaligus, tidak berhenti di yang pertama', async () => {
    dir = await contentWith(
      Object.fromEntries(cases.filter((c) => !c.target).map((c) => [c.fixture, join(BROKEN, c.fixture)])),
    );
    const { problems } = await loadContent(dir);
    const files = new Set(problems.map((problem) => problem.file.split('/').pop()));
    expect(files.size).toBe(cases.filter((c) => !c.target).length);
  });

  it('menerima berkas yang disimpan editor Windows (BOM dan CRLF)', async () => {
    dir = await contentWith({
      'desa/windows.yaml': join(import.meta.dirname, '../fixtures/windows/desa/windows.yaml'),
    });
    const { content, problems } = await loadContent(dir);
    expect(problems).toEqual([]);
    expect(content?.desa.map((desa) => desa.nama)).toContain('Windows');
  });

  it('menolak berkas raksasa tanpa membacanya sebagai konten', async () => {
    dir = await contentWith();
    await writeFile(join(dir, 'desa/besar.yaml'), `nama: Besar\n${'# isi\n'.repeat(1_000_000)}`);
    const { problems } = await loadContent(dir);
    expect(hasErrors(problems)).toBe(true);
    expect(problems.map(formatProblem).join('\n')).toMatch(/besar\.yaml: Berkas terlalu besar \(\d+ KB/);
  });

  it('memperingatkan, tanpa menggagalkan, layanan yang lebih dari setahun tidak diperiksa', async () => {
    dir = await contentWith();
    const path = join(dir, 'layanan/pindah.md');
    const { readFile } = await import('node:fs/promises');
    await writeFile(path, (await readFile(path, 'utf8')).replace('diperbarui: 2026-11-20', 'diperbarui: 2020-01-01'));
    const { content, problems } = await loadContent(dir);
    expect(content).toBeDefined();
    expect(problems.map(formatProblem)).toEqual([
      expect.stringContaining('pindah.md: peringatan: «diperbarui» terakhir diperiksa 2020-01-01'),
    ]);
  });
});
