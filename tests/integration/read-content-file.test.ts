// The one content reader on real files: how editors save them (BOM, CRLF, CR), what staff get wrong
// (too large, not UTF-8, a folder where a file belongs), optional against required files, and the line
// every problem names in YAML, JSON, CSV and markdown.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { desaSchema, dicetakSchema, layananSchema, sinonimSchema } from '../../src/schema/index.ts';
import { contentFiles } from '../../src/lib/content/content-files.ts';
import { listFolder } from '../../src/lib/content/list-folder.ts';
import { readContentFile } from '../../src/lib/content/read-content-file.ts';
import { MAX_FILE_BYTES } from '../../src/lib/content/read-text.ts';
import { formatProblem } from '../../src/lib/problems.ts';

// Root can read a chmod 000 file, so "permission denied" is staged: reading a file named izin-ditolak.*
// fails the way it does for a staff member without the right to read it.
vi.mock('node:fs/promises', async (importOriginal) => {
  const original = await importOriginal<typeof import('node:fs/promises')>();
  const readFile = (async (path: Parameters<typeof original.readFile>[0], ...rest: unknown[]) => {
    if (String(path).includes('izin-ditolak')) throw Object.assign(new Error('EACCES'), { code: 'EACCES' });
    return (original.readFile as (...args: unknown[]) => unknown)(path, ...rest);
  }) as typeof original.readFile;
  return { ...original, readFile, default: { ...original, readFile } };
});

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'pelita-baca-'));
});
afterEach(() => rm(dir, { recursive: true, force: true }));

/** Writes `content` as the file `name` and returns its path. */
async function fileWith(name: string, content: string | Uint8Array): Promise<string> {
  const path = join(dir, name);
  await writeFile(path, content);
  return path;
}

const messages = (problems: readonly Parameters<typeof formatProblem>[0][]) => problems.map(formatProblem);
const desa = { format: 'yaml', schema: desaSchema } as const;
const DESA = 'nama: Betro\njenis: desa\nkode: "35.16.15.2001"\nalamat: Jl. Raya\n';

describe('reading a content file', () => {
  it('reads a file saved with a BOM and CRLF endings, and counts lines as the editor shows them', async () => {
    const path = await fileWith(
      'betro.yaml',
      `\uFEFF${DESA.replace('jenis: desa', 'jenis: kota')}`.replace(/\n/g, '\r\n'),
    );
    const read = await readContentFile(path, 'desa/betro.yaml', desa);
    expect(read.text?.startsWith('nama: Betro\njenis')).toBe(true);
    expect(messages(read.problems)).toEqual(['desa/betro.yaml baris 2: «jenis» harus "desa" atau "kelurahan".']);
  });

  it('counts lines of a file saved with old Mac endings (CR only)', async () => {
    const path = await fileWith(
      'betro.yaml',
      DESA.replace('kode: "35.16.15.2001"', 'kode: "35.16"').replace(/\n/g, '\r'),
    );
    const read = await readContentFile(path, 'desa/betro.yaml', desa);
    expect(messages(read.problems)).toEqual([
      expect.stringMatching(/^desa\/betro\.yaml baris 3: «kode» harus berformat kode wilayah Kemendagri/),
    ]);
  });

  it('returns the checked value when nothing is wrong', async () => {
    const read = await readContentFile(await fileWith('betro.yaml', DESA), 'desa/betro.yaml', desa);
    expect(read.problems).toEqual([]);
    expect(read.data).toMatchObject({ nama: 'Betro', kode: '35.16.15.2001' });
    expect(read.lineOf?.(['alamat'])).toBe(4);
  });

  it('accepts a file of exactly the size limit and refuses one byte more, without reading it', async () => {
    const atLimit = await fileWith('pas.yaml', `# ${'x'.repeat(MAX_FILE_BYTES - 3)}\n`);
    expect(messages((await readContentFile(atLimit, 'pas.yaml', desa)).problems)).toEqual([
      'pas.yaml baris 1: Berkas kosong atau tidak berisi pasangan "kunci: nilai".',
    ]);
    const over = await fileWith('lebih.yaml', `# ${'x'.repeat(MAX_FILE_BYTES - 2)}\n`);
    expect(messages((await readContentFile(over, 'lebih.yaml', desa)).problems)).toEqual([
      'lebih.yaml: Berkas terlalu besar (256 KB, maksimal 256 KB); berkas konten hanya berisi teks.',
    ]);
  });

  it('refuses a file that is not UTF-8 and says how to save it again', async () => {
    const path = await fileWith('latin1.yaml', new Uint8Array([0x6e, 0x61, 0x6d, 0x61, 0x3a, 0x20, 0xe9, 0x0a]));
    const read = await readContentFile(path, 'latin1.yaml', desa);
    expect(read.data).toBeUndefined();
    expect(messages(read.problems)).toEqual([
      'latin1.yaml: Berkas tidak tersimpan sebagai UTF-8; simpan ulang dengan pengodean UTF-8 (di Notepad: Simpan Sebagai → Encoding: UTF-8).',
    ]);
  });

  it('says a folder is a folder, not that the file is missing', async () => {
    await mkdir(join(dir, 'kecamatan.yaml'));
    const read = await readContentFile(join(dir, 'kecamatan.yaml'), 'kecamatan.yaml', desa);
    expect(messages(read.problems)).toEqual([
      'kecamatan.yaml: Ini folder, bukan berkas; ganti nama atau pindahkan folder ini.',
    ]);
  });

  it('says permission was denied, not that the file is missing', async () => {
    const path = await fileWith('izin-ditolak.yaml', DESA);
    const read = await readContentFile(path, 'izin-ditolak.yaml', { ...desa, optional: true });
    expect(messages(read.problems)).toEqual([
      'izin-ditolak.yaml: Berkas tidak bisa dibaca (izin ditolak; minta pengelola komputer memberi izin baca).',
    ]);
  });

  it('reports a missing required file, and nothing for a missing optional one', async () => {
    const path = join(dir, 'tidak-ada.yaml');
    expect(messages((await readContentFile(path, 'tidak-ada.yaml', desa)).problems)).toEqual([
      'tidak-ada.yaml: Berkas tidak ditemukan.',
    ]);
    expect(await readContentFile(path, 'tidak-ada.yaml', { ...contentFiles.sinonim, schema: sinonimSchema })).toEqual({
      problems: [],
    });
  });

  it('treats an empty optional list file (or only comments) as none, and an empty required file as a mistake', async () => {
    const path = await fileWith('sinonim.yaml', '# belum ada\n');
    const none = await readContentFile(path, 'sinonim.yaml', { ...contentFiles.sinonim, schema: sinonimSchema });
    expect([none.data, none.problems]).toEqual([undefined, []]);
    expect(messages((await readContentFile(path, 'desa.yaml', desa)).problems)).toEqual([
      'desa.yaml baris 1: Berkas kosong atau tidak berisi pasangan "kunci: nilai".',
    ]);
  });

  it('points a JSON syntax mistake at its line, and a schema mistake at the value', async () => {
    const broken = await fileWith('dicetak.json', '{\n  "cetakan": [\n    {"tanggal": "2026-01-01",}\n  ]\n}\n');
    const spec = { ...contentFiles.dicetak, schema: dicetakSchema };
    expect(messages((await readContentFile(broken, 'dicetak.json', spec)).problems)).toEqual([
      expect.stringMatching(/^dicetak\.json baris 3: Bukan JSON yang benar/),
    ]);
    const wrong = await fileWith('salah.json', '{\n  "cetakan": [\n    {\n      "tanggal": "kemarin"\n    }\n  ]\n}\n');
    expect(messages((await readContentFile(wrong, 'salah.json', spec)).problems)).toContainEqual(
      expect.stringMatching(/^salah\.json baris 4: «cetakan» butir ke-1 «tanggal» harus berupa tanggal/),
    );
  });

  it('gives CSV rows with the file line each ends on, skipping blank lines', async () => {
    const path = await fileWith('2024.csv', '\uFEFFU1;U2\r\n\r\n1;2\r\n"3";"4"\r\n');
    const read = await readContentFile(path, 'skm/2024.csv', { format: 'csv' });
    expect(read.problems).toEqual([]);
    expect(read.data).toEqual([
      { cells: ['U1', 'U2'], line: 1 },
      { cells: ['1', '2'], line: 3 },
      { cells: ['3', '4'], line: 4 },
    ]);
  });

  it('points a CSV row with the wrong number of columns at its line', async () => {
    const path = await fileWith('2024.csv', 'U1,U2\n1,2\n1,2,3\n');
    expect(messages((await readContentFile(path, 'skm/2024.csv', { format: 'csv' })).problems)).toEqual([
      'skm/2024.csv baris 3: Jumlah kolom di baris ini berbeda dengan baris judul; periksa koma atau titik koma yang berlebih.',
    ]);
  });

  it('reads markdown frontmatter with file lines, and gives the body with the line it starts on', async () => {
    const text = '---\r\njudul: Surat\r\nbiaya: 5000\r\n---\r\nCatatan pertama.\r\n';
    const read = await readContentFile(await fileWith('surat.md', text), 'layanan/surat.md', {
      format: 'markdown',
      schema: layananSchema,
      isian: 'layanan',
    });
    expect(read.body).toEqual({ text: 'Catatan pertama.\n', line: 5 });
    expect(messages(read.problems)).toContainEqual('layanan/surat.md baris 3: «biaya» harus berupa teks.');
  });

  it('asks for the frontmatter when a markdown file has none, naming what it describes', async () => {
    const read = await readContentFile(await fileWith('bazar.md', 'Bazar pelayanan.\n'), 'acara/bazar.md', {
      format: 'markdown',
      schema: layananSchema,
      isian: 'acara',
    });
    expect(read.body).toBeUndefined();
    expect(messages(read.problems)).toEqual([
      'acara/bazar.md baris 1: Harus diawali baris "---", lalu isian acara, lalu "---" lagi sebelum catatan.',
    ]);
  });
});

describe('listing a content folder', () => {
  const show = (path: string) => path.slice(dir.length + 1);

  it('lists the files it holds, sorted, without hidden files, and keeps the rest apart', async () => {
    await mkdir(join(dir, 'skm'));
    for (const name of ['2024.csv', '2023.yaml', '.2022.csv', 'catatan.txt']) await fileWith(`skm/${name}`, '');
    const listing = await listFolder(join(dir, 'skm'), contentFiles.skm, show);
    expect(listing.files.map(show)).toEqual(['skm/2023.yaml', 'skm/2024.csv']);
    expect(listing.others.map(show)).toEqual(['skm/catatan.txt']);
    expect(listing.problems).toEqual([]);
  });

  it('reports a missing or empty required folder, and nothing for a missing optional one', async () => {
    expect(messages((await listFolder(join(dir, 'desa'), contentFiles.desa, show)).problems)).toEqual([
      'desa: Folder tidak ditemukan.',
    ]);
    await mkdir(join(dir, 'desa'));
    expect(messages((await listFolder(join(dir, 'desa'), contentFiles.desa, show)).problems)).toEqual([
      'desa: Folder kosong; tambahkan minimal satu berkas .yaml.',
    ]);
    expect(await listFolder(join(dir, 'acara'), contentFiles.acara, show)).toEqual({
      files: [],
      others: [],
      problems: [],
    });
  });

  it('says a file is a file, not that the folder is missing, even for an optional folder', async () => {
    await fileWith('acara', 'bazar\n');
    expect(messages((await listFolder(join(dir, 'acara'), contentFiles.acara, show)).problems)).toEqual([
      'acara: Ini berkas, bukan folder; ganti nama atau pindahkan berkas ini.',
    ]);
  });
});
