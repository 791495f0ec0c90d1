// The "Tidak perlu dibawa, tidak dipungut biaya" block in one place, so the service page, the printed
// sheet and the open data say the same words: what officers may not ask for (the service's
// `tidak_perlu`), and for a free service that nobody may be asked to pay, with where to report it.
import type { Kecamatan, Layanan } from '../schema/index.ts';

export const TIDAK_PERLU_JUDUL = 'Tidak perlu dibawa, tidak dipungut biaya';

/**
 * True when the service costs nothing at all: `biaya` is just "Gratis". A mixed cost such as "Gratis di
 * desa; PNBP Rp30.000 dibayar di kepolisian" is not, so the sheet never promises more than the content.
 */
export function isGratis(biaya: string): boolean {
  return /^gratis[.!]?$/i.test(biaya.trim());
}

/** Whether the block is shown: the service names things nobody may ask for, or it is free. */
export function showsTidakPerlu(layanan: Pick<Layanan, 'tidak_perlu' | 'biaya'>): boolean {
  return layanan.tidak_perlu.length > 0 || isGratis(layanan.biaya);
}

/** The block's heading: a free service that lists nothing else says only that it is free. */
export function tidakPerluJudul(layanan: Pick<Layanan, 'tidak_perlu'>): string {
  return layanan.tidak_perlu.length > 0 ? TIDAK_PERLU_JUDUL : 'Tidak dipungut biaya';
}

/** The sentence for a free service, in three parts so the page can link the channel and paper can print it. */
export interface GratisKalimat {
  awal: string;
  /** The first complaint channel of the kecamatan (SP4N-LAPOR! in the sample). */
  saluran: Kecamatan['pengaduan'][number];
  akhir: string;
}

export function gratisKalimat(kecamatan: Pick<Kecamatan, 'pengaduan'>): GratisKalimat {
  return {
    awal: 'Layanan ini gratis. Jika ada yang meminta uang, jangan membayar dan laporkan lewat ',
    saluran: kecamatan.pengaduan[0]!,
    akhir: '.',
  };
}
