// The line a command prints to say which day it treats as today and where that came from, so that a
// build log records the date it used.
import { formatTanggal } from '../core/dates.ts';
import { today, todaySource } from '../core/clock.ts';

/** "Tanggal acuan: 1 Desember 2026 (PELITA_HARI_INI)." */
export function todayLine(): string {
  return `Tanggal acuan: ${formatTanggal(today())} (${todaySource()}).`;
}
