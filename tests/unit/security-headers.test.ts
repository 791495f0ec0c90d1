// `_headers`: the public policy stays the public pages' own, the editor's looser policy applies to
// /admin/ only (the public one detached there), and every staff folder is kept out of search engines.
import { describe, expect, it } from 'vitest';
import { editorPolicy, headersFile } from '../../src/lib/security-headers.ts';
import { STAFF_PATHS } from '../../src/lib/urls.ts';

const PUBLIC = "default-src 'self'; connect-src 'self'; script-src 'self'; style-src 'self' 'sha256-a'";
const ADMIN =
  "default-src 'self'; connect-src 'self' blob: https://api.github.com; script-src 'self' 'wasm-unsafe-eval'; style-src 'self' 'unsafe-inline'";

function blocks(text: string): Map<string, string[]> {
  const result = new Map<string, string[]>();
  let current = '';
  for (const line of text.trimEnd().split('\n')) {
    if (!line.startsWith(' ')) result.set((current = line), []);
    else result.get(current)!.push(line.trim());
  }
  return result;
}

describe('_headers per folder', () => {
  const file = blocks(
    headersFile(
      [
        { path: '/', policy: PUBLIC },
        { path: '/l/sktm/', policy: PUBLIC.replace('sha256-a', 'sha256-b') },
        { path: '/admin/', policy: ADMIN },
      ],
      '/',
      STAFF_PATHS,
    ),
  );

  it('gives public pages only the public policy, with every public page hash', () => {
    const csp = file.get('/*')!.find((line) => line.startsWith('Content-Security-Policy:'))!;
    expect(csp).toContain("'sha256-a' 'sha256-b'");
    expect(csp).not.toMatch(/unsafe-inline|wasm|blob:|api\.github\.com/);
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it("gives /admin/ the editor's policy, detaching the public one, and noindex", () => {
    const admin = file.get('/admin/*')!;
    expect(admin[0]).toBe('! Content-Security-Policy');
    expect(admin[1]).toContain('https://api.github.com');
    expect(admin[1]).toContain("'unsafe-inline'");
    expect(admin).toContain('X-Robots-Tag: noindex, nofollow');
  });

  it('keeps every staff folder out of search engines, under the site base path', () => {
    const withBase = blocks(headersFile([{ path: '/', policy: PUBLIC }], '/kemlagi/', STAFF_PATHS));
    for (const prefix of STAFF_PATHS) {
      expect(withBase.get(`/kemlagi${prefix}*`), prefix).toContain('X-Robots-Tag: noindex, nofollow');
    }
  });

  it('lets the editor reach only the git host it is configured for', () => {
    const policy = editorPolicy(['https://git.mojokertokab.go.id']);
    expect(policy.directives.find((item) => item.startsWith('connect-src'))).toBe(
      "connect-src 'self' blob: data: https://git.mojokertokab.go.id",
    );
  });
});
