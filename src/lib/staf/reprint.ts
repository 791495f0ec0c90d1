// What changed on the village posters since the last release print run, for the staff page: the very
// reprint report `npm run posters` prints (src/lib/printed/reprint-report.ts), comparing the last run in
// dicetak.json with the posters a run made today would show (./planned-run.ts).
import type { Content, Dicetak } from '../../schema/index.ts';
import { reprintReport } from '../printed/reprint-report.ts';
import { plannedPosterRun } from './planned-run.ts';

export type ReprintSummary =
  /** No dicetak.json, or one without any run: nothing has gone to the printer yet. */
  | { printed: false; message: string }
  /** `intro` names the last run; each of `items` is one group of villages (reprint, take down, unchanged). */
  | { printed: true; tanggal: string; intro: string; items: string[] };

export function reprintSinceRelease(
  registry: Dicetak,
  content: Pick<Content, 'kecamatan' | 'desa' | 'layanan' | 'pengalihan'>,
  today: string,
): ReprintSummary {
  const last = registry.cetakan.at(-1);
  const [intro = '', ...items] = reprintReport(last, plannedPosterRun(content, today), content.pengalihan);
  if (!last) return { printed: false, message: intro };
  return { printed: true, tanggal: last.tanggal, intro, items: items.map((line) => line.trim()) };
}
