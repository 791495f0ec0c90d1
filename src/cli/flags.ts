// The command-line flags: how a flag is described, the ones several commands share (--konten, --keluar,
// --kertas), and the one parser every command uses. A mistake in what was typed becomes a UserError in
// Bahasa Indonesia, found before any work starts.
import { statSync } from 'node:fs';
import { parseKertas } from '../../posters/paper.ts';
import { contentDir } from '../lib/content/load-content.ts';
import { closestMatch } from '../core/edit-distance.ts';
import type { Kertas } from '../lib/urls.ts';
import { UserError } from '../core/user-error.ts';

/** A flag that takes a value: `--konten content` or `--konten=content`. */
export interface ValueFlag<T> {
  /** What to type after it, as help shows it: "<folder>", "a4,f4[,a3]". */
  placeholder: string;
  /** A value that works, for the message when the value is missing. */
  example: string;
  help: string;
  /** Turns what was typed (undefined when the flag was not given) into the command's value. */
  read(raw: string | undefined): T;
}

/** A flag that is on or off: `--rilis`. */
export interface SwitchFlag {
  switch: true;
  help: string;
}

export type FlagSet = Record<string, ValueFlag<unknown> | SwitchFlag>;
export type FlagValues<F extends FlagSet> = { [K in keyof F]: F[K] extends ValueFlag<infer T> ? T : boolean };

const DEFAULT_KERTAS_LIST = 'a4,f4';

export const kontenFlag: ValueFlag<string> = {
  placeholder: '<folder>',
  example: 'content',
  help: 'folder konten yang dibaca (bawaan: PELITA_CONTENT, atau content)',
  // The typed path as typed (messages and the registry path show it); the default resolved as before.
  read: (raw) => existingFolder(raw ?? contentDir(), raw ?? (process.env.PELITA_CONTENT || 'content')),
};

export const keluarFlag: ValueFlag<string> = {
  placeholder: '<folder>',
  example: 'dist',
  help: 'folder hasil, dibuat bila belum ada (bawaan: PELITA_OUT, atau dist)',
  read: (raw) => outputFolder(raw ?? (process.env.PELITA_OUT || 'dist')),
};

export const kertasFlag: ValueFlag<Kertas[]> = {
  placeholder: 'a4,f4[,a3]',
  example: DEFAULT_KERTAS_LIST,
  help: `ukuran kertas poster, dipisah koma (bawaan: ${DEFAULT_KERTAS_LIST})`,
  read: (raw) => parseKertas(raw ?? DEFAULT_KERTAS_LIST),
};

// Issue 12: one kecamatan of a kabupaten's content (content/kecamatan/<slug>/), e.g. one job of a CI matrix.
// The name is checked against the folders when the content is read (src/lib/content/load-wilayah.ts).
export const kecamatanFlag: ValueFlag<string | undefined> = {
  placeholder: '<nama-folder>',
  example: 'kemlagi',
  help: 'hanya satu kecamatan dari folder kabupaten (nama foldernya di kecamatan/); bawaan: semua kecamatan',
  read: (raw) => raw,
};

/** The content folder must exist: otherwise every file would be reported missing, one by one. */
function existingFolder(path: string, shown: string): string {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (!stats)
    throw new UserError(`Folder konten "${shown}" tidak ditemukan; tunjuk folder konten dengan --konten <folder>.`);
  if (!stats.isDirectory()) {
    throw new UserError(`"${shown}" bukan folder; --konten harus menunjuk folder konten (yang berisi kecamatan.yaml).`);
  }
  return path;
}

/** The output folder may be new, but not a file: publishing would move that file out of the way. */
function outputFolder(path: string): string {
  const stats = statSync(path, { throwIfNoEntry: false });
  if (stats && !stats.isDirectory()) {
    throw new UserError(`"${path}" sudah ada dan bukan folder; pilih folder hasil lain dengan --keluar <folder>.`);
  }
  return path;
}

/**
 * Reads `argv` against a command's flags. Syntax first (unknown flag, missing value, bare argument), then
 * each value in the order the flags are listed; the first mistake is thrown as a UserError.
 */
export function parseFlags<F extends FlagSet>(command: string, flags: F, argv: readonly string[]): FlagValues<F> {
  const given = new Map<string, string | true>();
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index]!;
    if (arg === '--') {
      if (index + 1 < argv.length) throw bareArgument(command, flags, argv[index + 1]!);
      break;
    }
    if (!arg.startsWith('-') || arg === '-') throw bareArgument(command, flags, arg);
    const equals = arg.indexOf('=');
    const typed = equals === -1 ? arg : arg.slice(0, equals);
    const name = typed.startsWith('--') ? typed.slice(2) : '';
    const flag = Object.hasOwn(flags, name) ? flags[name] : undefined;
    if (!flag) throw unknownFlag(command, flags, typed);
    if ('switch' in flag) {
      if (equals !== -1) throw new UserError(`Pilihan --${name} tidak memakai nilai; tulis --${name} saja.`);
      given.set(name, true);
      continue;
    }
    let value = equals === -1 ? argv[index + 1] : arg.slice(equals + 1);
    // A next argument that looks like a flag means the value was forgotten, not that it is the value.
    if (equals === -1 && value !== undefined && value.startsWith('-') && value !== '-') value = undefined;
    if (value === undefined || value === '') {
      throw new UserError(`Pilihan --${name} perlu nilai, misalnya --${name} ${flag.example}.`);
    }
    if (equals === -1) index++;
    given.set(name, value);
  }
  const values: Record<string, unknown> = {};
  for (const [name, flag] of Object.entries(flags)) {
    const raw = given.get(name);
    values[name] = 'switch' in flag ? raw === true : flag.read(typeof raw === 'string' ? raw : undefined);
  }
  return values as FlagValues<F>;
}

function unknownFlag(command: string, flags: FlagSet, typed: string): UserError {
  const near = closestMatch(typed.replace(/^-+/, ''), Object.keys(flags));
  const hint = near ? `maksudnya --${near}? Lihat` : 'lihat';
  return new UserError(`Pilihan ${typed} tidak dikenal; ${hint} npm run ${command} -- --help untuk semua pilihan.`);
}

function bareArgument(command: string, flags: FlagSet, arg: string): UserError {
  // The likeliest intent of a bare word is a folder to read, as `npm run check <folder>` once took.
  const hint = 'konten' in flags ? `untuk membaca folder itu tulis npm run ${command} -- --konten ${arg}` : '';
  return new UserError(
    `Argumen "${arg}" tidak dikenal; ${hint || `npm run ${command} hanya menerima pilihan`} (lihat npm run ${command} -- --help).`,
  );
}
