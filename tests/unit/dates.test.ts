// ISO date text ↔ Date, in the two zones Pelita uses: a calendar day (UTC) and the start of a day in WIB.
import { describe, expect, it } from 'vitest';
import { formatTanggal, isIsoDate, parseIsoDate, toIsoDate } from '../../src/core/dates.ts';

describe('parseIsoDate', () => {
  it('reads a calendar day as midnight UTC, so it never shifts with the machine zone', () => {
    expect(parseIsoDate('2027-02-17').toISOString()).toBe('2027-02-17T00:00:00.000Z');
  });

  it('reads a day in WIB as its midnight in Mojokerto, 17:00 UTC the day before', () => {
    expect(parseIsoDate('2027-02-17', 'WIB').toISOString()).toBe('2027-02-16T17:00:00.000Z');
  });
});

describe('toIsoDate', () => {
  it('writes back the day it read, in either zone', () => {
    expect(toIsoDate(parseIsoDate('2024-02-29'))).toBe('2024-02-29');
    expect(toIsoDate(parseIsoDate('2024-02-29', 'WIB'), 'WIB')).toBe('2024-02-29');
  });

  it('names the day it already is in WIB when UTC is still on the day before', () => {
    const evening = new Date('2026-11-30T18:30:00Z');
    expect([toIsoDate(evening), toIsoDate(evening, 'WIB')]).toEqual(['2026-11-30', '2026-12-01']);
  });
});

describe('isIsoDate', () => {
  it.each([
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2025-13-01', false],
    ['2025-1-01', false],
    ['17-02-2027', false],
  ])('%s → %s', (value, expected) => {
    expect(isIsoDate(value)).toBe(expected);
  });
});

describe('formatTanggal', () => {
  it('writes the day as residents read it', () => {
    expect(formatTanggal('2026-11-20')).toBe('20 November 2026');
  });
});
