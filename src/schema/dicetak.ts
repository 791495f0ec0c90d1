// content/dicetak.json: the registry of URLs printed on posters and sheets, one entry per release print
// run (`npm run posters -- --rilis`). Written by the tool, read by `npm run check`, rarely edited by hand.
// Paths are stored relative to `situs`, with the situs beside them, so a later domain move can be judged.
import { z } from 'zod';
import { pastIsoDate, nonEmptyText, httpsUrl } from './fields.ts';
import { sitePath } from './pengalihan.ts';

export const posterTercatatSchema = z.strictObject({
  /** The village page the poster's big code opens. */
  desa: sitePath(),
  nama: nonEmptyText(),
  /** The service codes on that poster, in print order, with the title printed beside each. */
  layanan: z.array(z.strictObject({ alamat: sitePath(), judul: nonEmptyText() })),
});

export const cetakanSchema = z.strictObject({
  tanggal: pastIsoDate(),
  situs: httpsUrl(),
  /** Every path a QR code of this run encodes (posters and requirement sheets), sorted. */
  alamat: z.array(sitePath()).min(1, { error: 'harus berisi minimal satu alamat' }),
  poster: z.array(posterTercatatSchema).default([]),
});

export const dicetakSchema = z.strictObject({
  cetakan: z.array(cetakanSchema, { error: 'harus berupa daftar cetakan' }),
});

export type PosterTercatat = z.output<typeof posterTercatatSchema>;
export type Cetakan = z.output<typeof cetakanSchema>;
export type Dicetak = z.output<typeof dicetakSchema>;
