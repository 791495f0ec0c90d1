// The mutu pelayanan table is stated once: the grading, the chart's boundary lines and the sentences on
// /skm/ must all say what src/lib/skm/mutu.ts says.
import { describe, expect, it } from 'vitest';
import { mutuOfHundredths } from '../../src/lib/skm/ikm.ts';
import { layoutChart } from '../../src/lib/skm/chart.ts';
import { formatMutuBounds, formatMutuRanges, KINERJA, MUTU_TABLE } from '../../src/lib/skm/mutu.ts';

/** "76,61" → 7661 hundredths; "100" → 10000. */
const seratusan = (text: string) => Math.round(Number(text.replace(',', '.')) * 100);

describe('the grade sentences on /skm/', () => {
  it('explains the bands in the words of the regulation', () => {
    expect(formatMutuRanges()).toBe(
      'A (Sangat Baik) 88,31–100; B (Baik) 76,61–88,30; C (Kurang Baik) 65,00–76,60; D (Tidak Baik) 25,00–64,99',
    );
    expect(formatMutuBounds()).toBe('C (65), B (76,61) dan A (88,31)');
  });

  it('names for every band the grade the arithmetic gives at both of its ends', () => {
    const bands = formatMutuRanges().split('; ');
    expect(bands).toHaveLength(MUTU_TABLE.length);
    bands.forEach((band, index) => {
      const [, mutu, kinerja, bawah, atas] = /^([A-D]) \((.+)\) ([\d,]+)–([\d,]+)$/.exec(band)!;
      expect([mutu, kinerja, seratusan(bawah!)]).toEqual([
        MUTU_TABLE[index]!.mutu,
        MUTU_TABLE[index]!.kinerja,
        MUTU_TABLE[index]!.batasBawah,
      ]);
      expect(mutuOfHundredths(seratusan(bawah!))).toBe(mutu);
      expect(mutuOfHundredths(seratusan(atas!))).toBe(mutu);
      // One hundredth below the band is the next grade down: the bands leave no gap and do not overlap.
      if (index < bands.length - 1) expect(mutuOfHundredths(seratusan(bawah!) - 1)).not.toBe(mutu);
    });
  });

  it('labels every grade with the kinerja of its row', () => {
    expect(KINERJA).toEqual({ A: 'Sangat Baik', B: 'Baik', C: 'Kurang Baik', D: 'Tidak Baik' });
  });
});

describe('the chart boundary lines', () => {
  it('draws a line at the lower bound of C, B and A, then the end of the scale', () => {
    const grafik = layoutChart([]);
    const nilaiOf = (x: number) => Math.round(((x - grafik.plotX) / grafik.plotWidth) * 10000);
    expect(grafik.grid.map((line) => [line.label, nilaiOf(line.x)])).toEqual([
      ['C', MUTU_TABLE[2]!.batasBawah],
      ['B', MUTU_TABLE[1]!.batasBawah],
      ['A', MUTU_TABLE[0]!.batasBawah],
      ['100', 10000],
    ]);
  });
});
