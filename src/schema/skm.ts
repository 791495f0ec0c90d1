// content/skm/<periode>.csv|yaml: one period of the Survei Kepuasan Masyarakat (Permenpan RB 14/2017).
// A CSV holds one row of answers per respondent; a YAML holds the averages an official report published.
import { z } from 'zod';
import { nonEmptyText } from './fields.ts';

/** The nine unsur in the regulation's order. Reports sometimes number them differently (Kemlagi swaps
 * U8 and U9), so a YAML period carries its own labels and the site never infers a label from a number. */
export const UNSUR_BAKU = {
  U1: 'Persyaratan',
  U2: 'Sistem, mekanisme dan prosedur',
  U3: 'Waktu penyelesaian',
  U4: 'Biaya/tarif',
  U5: 'Produk spesifikasi jenis pelayanan',
  U6: 'Kompetensi pelaksana',
  U7: 'Perilaku pelaksana',
  U8: 'Sarana dan prasarana',
  U9: 'Penanganan pengaduan, saran dan masukan',
} as const;

export type KodeUnsur = keyof typeof UNSUR_BAKU;
export const KODE_UNSUR = Object.keys(UNSUR_BAKU) as KodeUnsur[];

/** A period is a year ("2023") or a year and semester ("2023-1", "2023-2"). */
export const PERIODE = /^(\d{4})(?:-([12]))?$/;

const nilaiTerbitan = z
  .number({ error: 'harus berupa angka antara 25 dan 100, misalnya 83.38' })
  .min(25, { error: 'harus antara 25 dan 100 (skala nilai unsur yang diterbitkan)' })
  .max(100, { error: 'harus antara 25 dan 100 (skala nilai unsur yang diterbitkan)' })
  .refine((value) => Math.abs(value * 100 - Math.round(value * 100)) < 1e-6, {
    error: 'paling banyak dua angka di belakang titik, seperti di laporan, misalnya 83.38',
  });

export const unsurTerbitanSchema = z.strictObject({
  kode: z.enum(KODE_UNSUR, { error: 'harus salah satu dari U1 sampai U9' }),
  /** The label exactly as the report prints it next to this number. */
  nama: nonEmptyText(),
  /** The published average on the 25–100 scale (NRR × 25). */
  nilai: nilaiTerbitan,
});

/** content/skm/<periode>.yaml: the published averages when respondents' answers are not available. */
export const skmRingkasanSchema = z.strictObject({
  /** Where the numbers come from, shown under the chart. */
  sumber: nonEmptyText(),
  responden: z.int({ error: 'harus berupa bilangan bulat' }).positive({ error: 'harus lebih dari 0' }).optional(),
  perlu_konfirmasi: z.boolean({ error: 'harus true atau false' }).default(false),
  unsur: z
    .array(unsurTerbitanSchema)
    .length(9, { error: 'harus berisi tepat sembilan unsur, U1 sampai U9' })
    .refine((list) => new Set(list.map((item) => item.kode)).size === list.length, {
      error: 'setiap kode U1 sampai U9 hanya boleh muncul sekali',
    }),
});

/**
 * One loaded period as the site sees it. Each unsur's NRR is kept as an exact fraction
 * `jumlah / pembagi` (sum of answers ÷ respondents, or the published value in hundredths ÷ 2500), so the
 * arithmetic in src/lib/skm/ikm.ts never rounds before the last step.
 */
export const periodeSkmSchema = z.strictObject({
  periode: z.string().regex(PERIODE),
  sumber: z.string(),
  /** "jawaban" = computed from respondents' answers (CSV); "ringkasan" = published averages (YAML). */
  jenis: z.enum(['jawaban', 'ringkasan']),
  responden: z.int().positive().optional(),
  perlu_konfirmasi: z.boolean(),
  pembagi: z.int().positive(),
  unsur: z.array(z.strictObject({ kode: z.enum(KODE_UNSUR), nama: z.string(), jumlah: z.int().nonnegative() })),
});

export type PeriodeSkm = z.output<typeof periodeSkmSchema>;
