// The geometry of the SKM bar chart, computed at build time so the page ships plain SVG and no chart
// script. One row per unsur (matched across periods by label, never by number), one bar per period,
// on the 25–100 scale, with the grade boundaries drawn as lines so the chart reads in black and white.
import { formatPeriode } from './periode.ts';
import type { IkmResult, UnsurResult } from './ikm.ts';
import { mutuBounds } from './mutu.ts';

export interface PeriodeResult {
  periode: string;
  hasil: IkmResult;
}

export interface ChartRow {
  label: string;
  labelY: number;
  bars: { periode: string; x: number; y: number; width: number; height: number; nilai: number }[];
}

export interface ChartLayout {
  width: number;
  height: number;
  plotX: number;
  plotWidth: number;
  barHeight: number;
  rows: ChartRow[];
  /** Vertical lines: the grade boundaries C/B/A and the scale ends. */
  grid: { x: number; label: string }[];
  legend: { periode: string; nama: string; index: number }[];
}

const WIDTH = 360;
const PLOT_X = 8;
const PLOT_WIDTH = WIDTH - 2 * PLOT_X - 36;
const LABEL_HEIGHT = 16;
const BAR_HEIGHT = 11;
const BAR_GAP = 2;
const ROW_GAP = 8;
const TOP = 20;

/** x of a value on the 0–100 axis: bars start at 0 so their lengths compare honestly. */
const xOf = (nilai: number) => PLOT_X + (nilai / 100) * PLOT_WIDTH;

/** Rows are the unsur labels of the latest period, then any label only older periods used. */
export function listUnsurLabels(periods: readonly PeriodeResult[]): string[] {
  const labels: string[] = [];
  for (const { hasil } of [...periods].reverse()) {
    for (const unsur of hasil.unsur) if (!labels.some((label) => samaLabel(label, unsur.nama))) labels.push(unsur.nama);
  }
  return labels;
}

export function findUnsur(hasil: IkmResult, label: string): UnsurResult | undefined {
  return hasil.unsur.find((unsur) => samaLabel(unsur.nama, label));
}

export function unsurValue(hasil: IkmResult, label: string): number | undefined {
  return findUnsur(hasil, label)?.konversi;
}

function samaLabel(a: string, b: string): boolean {
  const norm = (text: string) =>
    text
      .toLocaleLowerCase('id')
      .replace(/[^a-z0-9]+/g, ' ')
      .trim();
  return norm(a) === norm(b);
}

export function layoutChart(periods: readonly PeriodeResult[]): ChartLayout {
  const labels = listUnsurLabels(periods);
  const rowHeight = LABEL_HEIGHT + periods.length * (BAR_HEIGHT + BAR_GAP) + ROW_GAP;
  const rows = labels.map((label, row) => {
    const top = TOP + row * rowHeight;
    const bars = periods.flatMap(({ periode, hasil }, index) => {
      const nilai = unsurValue(hasil, label);
      if (nilai === undefined) return [];
      return [
        {
          periode,
          nilai,
          x: PLOT_X,
          y: top + LABEL_HEIGHT + index * (BAR_HEIGHT + BAR_GAP),
          width: xOf(nilai) - PLOT_X,
          height: BAR_HEIGHT,
        },
      ];
    });
    return { label, labelY: top + LABEL_HEIGHT - 4, bars };
  });
  return {
    width: WIDTH,
    height: TOP + labels.length * rowHeight,
    plotX: PLOT_X,
    plotWidth: PLOT_WIDTH,
    barHeight: BAR_HEIGHT,
    rows,
    grid: [...mutuBounds().map((batas) => ({ x: xOf(batas.nilai), label: batas.mutu })), { x: xOf(100), label: '100' }],
    legend: periods.map(({ periode }, index) => ({ periode, nama: formatPeriode(periode), index })),
  };
}
