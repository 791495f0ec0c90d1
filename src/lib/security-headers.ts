// The site's security policy, stated once: Astro puts the Content-Security-Policy in a meta tag on every
// page (adding hashes of the inline stylesheets it writes), and the build writes the same rules, plus
// the headers a meta tag cannot carry, into `_headers` for hosts that read one (Netlify, Cloudflare Pages).

/** Fetch directives besides script-src and style-src, which Astro owns and fills with hashes. */
const DIRECTIVES = [
  "default-src 'self'",
  // Icons and social images are files of our own; data: covers small inline SVG/PNG icons.
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
] as const;

/** The value of astro.config's `security.csp`. */
export const contentSecurityPolicy = {
  algorithm: 'SHA-256' as const,
  directives: [...DIRECTIVES],
  // Scripts are bundled into files of our own (vite assetsInlineLimit: 0); none is ever inline.
  scriptDirective: { resources: ["'self'"] },
  styleDirective: { resources: ["'self'"] },
};

/** Headers every response should carry; a meta tag cannot set these, and frame-ancestors only works here. */
const HEADERS: readonly [string, string][] = [
  ['X-Content-Type-Options', 'nosniff'],
  ['X-Frame-Options', 'DENY'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  // No interest-cohort: FLoC is gone, and Chrome logs an unknown feature as a console error.
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=()'],
  ['Cross-Origin-Opener-Policy', 'same-origin'],
  // No includeSubDomains: other subdomains of a kabupaten domain are not this site's to decide.
  ['Strict-Transport-Security', 'max-age=31536000'],
];

/**
 * `_headers` for every path. Its Content-Security-Policy joins the policies Astro wrote into the pages
 * (so the inline stylesheet hashes of every page are allowed; two policies would otherwise both apply
 * and the stricter one block the styles) and adds frame-ancestors 'none'.
 */
export function headersFile(pagePolicies: readonly string[], basePath: string): string {
  const policy = [...mergePolicies(pagePolicies), "frame-ancestors 'none'"].join('; ');
  const lines = [
    `${basePath}*`,
    `  Content-Security-Policy: ${policy}`,
    ...HEADERS.map(([name, value]) => `  ${name}: ${value}`),
  ];
  return `${lines.join('\n')}\n`;
}

/** Unions the values of each directive across policies, keeping first-seen order. */
function mergePolicies(policies: readonly string[]): string[] {
  const directives = new Map<string, Set<string>>();
  for (const policy of policies) {
    for (const part of policy.split(';')) {
      const [name, ...values] = part.trim().split(/\s+/);
      if (!name) continue;
      const set = directives.get(name) ?? new Set<string>();
      for (const value of values) set.add(value);
      directives.set(name, set);
    }
  }
  return [...directives].map(([name, values]) => [name, ...values].join(' '));
}
