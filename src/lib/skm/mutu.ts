// The mutu pelayanan table of Permenpan RB 14/2017 on the 25–100 scale, stated once: grading (ikm.ts),
// the chart's boundary lines (chart.ts) and the sentences on /skm/ that explain the grades all read it.
//
// Bounds are in hundredths, the precision reports publish: A ≥ 88.31, B ≥ 76.61, C ≥ 65.00, else D. Each
// band ends one hundredth below the next one's lower bound (B is 76.61–88.30), so the bands leave no gaps.
import { formatNilai, formatShort } from '../format-number.ts';

export type Mutu = 'A' | 'B' | 'C' | 'D';

export interface MutuRow {
  mutu: Mutu;
  kinerja: string;
  /** Lowest value of the grade, in hundredths of the 25–100 scale (7661 = 76.61). */
  batasBawah: number;
}

/** Best grade first; D starts at the bottom of the scale. */
export const MUTU_TABLE: readonly MutuRow[] = [
  { mutu: 'A', kinerja: 'Sangat Baik', batasBawah: 8831 },
  { mutu: 'B', kinerja: 'Baik', batasBawah: 7661 },
  { mutu: 'C', kinerja: 'Kurang Baik', batasBawah: 6500 },
  { mutu: 'D', kinerja: 'Tidak Baik', batasBawah: 2500 },
];

/** The top of the scale, in hundredths: a perfect score. */
const SKALA_ATAS = 10000;

/** The kinerja label of each grade ("B" → "Baik"). */
export const KINERJA = Object.fromEntries(MUTU_TABLE.map((baris) => [baris.mutu, baris.kinerja])) as Record<
  Mutu,
  string
>;

/** The grades whose lower bound the chart draws as a line (C, B, A: D's is the scale's end), lowest first. */
export function mutuBounds(): { mutu: Mutu; nilai: number }[] {
  return MUTU_TABLE.slice(0, -1)
    .reverse()
    .map((baris) => ({ mutu: baris.mutu, nilai: baris.batasBawah / 100 }));
}

/** For the chart's description: "C (65), B (76,61) dan A (88,31)". */
export function formatMutuBounds(): string {
  const parts = mutuBounds().map((batas) => `${batas.mutu} (${formatShort(batas.nilai)})`);
  return `${parts.slice(0, -1).join(', ')} dan ${parts.at(-1)}`;
}

/**
 * Every band as published: "A (Sangat Baik) 88,31–100; B (Baik) 76,61–88,30; …; D (Tidak Baik) 25,00–64,99".
 * The top band ends at the scale's end, written as the whole number 100 like the scale itself.
 */
export function formatMutuRanges(): string {
  return MUTU_TABLE.map((baris, index) => {
    const atas =
      index === 0 ? formatShort(SKALA_ATAS / 100) : formatNilai((MUTU_TABLE[index - 1]!.batasBawah - 1) / 100);
    return `${baris.mutu} (${baris.kinerja}) ${formatNilai(baris.batasBawah / 100)}–${atas}`;
  }).join('; ');
}
