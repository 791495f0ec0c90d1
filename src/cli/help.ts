// The Indonesian usage text `--help` prints for a command: what it does, each flag, an example, and how
// to move "today".
import { TODAY_VARIABLE } from '../core/clock.ts';
import type { Command } from './command.ts';
import type { FlagSet } from './flags.ts';

export function formatHelp<F extends FlagSet>(command: Command<F>): string {
  const rows: [string, string][] = Object.entries(command.flags).map(([name, flag]) => [
    'switch' in flag ? `--${name}` : `--${name} ${flag.placeholder}`,
    flag.help,
  ]);
  rows.push(['-h, --help', 'tampilkan bantuan ini']);
  const width = Math.max(...rows.map(([left]) => left.length));
  return [
    ...wrap(`npm run ${command.name}: ${command.summary}`, 100),
    '',
    `Pemakaian: npm run ${command.name} -- [pilihan]`,
    '',
    'Pilihan:',
    ...rows.map(([left, right]) => `  ${left.padEnd(width)}  ${right}`),
    '',
    `Contoh: npm run ${command.name} -- ${command.example}`,
    '',
    `Hari ini menurut jam komputer (WIB); ${TODAY_VARIABLE}=TTTT-BB-HH menetapkan "hari ini" untuk`,
    `tanggal peninjauan, acara dan cetakan, misalnya ${TODAY_VARIABLE}=2027-02-17 npm run ${command.name}.`,
    '',
  ].join('\n');
}

/** Breaks a paragraph into lines of at most `width` characters, at spaces. */
function wrap(text: string, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  return [...lines, line];
}
