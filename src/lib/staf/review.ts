// Which services staff should look at first on the staff page (/staf/): those not checked for more than
// twelve months before the reference day, and those whose requirements still wait for confirmation.
// "More than twelve months" is the rule `npm run check` warns by (src/lib/content/cross-checks.ts): a
// service checked on 2025-12-01 is due, not overdue, on 2026-12-01; one checked on 2025-11-30 is overdue.
import type { Layanan } from '../../schema/index.ts';

export type ReviewService = Pick<Layanan, 'slug' | 'judul' | 'diperbarui' | 'perlu_konfirmasi'>;

export interface ReviewRow<T extends ReviewService> {
  layanan: T;
  /** Last checked more than twelve months before the reference day. */
  overdue: boolean;
  perluKonfirmasi: boolean;
}

/**
 * The same calendar day one year before `today` (YYYY-MM-DD), as text. On 29 February it is the
 * 29th of a year without one, which still compares correctly: the 28th is before it, 1 March after.
 */
export function yearBefore(today: string): string {
  return `${String(Number(today.slice(0, 4)) - 1).padStart(4, '0')}${today.slice(4)}`;
}

/** True when a service last checked on `diperbarui` was checked more than twelve months before `today`. */
export function isOverdue(diperbarui: string, today: string): boolean {
  return diperbarui < yearBefore(today);
}

/**
 * Every service with its review facts, what needs attention first: overdue and unconfirmed, then
 * overdue, then unconfirmed, then the rest; within each group the longest unchecked first, then by title.
 */
export function reviewRows<T extends ReviewService>(layanan: readonly T[], today: string): ReviewRow<T>[] {
  const rows = layanan.map((item) => ({
    layanan: item,
    overdue: isOverdue(item.diperbarui, today),
    perluKonfirmasi: item.perlu_konfirmasi,
  }));
  const weight = (row: ReviewRow<T>) => (row.overdue ? 2 : 0) + (row.perluKonfirmasi ? 1 : 0);
  return rows.sort(
    (a, b) =>
      weight(b) - weight(a) ||
      a.layanan.diperbarui.localeCompare(b.layanan.diperbarui) ||
      a.layanan.judul.localeCompare(b.layanan.judul, 'id'),
  );
}

export interface ReviewSummary {
  total: number;
  overdue: number;
  perluKonfirmasi: number;
  /** Neither overdue nor waiting for confirmation. */
  inOrder: number;
}

export function reviewSummary(rows: readonly ReviewRow<ReviewService>[]): ReviewSummary {
  return {
    total: rows.length,
    overdue: rows.filter((row) => row.overdue).length,
    perluKonfirmasi: rows.filter((row) => row.perluKonfirmasi).length,
    inOrder: rows.filter((row) => !row.overdue && !row.perluKonfirmasi).length,
  };
}
