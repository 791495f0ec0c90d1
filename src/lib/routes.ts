// Every generated page of the site and what it shows, asked of the URL scheme. The catch-all Astro route
// renders these, so page locations are decided in src/lib/urls.ts alone.
import type { Acara, Desa, Layanan, Pengalihan } from '../schema/index.ts';
import { paths } from './urls.ts';

export type Route =
  | { path: string; kind: 'layanan'; layanan: Layanan }
  | { path: string; kind: 'desa'; desa: Desa }
  | { path: string; kind: 'poster' }
  | { path: string; kind: 'skm' | 'pengaduan' | 'acara-index' }
  | { path: string; kind: 'acara'; acara: Acara }
  /** An old path kept working by content/pengalihan.yaml: a small page that sends the visitor on. */
  | { path: string; kind: 'pengalihan'; ke: string };

interface RoutedContent {
  layanan: readonly Layanan[];
  desa: readonly Desa[];
  acara?: readonly Acara[];
  pengalihan?: readonly Pengalihan[];
}

export function siteRoutes(content: RoutedContent): Route[] {
  return [
    ...content.layanan.map((layanan) => ({ path: paths.layanan(layanan), kind: 'layanan' as const, layanan })),
    ...content.desa.map((desa) => ({ path: paths.desa(desa), kind: 'desa' as const, desa })),
    { path: paths.posterIndex(), kind: 'poster' as const },
    { path: paths.skm(), kind: 'skm' as const },
    { path: paths.pengaduan(), kind: 'pengaduan' as const },
    { path: paths.acaraIndex(), kind: 'acara-index' as const },
    ...(content.acara ?? []).map((acara) => ({ path: paths.acara(acara), kind: 'acara' as const, acara })),
    ...(content.pengalihan ?? []).map(({ dari, ke }) => ({ path: dari, kind: 'pengalihan' as const, ke })),
  ];
}

/** Paths that are real pages (home included, redirects not): what a printed URL or a redirect may point to. */
export function pagePaths(content: RoutedContent): string[] {
  return [paths.home(), ...siteRoutes({ ...content, pengalihan: [] }).map((route) => route.path)];
}

/** The Astro rest parameter for a path: "/l/sktm/" → "l/sktm". */
export function restParam(path: string): string {
  return path.replace(/^\/|\/$/g, '');
}
