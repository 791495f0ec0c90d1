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

/** What the browser editor (/admin/) needs beyond the public policy, for Astro to add to that page only. */
export interface EditorPolicy {
  /** Whole directives, merged by Astro with the ones above of the same name. */
  directives: string[];
  scriptResources: string[];
  styleResources: string[];
}

/** `origins`: the git host's API and sign-in origins the editor talks to (src/editor/backend.ts). */
export function editorPolicy(origins: readonly string[]): EditorPolicy {
  return {
    directives: [
      // Saving is a call to the git host's API; blob: and data: are how Sveltia reads files and icons it
      // holds in memory.
      `connect-src 'self' blob: data: ${origins.join(' ')}`.trim(),
      "img-src 'self' data: blob:",
      // Image conversion runs in workers built from blobs.
      "worker-src 'self' blob:",
    ],
    // Sveltia converts uploaded images with WebAssembly.
    scriptResources: ["'wasm-unsafe-eval'"],
    // Sveltia's components write their styles at run time, so they cannot be hashed at build time.
    styleResources: ["'unsafe-inline'"],
  };
}

/** A built page and the policy of its meta tag. */
export interface PagePolicy {
  /** Site path without the base, e.g. "/l/sktm/" or "/admin/". */
  path: string;
  policy: string;
}

/**
 * `_headers`: one block for the public site, then one per staff folder. Each block's
 * Content-Security-Policy joins the policies Astro wrote into its pages (so the inline stylesheet hashes
 * of every page are allowed; two policies would otherwise both apply and the stricter one block the
 * styles) and adds frame-ancestors 'none'. A staff block first detaches the public policy (`!`, which
 * Cloudflare Pages reads), so the editor's looser policy never reaches a public page and the public one
 * does not block the editor; staff folders are also kept out of search engines.
 */
export function headersFile(pages: readonly PagePolicy[], basePath: string, staffPaths: readonly string[]): string {
  const staffOf = (path: string) => staffPaths.find((prefix) => path.startsWith(prefix));
  const publicPolicies = pages.filter((page) => !staffOf(page.path)).map((page) => page.policy);
  const blocks = [
    [
      `${basePath}*`,
      `  Content-Security-Policy: ${policyOf(publicPolicies)}`,
      ...HEADERS.map(([name, value]) => `  ${name}: ${value}`),
    ],
    ...staffPaths.map((prefix) => {
      const policies = pages.filter((page) => staffOf(page.path) === prefix).map((page) => page.policy);
      const csp = policies.length
        ? ['  ! Content-Security-Policy', `  Content-Security-Policy: ${policyOf(policies)}`]
        : [];
      return [`${basePath}${prefix.slice(1)}*`, ...csp, '  X-Robots-Tag: noindex, nofollow'];
    }),
  ];
  return `${blocks.map((lines) => lines.join('\n')).join('\n')}\n`;
}

function policyOf(policies: readonly string[]): string {
  return [...mergePolicies(policies), "frame-ancestors 'none'"].join('; ');
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
