// Reading a built site the way a browser would find it.
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, type HTMLElement } from 'node-html-parser';
import { distFileOf } from '../../src/lib/urls.ts';

export async function htmlFiles(distDir: string): Promise<string[]> {
  return (await readdir(distDir, { recursive: true })).filter((file) => file.endsWith('.html')).sort();
}

/** True when a site path (e.g. /l/sktm/) is served by a file in dist. */
export function pageExists(distDir: string, sitePath: string): boolean {
  return existsSync(join(distDir, distFileOf(sitePath)));
}

export async function readPage(distDir: string, sitePath: string): Promise<HTMLElement> {
  return parse(await readFile(join(distDir, distFileOf(sitePath)), 'utf8'));
}
