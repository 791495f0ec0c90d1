// The IKM arithmetic of Permenpan RB 14/2017, checked against values computed by hand.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadSkm } from '../../src/lib/content/load-skm.ts';
import { computeIkm, mutuOfHundredths, nilaiOf } from '../../src/lib/skm/ikm.ts';

const fromPublished = (values: number[]) => ({
  pembagi: 2500,
  unsur: values.map((nilai, index) => ({
    kode: `U${index + 1}`,
    nama: `Unsur ${index + 1}`,
    jumlah: Math.round(nilai * 100),
  })),
});

describe('computeIkm', () => {
  it('computes NRR, weighted NRR, IKM and grades from four respondents, as worked out by hand', async () => {
    // tests/fixtures/skm/2024-1.csv, by hand: sums per unsur 14 12 11 16 13 13 15 10 11 (total 115) over
    // 4 respondents → NRR 3.5 3.0 2.75 4.0 3.25 3.25 3.75 2.5 2.75; IKM = 115 / 36 × 25 = 79.8611… → 79.86.
    const { skm, problems } = await loadSkm(join(import.meta.dirname, '../fixtures/skm'), (path) => path);
    expect(problems).toEqual([]);
    const periode = skm[0]!;
    expect(periode.responden).toBe(4);
    const hasil = computeIkm(periode);
    expect(hasil.unsur.map((item) => item.nrr)).toEqual([3.5, 3, 2.75, 4, 3.25, 3.25, 3.75, 2.5, 2.75]);
    expect(hasil.unsur.map((item) => item.konversi)).toEqual([87.5, 75, 68.75, 100, 81.25, 81.25, 93.75, 62.5, 68.75]);
    expect(hasil.unsur.map((item) => item.mutu).join('')).toBe('BCCABBADC');
    expect(hasil.unsur[0]!.tertimbang).toBeCloseTo(3.5 / 9, 12);
    expect(hasil.nrr).toBeCloseTo(115 / 36, 12);
    expect(hasil.konversi).toBe(79.86);
    expect(hasil.mutu).toBe('B');
    expect(hasil.kinerja).toBe('Baik');
    expect(hasil.terendah.map((item) => item.kode)).toEqual(['U8']);
  });

  it('reproduces Kemlagi 2021 and 2023 from the published averages', () => {
    // 2021: Σ = 750.00 → 750 / 9 = 83.333… → 83.33. 2023: Σ = 767.40 → 85.2666… → 85.27.
    const y2021 = computeIkm(fromPublished([77.38, 81.11, 77.78, 100, 78.17, 77.38, 80.24, 99.84, 78.1]));
    const y2023 = computeIkm(fromPublished([83.38, 83.38, 83.25, 100, 83.63, 84.25, 83.5, 82.38, 83.63]));
    expect([y2021.konversi, y2021.mutu]).toEqual([83.33, 'B']);
    expect([y2023.konversi, y2023.mutu]).toEqual([85.27, 'B']);
    // The report calls every unsur "Baik" except U4 (both years) and U8 (2021), "Sangat Baik".
    expect(y2021.unsur.map((item) => item.mutu).join('')).toBe('BBBABBBAB');
    expect(y2023.unsur.map((item) => item.mutu).join('')).toBe('BBBABBBBB');
    expect(y2021.terendah.map((item) => item.kode)).toEqual(['U1', 'U6']);
    expect(y2023.terendah.map((item) => item.kode)).toEqual(['U8']);
  });

  it('gives 100 for a perfect score, which the printed weight 0.111 would not', () => {
    expect(computeIkm(fromPublished(Array(9).fill(100))).konversi).toBe(100);
  });
});

describe('mutu pelayanan at the interval boundaries', () => {
  it.each([
    [10000, 'A'],
    [8831, 'A'],
    [8830, 'B'],
    [7661, 'B'],
    [7660, 'C'],
    [6500, 'C'],
    [6499, 'D'],
    [2500, 'D'],
  ])('grades %i hundredths as %s', (seratusan, mutu) => {
    expect(mutuOfHundredths(seratusan)).toBe(mutu);
  });

  it.each([
    // The raw (1–4) table: 3.5324 A, 3.532 B, 3.0644 B, 3.064 C, 2.60 C, 2.5996 D.
    [35324, 'A', 88.31],
    [35320, 'B', 88.3],
    [30644, 'B', 76.61],
    [30640, 'C', 76.6],
    [26000, 'C', 65],
    [25996, 'D', 64.99],
    // Between two printed bounds: 3.0642 × 25 = 76.605, published as 76.61, so graded B.
    [30642, 'B', 76.61],
    [30641, 'C', 76.6],
    [25998, 'C', 65],
  ])('grades NRR %i/10000 as %s (converted %d)', (jumlah, mutu, konversi) => {
    const nilai = nilaiOf(jumlah, 10000);
    expect([nilai.mutu, nilai.konversi]).toEqual([mutu, konversi]);
  });
});
