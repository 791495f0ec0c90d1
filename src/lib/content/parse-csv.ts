// Parses a CSV content file (survey answers) into rows that remember their file line. Indonesian Excel
// saves CSV with semicolons, so both separators are accepted.
import { parse } from 'csv-parse/sync';
import { errorIn, type Problem } from '../problems.ts';

export interface CsvRow {
  cells: string[];
  /** The file line the row ends on. */
  line: number;
}

export type CsvResult = { rows: CsvRow[] } | { problems: Problem[] };

export function parseCsv(text: string, displayPath: string): CsvResult {
  try {
    // With `info`, each record comes with where it ends; csv-parse's types do not say so.
    const records = parse(text, {
      delimiter: [',', ';'],
      skip_empty_lines: true,
      trim: true,
      info: true,
    }) as unknown as {
      record: string[];
      info: { lines: number };
    }[];
    return { rows: records.map(({ record, info }) => ({ cells: record, line: info.lines })) };
  } catch (error) {
    const line = (error as { lines?: number }).lines;
    const jumlahKolom = (error as { code?: string }).code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH';
    const message = jumlahKolom
      ? 'jumlah kolom di baris ini berbeda dengan baris judul; periksa koma atau titik koma yang berlebih'
      : 'isi CSV tidak bisa dibaca; periksa tanda kutip di baris ini';
    return { problems: [errorIn(displayPath, message, { line })] };
  }
}
