// Survey periods as staff name them (file names "2023" or "2023-1") and as residents read them.
import { PERIODE } from '../../schema/skm.ts';

/** "2023" → "Tahun 2023", "2023-2" → "Semester II 2023". */
export function formatPeriode(periode: string): string {
  const [, tahun, semester] = PERIODE.exec(periode) ?? [];
  if (!tahun) return periode;
  return semester ? `Semester ${semester === '1' ? 'I' : 'II'} ${tahun}` : `Tahun ${tahun}`;
}

/** Oldest first. A whole year sorts after its semesters: its survey closes with the year. */
export function sortPeriode<T extends { periode: string }>(list: readonly T[]): T[] {
  const key = (periode: string) => {
    const [, tahun, semester] = PERIODE.exec(periode) ?? [];
    return Number(tahun) * 10 + (semester ? Number(semester) : 3);
  };
  return [...list].sort((a, b) => key(a.periode) - key(b.periode));
}
