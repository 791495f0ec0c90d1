// The URL scheme: the one place that knows where every page and file lives. Printed URLs are promises
// kept for years, so they are short (small QR codes that scan easily) and built from identities that do
// not change: a service's slug, and a village's Kemendagri code (village names repeat across kecamatan).
import { compactKode, type Acara, type Desa, type Keperluan, type Layanan } from '../schema/index.ts';
import { keperluanId } from './keperluan.ts';

export type Kertas = 'a4' | 'f4' | 'a3';

/** Site-relative paths (no base path, leading and trailing slash), as Astro routes and dist/ files see them. */
export const paths = {
  home: () => '/',
  layanan: (layanan: Pick<Layanan, 'slug'>) => `/l/${layanan.slug}/`,
  /** A case of a service: its page, opened with that case chosen (the fragment is the case's id). */
  keperluan: (layanan: Pick<Layanan, 'slug'>, keperluan: Pick<Keperluan, 'judul'>) =>
    `/l/${layanan.slug}/#${keperluanId(keperluan)}`,
  desa: (desa: Pick<Desa, 'kode'>) => `/d/${compactKode(desa.kode)}/`,
  posterIndex: () => '/poster/',
  posterDesa: (desa: Pick<Desa, 'slug'>, kertas: Kertas) => `/poster/desa-${desa.slug}-${kertas}.pdf`,
  posterSemua: (kertas: Kertas) => `/poster/semua-desa-${kertas}.pdf`,
  lembar: (layanan: Pick<Layanan, 'slug'>) => `/lembar/${layanan.slug}.pdf`,
  /** The same sheet in large print (body text 16 pt or more); a folder of its own, so no slug collides. */
  lembarBesar: (layanan: Pick<Layanan, 'slug'>) => `/lembar/besar/${layanan.slug}.pdf`,
  /** Shown by the service worker for a page that is not stored on the phone yet. */
  offline: () => '/offline/',
  /** Start page of the tablet kiosk at a balai desa or the kecamatan office. */
  kiosk: () => '/kiosk/',
  /** At the site's root so that it may control every page under the base path. */
  serviceWorker: () => '/sw.js',
  manifest: () => '/manifest.webmanifest',
  favicon: () => '/favicon.svg',
  appIcon: (size: 192 | 512, purpose: 'any' | 'maskable' = 'any') =>
    purpose === 'maskable' ? `/ikon-${size}-maskable.png` : `/ikon-${size}.png`,
  // Issue 5. An event's page is printed on its poster, so it is short like /l/ and /d/.
  skm: () => '/skm/',
  pengaduan: () => '/pengaduan/',
  acaraIndex: () => '/acara/',
  acara: (acara: Pick<Acara, 'slug'>) => `/a/${acara.slug}/`,
  acaraIcs: (acara: Pick<Acara, 'slug'>) => `/a/${acara.slug}.ics`,
  acaraKalender: () => '/acara/kalender.ics',
  posterAcara: (acara: Pick<Acara, 'slug'>) => `/poster/acara-${acara.slug}.pdf`,
  apiLayanan: () => '/api/layanan.json',
  apiDesa: () => '/api/desa.json',
  // Link previews (Open Graph): one per service, one for every other page. Crawlers cache them by URL.
  ogLayanan: (layanan: Pick<Layanan, 'slug'>) => `/og/l/${layanan.slug}.png`,
  ogSitus: () => '/og/situs.png',
  // Square images with a QR code for social media; staff download them, so the names say what they show.
  sosmedLayanan: (layanan: Pick<Layanan, 'slug'>) => `/sosmed/layanan-${layanan.slug}.png`,
  sosmedDesa: (desa: Pick<Desa, 'slug'>) => `/sosmed/desa-${desa.slug}.png`,
  // For kecamatan staff only (issue 10): the browser editor and the review dashboard. Never indexed,
  // never in the sitemap or the offline precache, never linked from a public page.
  admin: () => '/admin/',
  staf: () => '/staf/',
} as const;

/** Folders for staff, not residents: see paths.admin and paths.staf. */
export const STAFF_PATHS: readonly string[] = [paths.admin(), paths.staf()];

/** True for a site path (or dist/ file with a leading slash) inside a staff-only folder. */
export function isStaffPath(path: string): boolean {
  return STAFF_PATHS.some((prefix) => path.startsWith(prefix));
}

/** What a site path names under the scheme above (the inverse of paths.layanan, .acara and .desa), for messages. */
export function pathTarget(
  path: string,
): { kind: 'layanan' | 'acara'; slug: string } | { kind: 'desa'; kode: string } | undefined {
  const slugged = /^\/(l|a)\/([^/]+)\/$/.exec(path);
  if (slugged) return { kind: slugged[1] === 'l' ? 'layanan' : 'acara', slug: slugged[2]! };
  const desa = /^\/d\/(\d{2})(\d{2})(\d{2})(\d{4})\/$/.exec(path);
  if (desa) return { kind: 'desa', kode: desa.slice(1).join('.') };
  return undefined;
}

/** The absolute URL of a site path under `situs` (which may itself carry a base path). */
export function absoluteUrl(situs: string, path: string): string {
  return new URL(path.replace(/^\//, ''), situs).href;
}

/** The href to use inside the site: the path under situs's base path, e.g. /kemlagi/l/sktm/. */
export function siteHref(situs: string, path: string): string {
  const url = new URL(absoluteUrl(situs, path));
  return url.pathname + url.hash;
}

/** What is printed under a QR code: no scheme and no trailing slash, so it is easy to read and type. */
export function printableUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/** The site path that an absolute URL under `situs` points at, or undefined if it is elsewhere. */
export function sitePathOf(situs: string, url: string): string | undefined {
  return url.startsWith(situs) ? `/${url.slice(situs.length)}` : undefined;
}

/** The dist/ file that serves a site path: directories serve their index.html. */
export function distFileOf(path: string): string {
  return path.endsWith('/') ? `${path}index.html` : path;
}

/**
 * True while `situs` is a placeholder (a reserved example domain): the sample content can be built and
 * tried, but posters and sheets carry the CONTOH mark (src/lib/contoh.ts).
 */
export function isPlaceholderSitus(situs: string): boolean {
  const host = new URL(situs).hostname;
  return /(^|\.)(invalid|example|test|localhost)$/.test(host) || /(^|\.)example\.(com|org|net)$/.test(host);
}
