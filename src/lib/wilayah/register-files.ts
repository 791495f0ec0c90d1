// Reads the register's CSV files from the npm package idn-area-data (ODbL, see attribution.ts). The files
// are plain three-column CSV with a header row; a name with a comma or a double quote is quoted, so the
// few quoted lines are parsed properly and the rest split fast.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type RegisterFile = 'provinces' | 'regencies' | 'districts' | 'villages';

/** The package's data folder, found through Node's resolution so a hoisted or nested install both work. */
export function registerDataDir(): string {
  const require = createRequire(import.meta.url);
  return join(dirname(require.resolve('idn-area-data/package.json')), 'data');
}

/** Rows of one file as cell arrays, header dropped: [code, parent code, name] ([code, name] for provinces). */
export function readRegisterRows(file: RegisterFile, dir = registerDataDir()): string[][] {
  const text = readFileSync(join(dir, `${file}.csv`), 'utf8');
  const rows: string[][] = [];
  // Line by line with indexOf: no array of 83,000 lines held beside the rows.
  let start = text.indexOf('\n') + 1;
  while (start > 0 && start < text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, text[end - 1] === '\r' ? end - 1 : end);
    if (line !== '') rows.push(line.includes('"') ? parseQuotedLine(line) : line.split(','));
    start = end + 1;
  }
  return rows;
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
