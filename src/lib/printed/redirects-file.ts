// `_redirects` (Netlify and Cloudflare Pages format) from content/pengalihan.yaml: the same redirects the
// small HTML pages make, as permanent (301) redirects for hosts that read the file.
import type { Pengalihan } from '../../schema/index.ts';
import { siteHref } from '../urls.ts';

export function redirectsFile(situs: string, pengalihan: readonly Pengalihan[]): string {
  const lines = ['# Dibuat otomatis dari content/pengalihan.yaml oleh npm run build; jangan diubah di sini.'];
  for (const { dari, ke } of pengalihan) {
    const from = siteHref(situs, dari);
    const to = siteHref(situs, ke);
    // Printed URLs are shown without the trailing slash, so people type both forms.
    lines.push(`${from} ${to} 301`, `${from.replace(/\/$/, '')} ${to} 301`);
  }
  return `${lines.join('\n')}\n`;
}
