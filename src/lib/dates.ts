// Dates as residents read them: "20 November 2026".

const LONG_DATE = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

/** Formats an ISO date (YYYY-MM-DD) in Indonesian. */
export function formatTanggal(iso: string): string {
  return LONG_DATE.format(new Date(`${iso}T00:00:00Z`));
}
