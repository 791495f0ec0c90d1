// Writes iCalendar (RFC 5545) files for service fairs: CRLF line ends, lines folded at 75 octets without
// splitting a UTF-8 character, TEXT values escaped. Times are local Western Indonesia Time, written with
// TZID=Asia/Jakarta and the VTIMEZONE that RFC 5545 requires for every TZID used (WIB is UTC+7 all year,
// no daylight saving since 1964). An event without times is an all-day event: DTSTART;VALUE=DATE and a
// DTEND on the next day, because DTEND is exclusive.
import { parseIsoDate, toIsoDate } from '../../core/dates.ts';

export interface CalendarEvent {
  /** Globally unique and stable across builds, e.g. "bazar-2027-02@kemlagi.mojokertokab.go.id". */
  uid: string;
  judul: string;
  /** YYYY-MM-DD. */
  tanggal: string;
  /** "HH:MM" in WIB; both or neither. */
  mulai?: string | undefined;
  selesai?: string | undefined;
  lokasi: string;
  deskripsi: string;
  url: string;
}

export interface Calendar {
  nama: string;
  acara: readonly CalendarEvent[];
  /** When the file was made (DTSTAMP), in UTC. */
  dibuat: Date;
}

const ZONA = 'Asia/Jakarta';

const VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${ZONA}`,
  'BEGIN:STANDARD',
  'DTSTART:19700101T000000',
  'TZOFFSETFROM:+0700',
  'TZOFFSETTO:+0700',
  'TZNAME:WIB',
  'END:STANDARD',
  'END:VTIMEZONE',
];

export function writeIcs(kalender: Calendar): string {
  const stamp = kalender.dibuat
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  const timed = kalender.acara.some((acara) => acara.mulai);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Pelita//Acara layanan kecamatan//ID',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(kalender.nama)}`,
    `X-WR-TIMEZONE:${ZONA}`,
    ...(timed ? VTIMEZONE : []),
    ...kalender.acara.flatMap((acara) => event(acara, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(fold).join('\r\n') + '\r\n';
}

function event(acara: CalendarEvent, stamp: string): string[] {
  const day = acara.tanggal.replace(/-/g, '');
  const when =
    acara.mulai && acara.selesai
      ? [`DTSTART;TZID=${ZONA}:${day}T${time(acara.mulai)}`, `DTEND;TZID=${ZONA}:${day}T${time(acara.selesai)}`]
      : [`DTSTART;VALUE=DATE:${day}`, `DTEND;VALUE=DATE:${nextDay(acara.tanggal)}`];
  return [
    'BEGIN:VEVENT',
    `UID:${acara.uid}`,
    `DTSTAMP:${stamp}`,
    ...when,
    `SUMMARY:${escapeText(acara.judul)}`,
    `LOCATION:${escapeText(acara.lokasi)}`,
    `DESCRIPTION:${escapeText(acara.deskripsi)}`,
    `URL:${acara.url}`,
    'TRANSP:OPAQUE',
    'END:VEVENT',
  ];
}

/** TEXT escaping (RFC 5545 §3.3.11): backslash, semicolon, comma and newline. */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** Folds a content line into chunks of at most 75 octets (§3.1), continuation lines start with a space. */
export function fold(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    // The first line may hold 75 octets; continuation lines 74 plus the leading space.
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function time(hhmm: string): string {
  return `${hhmm.replace(':', '')}00`;
}

function nextDay(iso: string): string {
  const date = parseIsoDate(iso);
  date.setUTCDate(date.getUTCDate() + 1);
  return toIsoDate(date).replace(/-/g, '');
}
