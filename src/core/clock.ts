// The one clock. Everything that asks "what is today?" (future dates in content, reviews overdue for a
// year, upcoming events, print-run dates, the open-data and calendar stamps) asks here, so one variable
// moves the whole project in time: PELITA_HARI_INI=2027-12-01 npm run build. Tests set it to a fixed day
// and never depend on the machine clock.
import { isIsoDate, parseIsoDate, toIsoDate } from './dates.ts';
import { UserError } from './user-error.ts';

export const TODAY_VARIABLE = 'PELITA_HARI_INI';

/** A day set by code rather than the environment: the browser editor has no process.env (see below). */
let setDay: string | undefined;

/**
 * Fixes "today" for code bundled into the browser (the editor's save check), where Vite replaces
 * `process.env` with an empty object at build time: the editor passes the build's PELITA_HARI_INI here,
 * so the browser and `npm run check` agree on the day.
 */
export function setToday(day: string | undefined): void {
  setDay = day || undefined;
}

function fixedDay(): string | undefined {
  return setDay ?? process.env[TODAY_VARIABLE];
}

/** Today as YYYY-MM-DD: PELITA_HARI_INI when set, else the date in Western Indonesia Time (WIB). */
export function today(): string {
  const fixed = fixedDay();
  if (fixed === undefined || fixed === '') return toIsoDate(new Date(), 'WIB');
  if (!isIsoDate(fixed)) {
    throw new UserError(
      `${TODAY_VARIABLE}=${fixed} bukan tanggal yang ada; tulis dengan format TTTT-BB-HH, misalnya ${TODAY_VARIABLE}=2027-02-17.`,
    );
  }
  return fixed;
}

/**
 * The moment to stamp on generated files (calendar DTSTAMP): now, or midnight WIB of PELITA_HARI_INI so
 * that a build for a fixed day gives the same files every time.
 */
export function now(): Date {
  const fixed = fixedDay();
  return fixed ? parseIsoDate(today(), 'WIB') : new Date();
}

/** Where "today" came from, for the line a build prints and records. */
export function todaySource(): string {
  return fixedDay() ? `${TODAY_VARIABLE}` : 'jam komputer, WIB';
}
