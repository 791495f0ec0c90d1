// Every file and folder of a content folder, named once: how each is written and whether it may be
// absent. Loaders, checks and scripts ask this list; nobody else spells "dicetak.json" or "desa/".
import { extname, join } from 'node:path';

/** How a file is written, which decides how it is parsed (src/lib/content/read-content-file.ts). */
export type Format = 'yaml' | 'markdown' | 'csv' | 'json';

export interface ContentFile {
  name: string;
  format: Format;
  /** May be absent: then there is none of it yet. */
  optional: boolean;
  /** An empty file, or one with only comments, also means none yet rather than a mistake. */
  emptyIsNone?: boolean;
  /** What the file holds at the top: key-value pairs (the default) or a list. */
  top?: 'map' | 'list';
}

export interface ContentFolder {
  name: string;
  /** The files it holds, by extension (the first is named when a required folder is empty). */
  formats: Readonly<Record<string, Format>>;
  /** May be absent: then there are none yet. */
  optional: boolean;
}

export const contentFiles = {
  kecamatan: { name: 'kecamatan.yaml', format: 'yaml', optional: false },
  desa: { name: 'desa', formats: { '.yaml': 'yaml', '.yml': 'yaml' }, optional: false },
  layanan: { name: 'layanan', formats: { '.md': 'markdown' }, optional: false },
  // Issue 5: service fairs, and survey results as respondents' answers (.csv) or published averages (.yaml).
  acara: { name: 'acara', formats: { '.md': 'markdown' }, optional: true },
  skm: { name: 'skm', formats: { '.csv': 'csv', '.yaml': 'yaml', '.yml': 'yaml' }, optional: true },
  sinonim: { name: 'sinonim.yaml', format: 'yaml', optional: true, emptyIsNone: true, top: 'list' },
  pengalihan: { name: 'pengalihan.yaml', format: 'yaml', optional: true, emptyIsNone: true, top: 'list' },
  // Written by `npm run posters -- --rilis`, so an empty file is damage, not "nothing printed yet".
  dicetak: { name: 'dicetak.json', format: 'json', optional: true },
  // Issue 12: a kabupaten's content root holds kabupaten.yaml, the services every kecamatan shares, and
  // one complete kecamatan folder (the files above) per kecamatan under kecamatan/<slug>/.
  kabupaten: { name: 'kabupaten.yaml', format: 'yaml', optional: true },
  layananBersama: { name: 'layanan', formats: { '.md': 'markdown' }, optional: true },
  kecamatanFolders: { name: 'kecamatan', formats: {}, optional: false },
} as const satisfies Record<string, ContentFile | ContentFolder>;

export type ContentName = keyof typeof contentFiles;

/** Where a file or folder of the list lives inside the content folder `dir`. */
export function contentPath(dir: string, name: ContentName): string {
  return join(dir, contentFiles[name].name);
}

/** The format of a file in `folder`, by its extension; undefined for a file the folder does not hold. */
export function formatIn(folder: ContentFolder, path: string): Format | undefined {
  return folder.formats[extname(path)];
}
