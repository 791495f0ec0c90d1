// Which links content may carry. One allowlist for the markdown renderer (which drops anything else)
// and for `npm run check` (which names the offending link so staff can fix it).

const ALLOWED = new Set(['http', 'https', 'mailto', 'tel', 'sms']);

/**
 * The scheme of a link as a browser would read it: lower-case, with the tabs, newlines and surrounding
 * spaces a browser strips removed ("  JaVa\tScript:" is "javascript"), and percent-encoded ones too,
 * which markdown-it makes of a literal tab: stricter than a browser, never looser. Undefined for
 * relative links.
 */
export function linkScheme(href: string): string | undefined {
  const cleaned = href
    .replace(/[\t\n\r]|%0[9ad]/gi, '')
    .trim()
    .toLowerCase();
  return /^([a-z][a-z0-9+.-]*):/.exec(cleaned)?.[1];
}

/** True for relative links and for http(s), mailto, tel and sms; javascript:, vbscript:, data: and the rest are refused. */
export function isSafeLink(href: string): boolean {
  const scheme = linkScheme(href);
  return scheme === undefined || ALLOWED.has(scheme);
}
