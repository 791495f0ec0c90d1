// Everything `npm run check` verifies about printed URLs, in one call for the content loader: the
// redirects in content/pengalihan.yaml, and the registry of printed paths in content/dicetak.json.
// Pure: the loader reads both files and hands them over.
import type { Acara, Desa, Layanan } from '../../schema/index.ts';
import type { Problem } from '../problems.ts';
import { pagePaths } from '../routes.ts';
import { checkPrinted, type RegistryFile } from './check-printed.ts';
import { checkRedirects, type PengalihanFile } from './check-redirects.ts';

export interface PromiseInput {
  pengalihan: PengalihanFile;
  registry: RegistryFile;
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
  /** The content folder as staff see it, e.g. "content", to name the file to restore. */
  shownDir: string;
}

export function checkPromises(input: PromiseInput): Problem[] {
  const { pengalihan, registry } = input;
  const pages = new Set(pagePaths({ layanan: input.layanan, desa: input.desa, acara: input.acara }));
  const problems = checkRedirects(pengalihan, input.complete ? pages : undefined);
  if (input.complete && input.situs) {
    const redirected = new Set(pengalihan.items.map((item) => item.dari));
    problems.push(...checkPrinted(registry, pages, redirected, input.situs, pengalihan.file, input.shownDir));
  }
  return problems;
}
