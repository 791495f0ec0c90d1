// Reads content/skm/: one file per survey period, either respondents' answers (<periode>.csv) or the
// published averages (<periode>.yaml). Every problem names the file and row; the folder is optional.
import { readdir } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { KODE_UNSUR, PERIODE, UNSUR_BAKU, skmRingkasanSchema, type PeriodeSkm } from '../../schema/skm.ts';
import { galat, type Problem } from '../problems.ts';
import { urutkanPeriode } from '../skm/periode.ts';
import { parseYaml } from './parse-yaml.ts';
import { readText } from './read-text.ts';
import { validate } from './validate.ts';

/** Published values carry two decimals on the 25–100 scale: NRR = hundredths ÷ 2500, exactly. */
const PEMBAGI_RINGKASAN = 2500;

export async function loadSkm(dir: string, show: (path: string) => string): Promise<{ skm: PeriodeSkm[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const names = (await readdir(dir).catch(() => [] as string[])).filter((name) => !name.startsWith('.')).sort();
  const skm: PeriodeSkm[] = [];
  const seen = new Map<string, string>();
  for (const name of names) {
    const path = join(dir, name);
    const file = show(path);
    const extension = extname(name);
    if (!['.csv', '.yaml', '.yml'].includes(extension)) {
      problems.push(galat(file, 'folder skm hanya berisi berkas .csv (jawaban responden) atau .yaml (nilai yang diterbitkan)'));
      continue;
    }
    const periode = name.slice(0, -extension.length);
    if (!PERIODE.test(periode)) {
      problems.push(galat(file, `"${periode}" bukan periode survei: tulis tahunnya (2023${extension}) atau tahun dan semesternya (2023-1${extension}, 2023-2${extension})`, { field: 'Nama berkas' }));
      continue;
    }
    const other = seen.get(periode);
    if (other) {
      problems.push(galat(file, `periode ${periode} sudah ada di ${other}; simpan satu berkas per periode`));
      continue;
    }
    seen.set(periode, file);
    const read = await readText(path, file);
    if ('problem' in read) {
      problems.push(read.problem);
      continue;
    }
    const result = extension === '.csv' ? fromCsv(read.text, periode, file) : fromYaml(read.text, periode, file);
    problems.push(...result.problems);
    if (result.periode) skm.push(result.periode);
  }
  return { skm: urutkanPeriode(skm), problems };
}

type Loaded = { periode?: PeriodeSkm; problems: Problem[] };

/** One row per respondent, columns U1…U9 (any order, any extra columns), values 1–4. Indonesian Excel
 * saves CSV with semicolons, so both separators are accepted. */
export function fromCsv(text: string, periode: string, file: string): Loaded {
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    rows = parse(text, { delimiter: [',', ';'], skip_empty_lines: true, trim: true, info: true }) as unknown as typeof rows;
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const jumlahKolom = (error as { code?: string }).code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH';
    const message = jumlahKolom
      ? 'jumlah kolom di baris ini berbeda dengan baris judul; periksa koma atau titik koma yang berlebih'
      : 'isi CSV tidak bisa dibaca; periksa tanda kutip di baris ini';
    return { problems: [galat(file, message, { line })] };
  }
  const [header, ...answers] = rows;
  if (!header || answers.length === 0) {
    return { problems: [galat(file, 'berkas kosong: baris pertama berisi judul kolom U1 sampai U9, lalu satu baris per responden', { line: 1 })] };
  }
  const columns = header.record.map((name) => name.toUpperCase());
  const missing = KODE_UNSUR.filter((kode) => !columns.includes(kode));
  if (missing.length > 0) {
    return { problems: [galat(file, `kolom ${missing.join(', ')} tidak ada di baris judul; setiap unsur U1 sampai U9 perlu kolomnya sendiri`, { line: header.info.lines })] };
  }
  const problems: Problem[] = [];
  const jumlah = KODE_UNSUR.map(() => 0);
  for (const { record, info } of answers) {
    KODE_UNSUR.forEach((kode, index) => {
      const value = record[columns.indexOf(kode)] ?? '';
      if (/^[1-4]$/.test(value)) jumlah[index]! += Number(value);
      else {
        const shown = value === '' ? 'kosong' : `bernilai "${value}"`;
        problems.push(galat(file, `${shown}; isi dengan angka 1, 2, 3 atau 4`, { line: info.lines, field: `Kolom «${kode}»` }));
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

export function fromYaml(text: string, periode: string, file: string): Loaded {
  const result = parseYaml(text, file);
  if ('problems' in result) return { problems: result.problems };
  const checked = validate(skmRingkasanSchema, result.parsed, file);
  if (!checked.data) return { problems: checked.problems };
  const { sumber, responden, perlu_konfirmasi, unsur } = checked.data;
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
