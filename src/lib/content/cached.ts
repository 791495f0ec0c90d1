// One load per process: the Astro build, its config and the poster generator share the same result.
import type { Content } from '../../schema/index.ts';
import { contentDir, loadContentOrThrow } from './load-content.ts';

const loads = new Map<string, Promise<Content>>();

export function getContent(dir: string = contentDir()): Promise<Content> {
  let load = loads.get(dir);
  if (!load) {
    load = loadContentOrThrow(dir);
    loads.set(dir, load);
  }
  return load;
}
