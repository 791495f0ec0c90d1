// The test layers, cheapest first; README "Tests" says which command runs which. Every layer runs on a
// fixed day (TEST_TODAY) and on frozen fixture folders under tests/fixtures/, never on content/.
import { defineConfig } from 'vitest/config';
import { TEST_TODAY } from './tests/support/today.ts';

// Set here, in the main process, so the workers, the global setup's build and every command a test
// runs inherit it.
process.env.PELITA_HARI_INI = TEST_TODAY;
delete process.env.PELITA_CONTENT;

export default defineConfig({
  test: {
    reporters: ['default', './tests/support/plain-summary-reporter.ts'],
    // A test in which no expect() ran fails: a loop over an empty list or a forgotten await cannot pass.
    expect: { requireAssertions: true },
    testTimeout: 60_000,
    hookTimeout: 300_000,
    projects: [
      // Pure functions: no files written, no processes, no rendering.
      { extends: true, test: { name: 'unit', include: ['tests/unit/**/*.test.ts'] } },
      // The content loader on fixture folders, and the commands staff run (check, build, posters).
      { extends: true, test: { name: 'integration', include: ['tests/integration/**/*.test.ts'] } },
      // PDFs and PNGs drawn, rendered with poppler or resvg, their QR codes decoded with zbarimg.
      { extends: true, test: { name: 'render', include: ['tests/render/**/*.test.ts'] } },
      // One real build of the site fixture, made once by the global setup.
      {
        extends: true,
        test: { name: 'site', include: ['tests/site/**/*.test.ts'], globalSetup: ['tests/global-setup.ts'] },
      },
      // Browser tests: Debian's chromium against the same build, served by a local static server.
      {
        extends: true,
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/global-setup.ts'],
          testTimeout: 120_000,
          // Two cores: one chromium at a time, and only after the PDF and QR tests have finished, so that
          // neither slows the other into a timeout.
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
