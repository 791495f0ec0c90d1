// What a loaded content entry looks like once its file name and body are attached.
import type { DesaData } from './desa.ts';
import type { Kecamatan } from './kecamatan.ts';
import type { LayananData } from './layanan.ts';

export interface Desa extends DesaData {
  /** File name without extension, e.g. "mojorejo". */
  slug: string;
}

export interface Layanan extends LayananData {
  /** File name without extension, e.g. "sktm"; the service's URL is built from it. */
  slug: string;
  /** The markdown body: extra notes for residents. */
  catatan: string;
}

export interface Content {
  kecamatan: Kecamatan;
  desa: Desa[];
  layanan: Layanan[];
}
