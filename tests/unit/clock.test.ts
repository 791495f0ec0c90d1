// The one clock: PELITA_HARI_INI from the environment (set to 2026-12-01 for every test), or a day set by
// code for the browser editor, where Vite leaves no process.env to read.
import { afterEach, describe, expect, it } from 'vitest';
import { now, setToday, today, todaySource } from '../../src/core/clock.ts';

afterEach(() => setToday(undefined));

describe('clock', () => {
  it('answers the day of PELITA_HARI_INI', () => {
    expect(today()).toBe('2026-12-01');
    expect(todaySource()).toBe('PELITA_HARI_INI');
  });

  it('answers a day set by code before the environment, and the environment again once cleared', () => {
    setToday('2030-02-17');
    expect(today()).toBe('2030-02-17');
    expect(now().toISOString()).toBe('2030-02-16T17:00:00.000Z'); // midnight WIB
    setToday(undefined);
    expect(today()).toBe('2026-12-01');
  });

  it('refuses a day that does not exist, in Bahasa Indonesia', () => {
    setToday('2030-02-30');
    expect(() => today()).toThrow('PELITA_HARI_INI=2030-02-30 bukan tanggal yang ada');
  });
});
