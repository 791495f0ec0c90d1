// Writes the files static hosts read besides the pages: `_redirects` and `_headers` (Netlify, Cloudflare
// Pages; other hosts ignore them, and the pages carry their own redirect and policy meta tags). A
// kabupaten's host has one of each at its root, holding every kecamatan's redirects.
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Wilayah } from '../lib/content/load-wilayah.ts';
import { redirectsFile } from '../lib/printed/redirects-file.ts';
import { headersFile, type PagePolicy } from '../lib/security-headers.ts';
import { siteHref, STAFF_PATHS } from '../lib/urls.ts';
import { mapFiles } from './map-files.ts';

export async function writeHostFiles(outDir: string, wilayah: Wilayah): Promise<void> {
  const [first, ...others] = wilayah.kecamatan.map(({ content }) =>
    redirectsFile(content.kecamatan.situs, content.pengalihan),
  );
  // Every file starts with the same comment line; the others add only their redirects.
  const redirects = [first, ...others.map((file) => file.slice(file.indexOf('\n') + 1))].join('');
  const situs = wilayah.kabupaten?.situs ?? wilayah.kecamatan[0]!.content.kecamatan.situs;
  await writeFile(join(outDir, '_redirects'), redirects);
  // Every kecamatan has its own staff pages (/admin/, /staf/) under its path.
  const staffPaths = wilayah.kecamatan.flatMap(({ base }) => STAFF_PATHS.map((path) => `${base}${path.slice(1)}`));
  await writeFile(join(outDir, '_headers'), headersFile(await pagePolicies(outDir), siteHref(situs, '/'), staffPaths));
}

/** The Content-Security-Policy meta tag of every built page, with the page's site path. */
async function pagePolicies(outDir: string): Promise<PagePolicy[]> {
  const pages = (await readdir(outDir, { recursive: true }))
    .map((file) => file.split('\\').join('/'))
    .filter((file) => file.endsWith('.html'));
  const policies = await mapFiles(pages.sort(), async (page): Promise<PagePolicy | undefined> => {
    const html = await readFile(join(outDir, page), 'utf8');
    const policy = /<meta http-equiv="content-security-policy" content="([^"]*)"/i.exec(html)?.[1];
    const path = `/${page}`.replace(/(^|\/)index\.html$/, '$1');
    return policy ? { path, policy: policy.replaceAll('&#39;', "'") } : undefined;
  });
  return policies.filter((policy) => policy !== undefined);
}
