// Paths as staff know them in messages: "content/layanan/sktm.md", relative to the project, or to the
// content folder's parent when it lives elsewhere (a test's temporary folder, another kecamatan's checkout).
import { dirname, isAbsolute, relative } from 'node:path';

export type ShowPath = (path: string) => string;

export function displayPath(contentDir: string): ShowPath {
  const fromCwd = relative(process.cwd(), contentDir);
  const root = fromCwd.startsWith('..') || isAbsolute(fromCwd) ? dirname(contentDir) : process.cwd();
  return (path) => relative(root, path) || path;
}
