// Paper sizes in PDF points (1/72 inch), portrait. F4 is here because Indonesian offices stock folio
// (215 × 330 mm) as often as A4; A3 is for a bigger poster where a wall allows it.
import type { Kertas } from '../src/lib/urls.ts';
import { UserError } from '../src/core/user-error.ts';

export interface Paper {
  kertas: Kertas;
  /** Name as printed in messages: "A4", "F4", "A3". */
  label: string;
  width: number;
  height: number;
}

const POINTS_PER_MM = 72 / 25.4;

export function mm(millimetres: number): number {
  return millimetres * POINTS_PER_MM;
}

export const PAPERS: Record<Kertas, Paper> = {
  a4: { kertas: 'a4', label: 'A4', width: mm(210), height: mm(297) },
  f4: { kertas: 'f4', label: 'F4', width: mm(215), height: mm(330) },
  a3: { kertas: 'a3', label: 'A3', width: mm(297), height: mm(420) },
};

function isKertas(value: string): value is Kertas {
  return Object.hasOwn(PAPERS, value);
}

/** Reads a `--kertas a4,f4` list; an unknown size is the person's mistake, a UserError in Indonesian. */
export function parseKertas(value: string): Kertas[] {
  const names = value
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  const unknown = names.filter((name) => !isKertas(name));
  if (unknown.length > 0 || names.length === 0) {
    const shown = unknown.length > 0 ? `"${unknown.join('", "')}"` : 'kosong';
    throw new UserError(`Ukuran kertas ${shown} tidak dikenal; pilih dari a4, f4, a3 (misalnya --kertas a4,f4).`);
  }
  return [...new Set(names)] as Kertas[];
}
