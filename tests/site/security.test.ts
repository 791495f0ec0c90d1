// The built sample site under a strict Content-Security-Policy: every page declares it before anything
// it governs, no page needs inline script, and the host files carry the same policy and headers.
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'node-html-parser';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { printableUrl } from '../../src/lib/urls.ts';
import { isStaffPath, paths } from '../../src/lib/urls.ts';
import { loadContentOrThrow } from '../../src/lib/content/load-content.ts';
import type { Content } from '../../src/schema/index.ts';
import { htmlFiles, readPage } from '../support/dist.ts';
import { unsafeMarkup } from '../support/html-safety.ts';
import { SITE_CONTENT } from '../support/content-dir.ts';

const distDir = inject('distDir');
let pages: { file: string; html: string }[];
/** Public pages: what residents open. Staff pages (the editor) have a policy of their own. */
let publicPages: { file: string; html: string }[];
let content: Content;
beforeAll(async () => {
  content = await loadContentOrThrow(SITE_CONTENT);
  pages = await Promise.all(
    (await htmlFiles(distDir)).map(async (file) => ({ file, html: await readFile(join(distDir, file), 'utf8') })),
  );
  publicPages = pages.filter(({ file }) => !isStaffPath(`/${file}`));
});

const policyOf = (html: string) =>
  parse(html).querySelector('meta[http-equiv=content-security-policy]')?.getAttribute('content') ?? '';
const directive = (policy: string, name: string) =>
  policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([first]) => first === name)
    ?.slice(1) ?? [];

describe('Content-Security-Policy', () => {
  it('is declared in every page before any style, script or linked resource', () => {
    for (const { file, html } of pages) {
      const head = parse(html).querySelector('head')!;
      const elements = head.childNodes.filter((node) => 'rawTagName' in node) as ReturnType<typeof parse>[];
      const csp = elements.findIndex(
        (el) => el.getAttribute('http-equiv')?.toLowerCase() === 'content-security-policy',
      );
      expect(csp, file).toBeGreaterThanOrEqual(0);
      // A JSON-LD block is data the browser neither fetches nor runs, so the policy does not govern it.
      const governed = elements.findIndex(
        (el) =>
          (['style', 'script'].includes(el.rawTagName) && el.getAttribute('type') !== 'application/ld+json') ||
          (el.rawTagName === 'link' && /stylesheet|preload|modulepreload|manifest/.test(el.getAttribute('rel') ?? '')),
      );
      if (governed >= 0) expect(csp, file).toBeLessThan(governed);
    }
  });

  it('allows scripts only from the site itself, never inline, and allows each inline stylesheet by its hash', () => {
    for (const { file, html } of publicPages) {
      const policy = policyOf(html);
      expect(directive(policy, 'default-src'), file).toEqual(["'self'"]);
      expect(directive(policy, 'object-src'), file).toEqual(["'none'"]);
      expect(directive(policy, 'script-src'), file).toContain("'self'");
      expect(policy, file).not.toContain('unsafe-inline');
      expect(policy, file).not.toContain('unsafe-eval');
      for (const style of parse(html).querySelectorAll('style')) {
        const hash = `'sha256-${createHash('sha256').update(style.innerHTML).digest('base64')}'`;
        expect(directive(policy, 'style-src'), file).toContain(hash);
      }
    }
  });

  it("gives the editor only what it needs: the git host's API, blob:, wasm and run-time styles", async () => {
    const policy = policyOf(await readFile(join(distDir, 'admin/index.html'), 'utf8'));
    expect(directive(policy, 'default-src')).toEqual(["'self'"]);
    expect(directive(policy, 'connect-src')).toEqual(["'self'", 'blob:', 'data:', 'https://api.github.com']);
    expect(directive(policy, 'script-src')).toContain("'wasm-unsafe-eval'");
    expect(directive(policy, 'script-src')).not.toContain("'unsafe-inline'");
    expect(policy).not.toContain("'unsafe-eval'");
    expect(directive(policy, 'style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(directive(policy, 'object-src')).toEqual(["'none'"]);
  });

  it('leaves no inline script, event-handler attribute or javascript: URL in any page', () => {
    const found = pages.flatMap(({ file, html }) => unsafeMarkup(html).map((item) => `${file}: ${item}`));
    expect(found).toEqual([]);
    for (const { file, html } of pages) expect(html, file).not.toMatch(/javascript:/i);
  });
});

describe('_headers', () => {
  it('sends the security headers and a policy that forbids framing and allows every page', async () => {
    const headers = await readFile(join(distDir, '_headers'), 'utf8');
    expect(headers.split('\n')[0]).toBe('/*');
    for (const line of [
      'X-Content-Type-Options: nosniff',
      'Referrer-Policy: strict-origin-when-cross-origin',
      'X-Frame-Options: DENY',
    ]) {
      expect(headers).toContain(`  ${line}`);
    }
    expect(headers).toMatch(/ {2}Permissions-Policy: camera=\(\), microphone=\(\), geolocation=\(\)/);
    const policy = /Content-Security-Policy: (.*)/.exec(headers)![1]!;
    expect(directive(policy, 'frame-ancestors')).toEqual(["'none'"]);
    expect(policy).not.toContain('unsafe-inline');
    for (const { html } of publicPages) {
      for (const name of ['script-src', 'style-src']) {
        for (const source of directive(policyOf(html), name)) expect(directive(policy, name)).toContain(source);
      }
    }
  });

  it("sends the editor's policy to /admin/ only, detaching the public one there, and noindex to staff folders", async () => {
    const headers = await readFile(join(distDir, '_headers'), 'utf8');
    const admin = headers.slice(headers.indexOf('\n/admin/*\n'));
    expect(admin).toMatch(
      /^\n\/admin\/\*\n {2}! Content-Security-Policy\n {2}Content-Security-Policy: .*'unsafe-inline'/,
    );
    expect(headers.slice(0, headers.indexOf('\n/admin/*\n'))).not.toMatch(/unsafe-inline|wasm|api\.github\.com/);
    for (const prefix of ['/admin/', '/staf/']) {
      expect(
        headers
          .slice(headers.indexOf(`\n${prefix}*\n`))
          .split('\n/')
          .slice(0, 2)
          .join('\n/'),
      ).toContain('X-Robots-Tag: noindex, nofollow');
    }
  });

  it('comes with a _redirects file even when nothing has been redirected yet', async () => {
    expect(await readFile(join(distDir, '_redirects'), 'utf8')).toMatch(
      /^# Dibuat otomatis dari content\/pengalihan\.yaml/,
    );
  });
});

describe('poster asli dan stiker palsu', () => {
  it('tells village officers what a genuine poster shows and to check the domain before opening', async () => {
    const text = (await readPage(distDir, paths.posterIndex())).querySelector('main')!.text.replace(/\s+/g, ' ');
    expect(text).toContain(
      `Poster asli selalu menuliskan alamat ${printableUrl(content.kecamatan.situs)} di bawah setiap kode QR`,
    );
    expect(text).toMatch(
      /alamat yang muncul saat memindai berbeda, jangan dibuka: kode itu mungkin ditempeli stiker palsu/,
    );
  });
});
