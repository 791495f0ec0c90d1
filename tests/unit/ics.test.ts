// Calendar files for service fairs are valid iCalendar (RFC 5545): a real parser reads them back, and
// the byte-level rules it forgives (CRLF, 75-octet folding, escaping) are checked directly.
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { escapeText, fold, writeIcs, type CalendarEvent } from '../../src/lib/calendar/ics.ts';

const timed: CalendarEvent = {
  uid: 'bazar-2027-02@kemlagi.contoh.invalid',
  judul: 'Bazar Pelayanan Publik Kemlagi, Februari 2027',
  tanggal: '2027-02-17',
  mulai: '08:00',
  selesai: '13:00',
  lokasi: 'Pendopo Kecamatan; Jl. Raya Kemlagi',
  deskripsi: `Instansi: Dispendukcapil; Polsek\nLayanan: ${'Kartu Keluarga (KK) Baru, Perubahan Data, atau Hilang; '.repeat(3)}Akta — ✓`,
  url: 'https://kemlagi.contoh.invalid/a/bazar-2027-02/',
};
const allDay: CalendarEvent = {
  ...timed,
  uid: 'bazar-2026-10@kemlagi.contoh.invalid',
  tanggal: '2026-10-14',
  mulai: undefined,
  selesai: undefined,
};
const text = writeIcs({
  nama: 'Bazar Pelayanan Kecamatan Kemlagi',
  acara: [timed, allDay],
  dibuat: new Date('2026-11-22T03:04:05.678Z'),
});

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  for (const zone of calendar.getAllSubcomponents('vtimezone')) ICAL.TimezoneService.register(zone);
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

describe('writeIcs', () => {
  it('is read back by ical.js with the same events, times in Western Indonesia Time', () => {
    const [event, day] = parse(text);
    expect(event!.uid).toBe(timed.uid);
    expect(event!.summary).toBe(timed.judul);
    expect(event!.location).toBe(timed.lokasi);
    expect(event!.description).toBe(timed.deskripsi);
    expect(event!.startDate.toJSDate().toISOString()).toBe('2027-02-17T01:00:00.000Z');
    expect(event!.endDate.toJSDate().toISOString()).toBe('2027-02-17T06:00:00.000Z');
    expect(event!.startDate.zone?.tzid).toBe('Asia/Jakarta');
    expect(day!.startDate.isDate).toBe(true);
    expect(day!.startDate.toString()).toBe('2026-10-14');
    expect(day!.endDate.toString()).toBe('2026-10-15');
  });

  it('stamps every event with DTSTAMP in UTC and declares the VTIMEZONE it uses', () => {
    expect(text.match(/^DTSTAMP:20261122T030405Z$/gm)).toHaveLength(2);
    expect(text).toContain('BEGIN:VTIMEZONE\r\nTZID:Asia/Jakarta\r\n');
    expect(text).toContain('DTSTART;VALUE=DATE:20261014\r\n');
  });

  it('ends every line with CRLF and folds none longer than 75 octets', () => {
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    const lines = text.split('\r\n').slice(0, -1);
    expect(lines.every((line) => new TextEncoder().encode(line).length <= 75)).toBe(true);
    expect(lines.some((line) => line.startsWith(' '))).toBe(true);
  });
});

describe('fold', () => {
  it('never splits a multi-byte character and keeps the text when unfolded', () => {
    const line = `DESCRIPTION:${'é✓'.repeat(40)}`;
    const folded = fold(line);
    for (const part of folded.split('\r\n')) {
      expect(new TextEncoder().encode(part).length).toBeLessThanOrEqual(75);
      expect(part).not.toContain('\uFFFD');
    }
    expect(folded.replace(/\r\n /g, '')).toBe(line);
  });

  it('leaves a line of exactly 75 octets alone', () => {
    const line = 'X'.repeat(75);
    expect(fold(line)).toBe(line);
    expect(fold(`${line}Y`)).toBe(`${line}\r\n Y`);
  });
});

describe('escapeText', () => {
  it('escapes backslash, semicolon, comma and newline', () => {
    expect(escapeText('a\\b;c,d\ne')).toBe('a\\\\b\\;c\\,d\\ne');
  });
});
