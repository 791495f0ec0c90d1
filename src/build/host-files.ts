// Writes the files static hosts read besides the pages: `_redirects` and `_headers` (Netlify, Cloudflare
// Pages; other hosts ignore them, and the pages carry their own redirect and policy meta tags).
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { redirectsFile } from '../lib/printed/redirects-file.ts';
import { headersFile, type PagePolicy } from '../lib/security-headers.ts';
import { siteHref, STAFF_PATHS } from '../lib/urls.ts';
import type { Content } from '../schema/index.ts';

export async function writeHostFiles(outDir: string, content: Content): Promise<void> {
  const { situs } = content.kecamatan;
  await writeFile(join(outDir, '_redirects'), redirectsFile(situs, content.pengalihan));
  await writeFile(join(outDir, '_headers'), headersFile(await pagePolicies(outDir), siteHref(situs, '/'), STAFF_PATHS));
}

/** The Content-Security-Policy meta tag of every built page, with the page's site path. */
async function pagePolicies(outDir: string): Promise<PagePolicy[]> {
  const pages = (await readdir(outDir, { recursive: true }))
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.html'));
  const policies: PagePolicy[] = [];
  for (const page of pages.sort()) {
    const html = await readFile(join(outDir, page), 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
    const path = `/${page}`.replace(/(^|\/)index\.html$/, '$1');
    if (policy) policies.push({ path, policy: policy.replaceAll('&#39;', "'") });
  }
  return policies;
}
