// Build time: everything the editor page carries, from the loaded content. Runs in Astro's build, never
// in the browser (it reads files).
import { posix, relative, sep } from 'node:path';
import { TODAY_VARIABLE } from '../core/clock.ts';
import { loadRegistry, registryPath } from '../lib/content/registry-file.ts';
import { pagePaths } from '../lib/routes.ts';
import type { Content } from '../schema/index.ts';
import { backendFromEnv } from './backend.ts';
import { editorConfig, type EditorConfig } from './config.ts';
import type { EditorData } from './editor-data.ts';

export interface EditorPage {
  config: EditorConfig;
  data: EditorData;
  /** Origins the page's Content-Security-Policy must let the editor reach. */
  origins: string[];
}

/** `dir` is the kecamatan's content folder: the working folder's `content/`, or one inside a kabupaten. */
export async function editorPage(content: Content, dir: string, env = process.env): Promise<EditorPage> {
  const folder = repositoryFolder(dir);
  const backend = backendFromEnv(env);
  const { registry } = await loadRegistry(registryPath(dir), registryPath(dir));
  const { kecamatan } = content;
  const data: EditorData = {
    folder,
    situs: kecamatan.situs,
    ...(env[TODAY_VARIABLE] ? { hariIni: env[TODAY_VARIABLE] } : {}),
    layanan: content.layanan.map(({ slug, judul }) => ({ slug, judul })),
    desa: content.desa.map(({ slug, nama, kode }) => ({ slug, nama, kode })),
    acara: content.acara.map(({ slug }) => ({ slug })),
    halaman: pagePaths(content),
    pengalihan: content.pengalihan.map(({ dari }) => dari),
    dicetak: registry,
  };
  const config = editorConfig({
    backend: backend.config,
    folder,
    situs: kecamatan.situs,
    title: `Editor konten Kecamatan ${kecamatan.nama}`,
  });
  return { config, data, origins: backend.origins };
}

/** The content folder as a path inside the repository (the working folder): "content" unless moved. */
function repositoryFolder(dir: string): string {
  const inside = relative(process.cwd(), dir).split(sep).join(posix.sep);
  return inside.startsWith('..') || posix.isAbsolute(inside) ? 'content' : inside;
}
