// Which built scripts a public page can load: those its HTML names, and every chunk those name in
// turn (static and lazy imports alike name the chunk's file). The browser editor's hundreds of chunks
// are reached only from /admin/, so they stay out of what a resident's phone downloads for offline use,
// whatever Vite calls them.

export interface BuiltText {
  /** dist/-relative path with "/" separators, e.g. "_astro/search.Ab12.js" or "l/sktm/index.html". */
  file: string;
  text: string;
}

/** Script file names mentioned in a text: what an import, a src= or a URL string points at. */
const SCRIPT_NAME = /[\w.@-]+\.js\b/g;

/** The scripts (dist/-relative paths) reachable from `pages`. */
export function scriptsReachableFrom(pages: readonly BuiltText[], scripts: readonly BuiltText[]): Set<string> {
  const byName = new Map<string, BuiltText[]>();
  for (const script of scripts) {
    const name = script.file.slice(script.file.lastIndexOf('/') + 1);
    byName.set(name, [...(byName.get(name) ?? []), script]);
  }
  const reached = new Set<string>();
  const queue = pages.flatMap((page) => named(page.text));
  while (queue.length > 0) {
    for (const script of byName.get(queue.pop()!) ?? []) {
      if (reached.has(script.file)) continue;
      reached.add(script.file);
      queue.push(...named(script.text));
    }
  }
  return reached;
}

function named(text: string): string[] {
  return [...new Set(text.match(SCRIPT_NAME) ?? [])];
}
