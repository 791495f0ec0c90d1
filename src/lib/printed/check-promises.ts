// Everything `npm run check` verifies about printed URLs, in one call for the content loader: the
// redirects in content/pengalihan.yaml, and the registry of printed paths in content/dicetak.json.
import { join } from 'node:path';
import type { Acara, Desa, Layanan } from '../../schema/index.ts';
import { loadPengalihan } from '../content/pengalihan.ts';
import type { Problem } from '../problems.ts';
import { pagePaths } from '../routes.ts';
import { checkPrinted } from './check-printed.ts';
import { checkRedirects } from './check-redirects.ts';
import { loadRegistry, REGISTRY_FILE } from './registry.ts';

export const PENGALIHAN_FILE = 'pengalihan.yaml';

export interface PromiseInput {
  dir: string;
  show: (path: string) => string;
  layanan: readonly Layanan[];
  desa: readonly Desa[];
  /** Events have pages and printed posters too (`/a/<slug>/`). */
  acara: readonly Acara[];
  situs: string | undefined;
  /**
   * False when some service, village or event file failed to load: its page seems missing, so checks that ask
   * "does this page exist?" would only repeat that file's own error in a misleading way.
   */
  complete: boolean;
}

export async function checkPromises(input: PromiseInput, problems: Problem[]) {
  const { dir, show } = input;
  const pengalihan = await loadPengalihan(join(dir, PENGALIHAN_FILE), show(join(dir, PENGALIHAN_FILE)), problems);
  const registry = await loadRegistry(join(dir, REGISTRY_FILE), show(join(dir, REGISTRY_FILE)), problems);
  const pages = new Set(pagePaths(input));
  problems.push(...checkRedirects(pengalihan, input.complete ? pages : undefined));
  if (input.complete && input.situs) {
    const redirected = new Set(pengalihan.items.map((item) => item.dari));
    problems.push(...checkPrinted(registry, pages, redirected, input.situs, pengalihan.file, show(dir)));
  }
  return pengalihan.items;
}
