// The day every test lives on. The whole suite runs with PELITA_HARI_INI set to it (vitest.config.ts),
// so no test depends on the machine clock: the fixtures' `diperbarui` dates stay recent, their events
// stay upcoming or past, and a new year never turns CI red.
export const TEST_TODAY = '2026-12-01';
