// Reads the register's CSV files from the npm package idn-area-data (ODbL, see attribution.ts). The files
// are plain three-column CSV with a header row; a name with a comma or a double quote is quoted, so the
// few quoted lines are parsed properly and the rest split fast. The village file (2.8 MB, 83,762 rows)
// is read as text once and indexed by kecamatan, so one kecamatan's rows are parsed without the rest.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type RegisterFile = 'provinces' | 'regencies' | 'districts' | 'villages';

/** Where the register's rows come from: the package's files, or small tables in tests. */
export interface RegisterSource {
  /** Every row of a file, header dropped: [code, parent code, name] ([code, name] for provinces). */
  rows(file: RegisterFile): string[][];
  /** The village rows of one kecamatan, in file order. */
  villagesOf(kecamatanKode: string): string[][];
}

/** The package's data folder, found through Node's resolution so a hoisted or nested install both work. */
export function registerDataDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('idn-area-data/package.json')), 'data');
}

export function packageSource(dir = registerDataDir()): RegisterSource {
  const read = (file: RegisterFile) => readFileSync(join(dir, `${file}.csv`), 'utf8');
  let villages: { text: string; lineStarts: Map<string, number[]> } | undefined;
  return {
    rows: (file) => parseLines(read(file)),
    villagesOf(kecamatanKode) {
      villages ??= indexVillageLines(read('villages'));
      const { text, lineStarts } = villages;
      return (lineStarts.get(kecamatanKode) ?? []).map((start) => parseLine(lineAt(text, start)));
    },
  };
}

/**
 * Where each kecamatan's village rows start in the village file. A row starts with its village code
 * (35.16.15.2017), whose first eight characters are its kecamatan's code: one pass, no names parsed.
 */
function indexVillageLines(text: string): { text: string; lineStarts: Map<string, number[]> } {
  const lineStarts = new Map<string, number[]>();
  for (let start = text.indexOf('\n') + 1; start > 0 && start < text.length;) {
    const kecamatan = text.slice(start, start + 8);
    const starts = lineStarts.get(kecamatan);
    if (starts) starts.push(start);
    else lineStarts.set(kecamatan, [start]);
    start = text.indexOf('\n', start) + 1;
  }
  return { text, lineStarts };
}

/** A source over in-memory tables. */
export function tableSource(tables: Readonly<Record<RegisterFile, string[][]>>): RegisterSource {
  return {
    rows: (file) => tables[file],
    villagesOf: (kecamatanKode) => tables.villages.filter((row) => row[1] === kecamatanKode),
  };
}

/** Rows of a whole file after its header, line by line with indexOf (no array of lines beside the rows). */
function parseLines(text: string): string[][] {
  const rows: string[][] = [];
  for (let start = text.indexOf('\n') + 1; start > 0 && start < text.length;) {
    const line = lineAt(text, start);
    if (line !== '') rows.push(parseLine(line));
    start = text.indexOf('\n', start) + 1;
  }
  return rows;
}

/** The line that starts at `start`, without its line break. */
function lineAt(text: string, start: number): string {
  const newline = text.indexOf('\n', start);
  const end = newline === -1 ? text.length : newline;
  return text.slice(start, text[end - 1] === '\r' ? end - 1 : end);
}

function parseLine(line: string): string[] {
  return line.includes('"') ? parseQuotedLine(line) : line.split(',');
}

/** One CSV line with quoted cells ("Lubuk Pakam I,II", "Soka""an"); the register has no line breaks in cells. */
function parseQuotedLine(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let index = 0; index < line.length; index++) {
    const char = line[index]!;
    if (quoted) {
      if (char === '"' && line[index + 1] === '"') {
        cell += '"';
        index++;
      } else if (char === '"') quoted = false;
      else cell += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      cells.push(cell);
      cell = '';
    } else cell += char;
  }
  cells.push(cell);
  return cells;
}
