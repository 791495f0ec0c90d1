// Reads content/skm/: one file per survey period, either respondents' answers (<periode>.csv) or the
// published averages (<periode>.yaml). Every problem names the file and row; the folder is optional.
import { basename, extname } from 'node:path';
import type { z } from 'zod';
import { KODE_UNSUR, PERIODE, UNSUR_BAKU, skmRingkasanSchema, type PeriodeSkm } from '../../schema/skm.ts';
import { errorIn, type Problem } from '../problems.ts';
import { sortPeriode } from '../skm/periode.ts';
import { contentFiles, formatIn } from './content-files.ts';
import type { ShowPath } from './display-path.ts';
import { listFolder } from './list-folder.ts';
import type { CsvRow } from './parse-csv.ts';
import { readContentFile, type ContentRead } from './read-content-file.ts';

/** Published values carry two decimals on the 25–100 scale: NRR = hundredths ÷ 2500, exactly. */
const PEMBAGI_RINGKASAN = 2500;

export async function loadSkm(dir: string, show: ShowPath): Promise<{ skm: PeriodeSkm[]; problems: Problem[] }> {
  const listing = await listFolder(dir, contentFiles.skm, show);
  const problems = [...listing.problems];
  for (const path of listing.others) {
    problems.push(
      errorIn(
        show(path),
        'folder skm hanya berisi berkas .csv (jawaban responden) atau .yaml (nilai yang diterbitkan)',
      ),
    );
  }
  const skm: PeriodeSkm[] = [];
  const seen = new Map<string, string>();
  for (const path of listing.files) {
    const file = show(path);
    const extension = extname(path);
    const periode = basename(path, extension);
    if (!PERIODE.test(periode)) {
      problems.push(
        errorIn(
          file,
          `"${periode}" bukan periode survei: tulis tahunnya (2023${extension}) atau tahun dan semesternya (2023-1${extension}, 2023-2${extension})`,
          { field: 'Nama berkas' },
        ),
      );
      continue;
    }
    const other = seen.get(periode);
    if (other) {
      problems.push(errorIn(file, `periode ${periode} sudah ada di ${other}; simpan satu berkas per periode`));
      continue;
    }
    seen.set(periode, file);
    const result =
      formatIn(contentFiles.skm, path) === 'csv'
        ? fromJawaban(await readContentFile(path, file, { format: 'csv' }), periode, file)
        : fromRingkasan(await readContentFile(path, file, { format: 'yaml', schema: skmRingkasanSchema }), periode);
    problems.push(...result.problems);
    if (result.periode) skm.push(result.periode);
  }
  return { skm: sortPeriode(skm), problems };
}

type Loaded = { periode?: PeriodeSkm; problems: Problem[] };

/** One row per respondent, columns U1…U9 (any order, any extra columns), values 1–4. */
function fromJawaban(read: ContentRead<CsvRow[]>, periode: string, file: string): Loaded {
  if (!read.data) return { problems: read.problems };
  const [header, ...answers] = read.data;
  if (!header || answers.length === 0) {
    return {
      problems: [
        errorIn(file, 'berkas kosong: baris pertama berisi judul kolom U1 sampai U9, lalu satu baris per responden', {
          line: 1,
        }),
      ],
    };
  }
  const columns = header.cells.map((name) => name.toUpperCase());
  const missing = KODE_UNSUR.filter((kode) => !columns.includes(kode));
  if (missing.length > 0) {
    return {
      problems: [
        errorIn(
          file,
          `kolom ${missing.join(', ')} tidak ada di baris judul; setiap unsur U1 sampai U9 perlu kolomnya sendiri`,
          { line: header.line },
        ),
      ],
    };
  }
  const problems: Problem[] = [];
  const jumlah = KODE_UNSUR.map(() => 0);
  for (const { cells, line } of answers) {
    KODE_UNSUR.forEach((kode, index) => {
      const value = cells[columns.indexOf(kode)] ?? '';
      if (/^[1-4]$/.test(value)) jumlah[index]! += Number(value);
      else {
        const shown = value === '' ? 'kosong' : `bernilai "${value}"`;
        problems.push(errorIn(file, `${shown}; isi dengan angka 1, 2, 3 atau 4`, { line, field: `Kolom «${kode}»` }));
      }
    });
  }
  if (problems.length > 0) return { problems };
  return {
    problems,
    periode: {
      periode,
      sumber: `Jawaban ${answers.length} responden`,
      jenis: 'jawaban',
      responden: answers.length,
      perlu_konfirmasi: false,
      pembagi: answers.length,
      unsur: KODE_UNSUR.map((kode, index) => ({ kode, nama: UNSUR_BAKU[kode], jumlah: jumlah[index]! })),
    },
  };
}

function fromRingkasan(read: ContentRead<z.output<typeof skmRingkasanSchema>>, periode: string): Loaded {
  if (!read.data) return { problems: read.problems };
  const { sumber, responden, perlu_konfirmasi, unsur } = read.data;
  const urut = [...unsur].sort((a, b) => a.kode.localeCompare(b.kode, 'en', { numeric: true }));
  return {
    problems: [],
    periode: {
      periode,
      sumber,
      jenis: 'ringkasan',
      ...(responden ? { responden } : {}),
      perlu_konfirmasi,
      pembagi: PEMBAGI_RINGKASAN,
      unsur: urut.map(({ kode, nama, nilai }) => ({ kode, nama, jumlah: Math.round(nilai * 100) })),
    },
  };
}
