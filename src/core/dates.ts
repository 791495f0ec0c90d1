// ISO dates (YYYY-MM-DD), the form of every date in content and of the clock's "today": read into a
// Date, written back from one, checked, and formatted as residents read them ("20 November 2026"). The
// one place that turns date text into a Date and back; it imports nothing, so the schema may use it.

/**
 * UTC for a calendar day (formatting, day arithmetic: the day never shifts with the machine's zone);
 * WIB for the moment a day starts in Kabupaten Mojokerto (PDF dates, calendar stamps).
 */
export type TimeZone = 'UTC' | 'WIB';

const OFFSET: Record<TimeZone, string> = { UTC: 'Z', WIB: '+07:00' };

const JAKARTA_DAY = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta' });

const LONG_DATE = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Midnight at the start of `iso` (YYYY-MM-DD) in `zone`. An impossible date gives an Invalid Date. */
export function parseIsoDate(iso: string, zone: TimeZone = 'UTC'): Date {
  return new Date(`${iso}T00:00:00${OFFSET[zone]}`);
}

/** The calendar day of `moment` as YYYY-MM-DD, in UTC or in WIB (Asia/Jakarta). */
export function toIsoDate(moment: Date, zone: TimeZone = 'UTC'): string {
  return zone === 'UTC' ? moment.toISOString().slice(0, 10) : JAKARTA_DAY.format(moment);
}

/** True for YYYY-MM-DD that names a real calendar day (no 2025-02-30). */
export function isIsoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = parseIsoDate(value);
  return !Number.isNaN(date.getTime()) && toIsoDate(date) === value;
}

/** Formats an ISO date (YYYY-MM-DD) in Indonesian. */
export function formatTanggal(iso: string): string {
  return LONG_DATE.format(parseIsoDate(iso));
}
