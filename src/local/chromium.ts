// Debian's chromium, the one browser the benchmark and the browser tests drive (no browser is ever
// downloaded: playwright-core and chrome-launcher are pointed at the system build).
export const CHROMIUM_PATH = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/**
 * Flags for a headless run on a machine with no network but loopback: without the background-networking
 * flags chromium keeps trying Google's hosts, and as root it needs --no-sandbox.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
