// Every generated page of the site and what it shows, asked of the URL scheme. The catch-all Astro route
// renders these, so page locations are decided in src/lib/urls.ts alone.
import type { Desa, Layanan } from '../schema/index.ts';
import { paths } from './urls.ts';

export type Route =
  | { path: string; kind: 'layanan'; layanan: Layanan }
  | { path: string; kind: 'desa'; desa: Desa }
  | { path: string; kind: 'poster' };

export function siteRoutes(content: { layanan: readonly Layanan[]; desa: readonly Desa[] }): Route[] {
  return [
    ...content.layanan.map((layanan) => ({ path: paths.layanan(layanan), kind: 'layanan' as const, layanan })),
    ...content.desa.map((desa) => ({ path: paths.desa(desa), kind: 'desa' as const, desa })),
    { path: paths.posterIndex(), kind: 'poster' as const },
  ];
}

/** The Astro rest parameter for a path: "/l/sktm/" → "l/sktm". */
export function restParam(path: string): string {
  return path.replace(/^\/|\/$/g, '');
}
