// The import rules of README "Architecture", checked on the source itself: data flows content → schema →
// domain helpers → outputs (site, PDFs, PNGs) → orchestration → command line, and never back. A rule
// broken here is an import that runs against the flow; move the shared code down a layer instead.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const SOURCE_FOLDERS = ['src', 'posters', 'scripts', 'tests'];
const SOURCE_FILE = /\.(ts|mjs|js|astro)$/;
// `import … from './x.ts'`, `export … from`, `import('./x.ts')` and Astro frontmatter imports alike.
const IMPORT = /(?:\bfrom\s*|\bimport\s*\(\s*|^\s*import\s+)['"](\.{1,2}\/[^'"]+)['"]/gm;

interface Edge {
  from: string;
  to: string;
}

function sourceFiles(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && SOURCE_FILE.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)))
    .filter((file) => !file.startsWith('tests/fixtures/'));
}

const files = [...SOURCE_FOLDERS.flatMap(sourceFiles), 'astro.config.mjs', 'vitest.config.ts'];
const edges: Edge[] = files.flatMap((from) =>
  [...readFileSync(join(ROOT, from), 'utf8').matchAll(IMPORT)].map((match) => ({
    from,
    to: relative(ROOT, resolve(ROOT, dirname(from), match[1]!)),
  })),
);

/** Files under `folder` (a path prefix ending in "/", or a single file). */
const within = (file: string, folder: string) => (folder.endsWith('/') ? file.startsWith(folder) : file === folder);

/** Imports from files in `from` to files in any of `forbidden`. */
function importsFrom(from: string, forbidden: readonly string[]): string[] {
  return edges
    .filter((edge) => within(edge.from, from) && forbidden.some((folder) => within(edge.to, folder)))
    .map((edge) => `${edge.from} → ${edge.to}`);
}

const OUTPUTS = ['posters/', 'src/images/', 'src/build/', 'src/cli/', 'src/local/', 'scripts/'];
const SITE = [
  'src/pages/',
  'src/views/',
  'src/components/',
  'src/layouts/',
  'src/scripts/',
  'src/sw/',
  'src/site-data.ts',
];
/** Everything of ours but the core itself. */
const ALL_BUT_CORE = ['src/schema/', 'src/lib/', 'src/editor/', 'src/drawing/', ...OUTPUTS, ...SITE, 'tests/'];

describe('imports run with the flow', () => {
  it('finds the imports it checks (the scanner itself works)', () => {
    expect(edges.length).toBeGreaterThan(200);
    expect(edges).toContainEqual({ from: 'scripts/build.ts', to: 'src/build/build-site.ts' });
  });

  it('keeps the core (clock, dates, user errors, edit distance) free of everything else of ours', () => {
    expect(importsFrom('src/core/', ALL_BUT_CORE)).toEqual([]);
  });

  it('lets the schema import only the core', () => {
    expect(
      importsFrom(
        'src/schema/',
        ALL_BUT_CORE.filter((folder) => folder !== 'src/schema/'),
      ),
    ).toEqual([]);
  });

  it('keeps the domain helpers in src/lib free of output, site and orchestration code', () => {
    expect(importsFrom('src/lib/', [...OUTPUTS, ...SITE, 'src/drawing/', 'src/editor/'])).toEqual([]);
  });

  it('lets the browser editor (src/editor) build on the schema and the domain helpers only', () => {
    expect(importsFrom('src/editor/', [...OUTPUTS, ...SITE, 'src/drawing/'])).toEqual([]);
  });

  it('lets the official register (src/lib/wilayah) import only the core', () => {
    const outside = edges.filter(
      (edge) =>
        within(edge.from, 'src/lib/wilayah/') &&
        !['src/core/', 'src/lib/wilayah/'].some((folder) => within(edge.to, folder)),
    );
    expect(outside.map((edge) => `${edge.from} → ${edge.to}`)).toEqual([]);
    expect(edges).toContainEqual({ from: 'src/lib/content/register-check.ts', to: 'src/lib/wilayah/register.ts' });
  });

  it('keeps the shared drawing core free of the PDF and PNG outputs that use it', () => {
    expect(importsFrom('src/drawing/', [...OUTPUTS, ...SITE, 'src/lib/content/', 'src/lib/printed/'])).toEqual([]);
  });

  it('lets the PDF and PNG outputs share only the drawing core, not each other', () => {
    expect(
      importsFrom('posters/', ['src/images/', 'src/build/', 'src/cli/', 'src/local/', 'scripts/', ...SITE]),
    ).toEqual([]);
    expect(
      importsFrom('src/images/', ['posters/', 'src/build/', 'src/cli/', 'src/local/', 'scripts/', ...SITE]),
    ).toEqual([]);
  });

  it('keeps build orchestration below the command line', () => {
    expect(importsFrom('src/build/', ['src/cli/', 'scripts/'])).toEqual([]);
  });

  it('never imports from tests/ outside tests/ (the vitest config aside)', () => {
    const outside = edges.filter((edge) => !edge.from.startsWith('tests/') && edge.from !== 'vitest.config.ts');
    expect(outside.filter((edge) => edge.to.startsWith('tests/')).map((edge) => `${edge.from} → ${edge.to}`)).toEqual(
      [],
    );
  });

  it('has no cycle between folders', () => {
    expect(folderCycles(edges)).toEqual([]);
  });
});

/** Groups of folders that import each other, directly or round a loop (Tarjan's strongly connected components). */
function folderCycles(all: readonly Edge[]): string[][] {
  const graph = new Map<string, Set<string>>();
  for (const { from, to } of all) {
    const [a, b] = [dirname(from), dirname(to)];
    if (a === b) continue;
    if (!graph.has(a)) graph.set(a, new Set());
    if (!graph.has(b)) graph.set(b, new Set());
    graph.get(a)!.add(b);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let counter = 0;
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node)!, low.get(next)!));
      } else if (onStack.has(next)) low.set(node, Math.min(low.get(node)!, index.get(next)!));
    }
    if (low.get(node) === index.get(node)) {
      const group: string[] = [];
      let member: string;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        group.push(member);
      } while (member !== node);
      if (group.length > 1) cycles.push(group.sort());
    }
  };
  for (const node of [...graph.keys()].sort()) if (!index.has(node)) visit(node);
  return cycles;
}
