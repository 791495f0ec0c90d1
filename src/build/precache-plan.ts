// Decides which built files a phone downloads in the background after the first visit. A resident pays
// for that download, so it has a budget: the shell and every service page come first (what to bring is
// the point of the site), then village pages, then the rest, until the budget is spent. Whatever does not
// fit is not lost offline: the service worker keeps each such page once the resident has opened it.
import { paths, pathTarget } from '../lib/urls.ts';

/** Background download allowed after the first visit, in gzip bytes: about what one photo costs. */
export const PRECACHE_BUDGET_GZIP = 1_000_000;

export interface BuiltFile {
  /** Site path as the service worker sees it: "/l/sktm/", "/_astro/x.js". */
  path: string;
  bytes: number;
  gzipBytes: number;
}

export interface PrecachePlan<T extends BuiltFile = BuiltFile> {
  precached: T[];
  /** Pages left to be kept on visit, because the budget was spent. */
  deferred: T[];
}

const SHELL_PAGES = new Set([paths.home(), paths.offline()]);

/** 0 = shell (scripts, manifest, icons, home, offline page), 1 = services, 2 = villages, 3 = everything else. */
export function precachePriority(path: string): number {
  if (!path.endsWith('/') || SHELL_PAGES.has(path)) return 0;
  const target = pathTarget(path);
  if (target?.kind === 'layanan') return 1;
  if (target?.kind === 'desa') return 2;
  return 3;
}

/**
 * Files in priority order, each taken while the running gzip total stays within the budget. The shell is
 * always taken, even over budget: without it no page works offline. A priority group is never split
 * halfway by size order: once a file of a group does not fit, the rest of the group and later groups wait.
 */
export function planPrecache<T extends BuiltFile>(files: readonly T[], budget = PRECACHE_BUDGET_GZIP): PrecachePlan<T> {
  const ordered = [...files].sort(
    (a, b) => precachePriority(a.path) - precachePriority(b.path) || a.path.localeCompare(b.path),
  );
  const precached: T[] = [];
  const deferred: T[] = [];
  let spent = 0;
  for (const file of ordered) {
    const shell = precachePriority(file.path) === 0;
    if (deferred.length === 0 && (shell || spent + file.gzipBytes <= budget)) {
      precached.push(file);
      spent += file.gzipBytes;
    } else {
      deferred.push(file);
    }
  }
  return { precached, deferred };
}
