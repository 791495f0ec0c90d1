// Broken survey and event files are refused with a message naming the file and the row or field, and
// then nothing is published (loadContent returns no content).
import { cp, mkdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadContent } from '../../src/lib/content/load-content.ts';
import { formatProblem, sortProblems } from '../../src/lib/problems.ts';
import { BROKEN, contentWith, removeDir } from '../support/content-dir.ts';

interface Case {
  fixture: string;
  /** Path inside the content folder. */
  target: string;
  expect: string[][];
}

const cases: Case[] = [
  {
    fixture: 'skm/nilai-salah.csv',
    target: 'skm/2024.csv',
    expect: [
      ['skm/2024.csv baris 3: Kolom «U3» bernilai "5"; isi dengan angka 1, 2, 3 atau 4'],
      ['skm/2024.csv baris 4: Kolom «U6» kosong; isi dengan angka 1, 2, 3 atau 4'],
    ],
  },
  {
    fixture: 'skm/kolom-hilang.csv',
    target: 'skm/2024-2.csv',
    expect: [['skm/2024-2.csv baris 1: Kolom U7 tidak ada di baris judul']],
  },
  { fixture: 'skm/kosong.csv', target: 'skm/2024.csv', expect: [['skm/2024.csv baris 1: Berkas kosong']] },
  {
    fixture: 'skm/periode-salah.csv',
    target: 'skm/2024-3.csv',
    expect: [['skm/2024-3.csv: Nama berkas "2024-3" bukan periode survei', '2023-1.csv']],
  },
  {
    fixture: 'skm/unsur-kurang.yaml',
    target: 'skm/2022.yaml',
    expect: [
      ['skm/2022.yaml baris 2: «unsur» harus berisi tepat sembilan unsur'],
      ['skm/2022.yaml baris 4: «unsur» butir ke-2 «nilai» harus antara 25 dan 100'],
    ],
  },
  {
    fixture: 'acara/layanan-salah.md',
    target: 'acara/bazar.md',
    expect: [
      ['acara/bazar.md baris 9: «layanan» butir ke-2 "sktn" bukan layanan yang ada; mungkin maksudnya "sktm"?'],
      ['acara/bazar.md baris 10: «layanan» butir ke-3 "paspor" bukan layanan yang ada; tulis nama berkas'],
    ],
  },
  {
    fixture: 'acara/jam-salah.md',
    target: 'acara/bazar.md',
    expect: [
      ['acara/bazar.md baris 2: «selesai» wajib diisi bila «mulai» diisi'],
      ['acara/bazar.md baris 3: «tanggal» bukan tanggal yang ada di kalender'],
      ['acara/bazar.md baris 4: «mulai» harus berupa jam dengan format JJ:MM'],
      ['acara/bazar.md baris 6: «instansi» harus berisi minimal satu instansi'],
    ],
  },
  {
    fixture: 'acara/selesai-sebelum-mulai.md',
    target: 'acara/bazar.md',
    expect: [['acara/bazar.md baris 5: «selesai» harus lebih akhir dari jam mulai (13:00)']],
  },
];

let dir: string | undefined;
afterEach(async () => {
  if (dir) await removeDir(dir);
  dir = undefined;
});

async function withFixtures(fixtures: readonly Case[]): Promise<string> {
  const folder = await contentWith();
  for (const { fixture, target } of fixtures) {
    await mkdir(dirname(join(folder, target)), { recursive: true });
    await cp(join(BROKEN, fixture), join(folder, target));
  }
  return folder;
}

describe('pemeriksaan SKM dan acara', () => {
  it.each(cases)('menolak $fixture dan menyebut berkas serta baris atau isiannya', async (testCase) => {
    dir = await withFixtures([testCase]);
    const { content, problems } = await loadContent(dir);
    const messages = sortProblems(problems.filter((problem) => problem.level === 'galat')).map(formatProblem);
    expect(content).toBeUndefined();
    expect(messages).toHaveLength(testCase.expect.length);
    for (const [index, fragments] of testCase.expect.entries()) {
      for (const fragment of fragments) expect(messages[index]).toContain(fragment);
    }
  });

  it('menerima jawaban responden dari Excel Indonesia (titik koma, BOM, CRLF, kolom tambahan)', async () => {
    dir = await contentWith();
    await mkdir(join(dir, 'skm'));
    await cp(join(import.meta.dirname, '../fixtures/skm/2024-1.csv'), join(dir, 'skm/2024-1.csv'));
    const { content, problems } = await loadContent(dir);
    expect(problems).toEqual([]);
    expect(content?.skm.map((periode) => [periode.periode, periode.responden])).toEqual([['2024-1', 4]]);
  });

  it('menolak dua berkas untuk periode yang sama', async () => {
    dir = await contentWith();
    await mkdir(join(dir, 'skm'));
    await cp(join(import.meta.dirname, '../fixtures/skm/2024-1.csv'), join(dir, 'skm/2024-1.csv'));
    await cp(join(import.meta.dirname, '../fixtures/situs/skm/2023.yaml'), join(dir, 'skm/2024-1.yaml'));
    const { content, problems } = await loadContent(dir);
    expect(content).toBeUndefined();
    expect(problems.map(formatProblem)).toEqual([expect.stringContaining('Periode 2024-1 sudah ada di')]);
  });
});
