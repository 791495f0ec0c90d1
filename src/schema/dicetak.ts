// content/dicetak.json: the registry of URLs printed on posters and sheets, one entry per release print
// run (`npm run posters -- --rilis`). Written by the tool, read by `npm run check`, rarely edited by hand.
// Paths are stored relative to `situs`, with the situs beside them, so a later domain move can be judged.
import { z } from 'zod';
import { tanggalIso, teks, urlHttps } from './fields.ts';
import { alamatSitus } from './pengalihan.ts';

export const posterTercatatSchema = z.strictObject({
  /** The village page the poster's big code opens. */
  desa: alamatSitus(),
  nama: teks(),
  /** The service codes on that poster, in print order, with the title printed beside each. */
  layanan: z.array(z.strictObject({ alamat: alamatSitus(), judul: teks() })),
});

export const cetakanSchema = z.strictObject({
  tanggal: tanggalIso(),
  situs: urlHttps(),
  /** Every path a QR code of this run encodes (posters and requirement sheets), sorted. */
  alamat: z.array(alamatSitus()).min(1, { error: 'harus berisi minimal satu alamat' }),
  poster: z.array(posterTercatatSchema).default([]),
});

export const dicetakSchema = z.strictObject({
  cetakan: z.array(cetakanSchema, { error: 'harus berupa daftar cetakan' }),
});

export type PosterTercatat = z.output<typeof posterTercatatSchema>;
export type Cetakan = z.output<typeof cetakanSchema>;
export type Dicetak = z.output<typeof dicetakSchema>;
