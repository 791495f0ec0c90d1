// The Indeks Kepuasan Masyarakat of one survey period, per Permenpan RB 14/2017: NRR per unsur, NRR
// tertimbang with equal weights (exactly 1/9, not the printed 0.111, so a perfect score is 100), IKM =
// sum of NRR tertimbang × 25, and the mutu pelayanan grade of the regulation's interval table.
//
// Everything is exact integer arithmetic on fractions until one final half-up rounding to hundredths on
// the 25–100 scale, the precision reports publish. A value is graded as it is published: the rounded
// hundredths are looked up in the converted table (mutu.ts), whose printed bands leave no gaps. The raw
// 1–4 table is the same table ÷ 25, so an NRR is graded the same way: 3.0644 → 76.61 → B, 3.064 → 76.60
// → C, and 3.0642 → 76.605 → 76.61 → B.
import { KINERJA, MUTU_TABLE, type Mutu } from './mutu.ts';

export interface Nilai {
  /** Exact value on the 1–4 scale. */
  nrr: number;
  /** On the 25–100 scale, rounded half up to two decimals, as published. */
  konversi: number;
  mutu: Mutu;
  kinerja: string;
}

export interface UnsurResult extends Nilai {
  kode: string;
  nama: string;
  /** NRR × 1/9. */
  tertimbang: number;
}

export interface IkmResult extends Nilai {
  unsur: UnsurResult[];
  /** The unsur with the lowest value (several when they tie): where the service most needs work. */
  terendah: UnsurResult[];
}

/** Grades a value given in hundredths of the 25–100 scale (7661 = 76.61). */
export function mutuOfHundredths(seratusan: number): Mutu {
  return MUTU_TABLE.find((baris) => seratusan >= baris.batasBawah)?.mutu ?? 'D';
}

/** The value of the fraction `jumlah / pembagi` (1–4 scale), converted and graded. */
export function nilaiOf(jumlah: number, pembagi: number): Nilai {
  // 25 × jumlah / pembagi in hundredths, rounded half up without floating point: floor((2·2500·j + p) / 2p).
  const seratusan = Math.floor((2 * 2500 * jumlah + pembagi) / (2 * pembagi));
  const mutu = mutuOfHundredths(seratusan);
  return { nrr: jumlah / pembagi, konversi: seratusan / 100, mutu, kinerja: KINERJA[mutu] };
}

/** A period's answers: each unsur's NRR is `jumlah / pembagi` (see PeriodeSkm). */
export interface PeriodeScores {
  pembagi: number;
  unsur: readonly { kode: string; nama: string; jumlah: number }[];
}

export function computeIkm(periode: PeriodeScores): IkmResult {
  const { pembagi, unsur } = periode;
  if (unsur.length !== 9) throw new Error(`IKM needs nine unsur, got ${unsur.length}`);
  const hasilUnsur = unsur.map((item) => ({
    jumlah: item.jumlah,
    kode: item.kode,
    nama: item.nama,
    tertimbang: item.jumlah / pembagi / 9,
    ...nilaiOf(item.jumlah, pembagi),
  }));
  // Σ (jumlah_i / pembagi) × 1/9 = Σ jumlah_i / (9 × pembagi): still one exact fraction.
  const total = nilaiOf(
    unsur.reduce((sum, item) => sum + item.jumlah, 0),
    9 * pembagi,
  );
  // Compared on the exact sums (one shared denominator), not on rounded values.
  const lowest = Math.min(...unsur.map((item) => item.jumlah));
  const strip = ({ jumlah, ...rest }: (typeof hasilUnsur)[number]): UnsurResult => rest;
  return {
    ...total,
    unsur: hasilUnsur.map(strip),
    terendah: hasilUnsur.filter((item) => item.jumlah === lowest).map(strip),
  };
}
