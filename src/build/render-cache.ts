// The render cache: PDFs and PNGs from earlier builds, kept in a folder (default .cache/pelita/, which CI
// can persist between runs) under a key that is the hash of everything the file depends on: its exact
// inputs (src/drawing/cached-jobs.ts) and the code that draws it. So a rebuild after one service edit
// redraws only the files that show that service, and nothing stale can be published:
// - the code version hashes every source file that takes part in drawing, the locked dependency
//   versions (pdf-lib, fontkit, resvg, the fonts) and Node's version (its zlib writes the bytes); a change
//   to any of them starts a new folder and removes the old ones;
// - an entry carries its length and SHA-256, checked on every read; a damaged or partial entry is a miss
//   and is drawn again;
// - an entry is written to a temporary file and renamed into place, so a reader never sees half of one.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CachedOutput, OutputCache } from '../drawing/cached-jobs.ts';

export const CACHE_VARIABLE = 'PELITA_CACHE';
export const DEFAULT_CACHE_DIR = '.cache/pelita';
/** The value of PELITA_CACHE (or --cache) that turns the cache off. */
export const CACHE_OFF = 'off';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Folders whose code decides what a PDF or PNG looks like. */
const DRAWING_CODE = ['posters', 'src/drawing', 'src/images', 'src/lib', 'src/schema', 'src/core', 'src/build'];
const MAGIC = 'pelita-cache 1\n';

/** The folder PELITA_CACHE names, the default, or undefined when it is "off". */
export function cacheDirFromEnv(env: NodeJS.ProcessEnv = process.env): string | undefined {
  const value = env[CACHE_VARIABLE];
  if (value === CACHE_OFF) return undefined;
  return value || DEFAULT_CACHE_DIR;
}

export interface RenderCache extends OutputCache {
  dir: string;
  /** Reads that found a sound entry, missed, or found a damaged one; writes that failed. */
  stats: { hits: number; misses: number; damaged: number; failedWrites: number };
}

/** The cache in `root` for the code as it is now; entries of other code versions are removed. */
export async function openRenderCache(root: string): Promise<RenderCache> {
  const version = await codeVersion();
  const dir = join(root, version);
  await mkdir(dir, { recursive: true });
  for (const name of await readdir(root)) {
    if (name !== version && /^[0-9a-f]{16}$/.test(name)) await rm(join(root, name), { recursive: true, force: true });
  }
  const stats = { hits: 0, misses: 0, damaged: 0, failedWrites: 0 };
  const fileOf = (key: string) => join(dir, key.slice(0, 2), `${key}.bin`);
  return {
    dir,
    stats,
    async read(key) {
      const entry = await readEntry(fileOf(key));
      if (entry === 'missing') stats.misses++;
      else if (entry === 'damaged') stats.damaged++;
      else stats.hits++;
      return typeof entry === 'string' ? undefined : entry;
    },
    // Best effort: a full disk or a read-only folder costs the next build time, never this build.
    async write(key, output) {
      const file = fileOf(key);
      const temporary = `${file}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
      try {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(temporary, encodeEntry(output));
        await rename(temporary, file);
      } catch {
        stats.failedWrites++;
        await rm(temporary, { force: true }).catch(() => {});
      }
    },
  };
}

/** An entry: a magic line, a JSON line with the payload's length, hash and facts, then the payload. */
export function encodeEntry({ bytes, facts }: CachedOutput): Buffer {
  const header = JSON.stringify({ length: bytes.length, sha256: sha256(bytes), facts });
  return Buffer.concat([Buffer.from(`${MAGIC}${header}\n`), bytes]);
}

export function decodeEntry(data: Buffer): CachedOutput | undefined {
  if (!data.subarray(0, MAGIC.length).equals(Buffer.from(MAGIC))) return undefined;
  const end = data.indexOf(0x0a, MAGIC.length);
  if (end < 0) return undefined;
  let header: { length: number; sha256: string; facts: unknown };
  try {
    header = JSON.parse(data.subarray(MAGIC.length, end).toString('utf8'));
  } catch {
    return undefined;
  }
  const bytes = data.subarray(end + 1);
  if (bytes.length !== header.length || sha256(bytes) !== header.sha256) return undefined;
  return { bytes: new Uint8Array(bytes), facts: header.facts };
}

async function readEntry(file: string): Promise<CachedOutput | 'missing' | 'damaged'> {
  let data: Buffer;
  try {
    data = await readFile(file);
  } catch {
    return 'missing';
  }
  return decodeEntry(data) ?? 'damaged';
}

let version: Promise<string> | undefined;

/** 16 hex digits naming the drawing code, its dependencies and the Node that runs it. */
export function codeVersion(): Promise<string> {
  version ??= (async () => {
    const hash = createHash('sha256').update(`${process.version} zlib ${process.versions.zlib}\n`);
    for (const folder of DRAWING_CODE) {
      const names = (await readdir(join(ROOT, folder), { recursive: true })).filter((name) => name.endsWith('.ts'));
      for (const name of names.sort()) {
        const file = join(ROOT, folder, name);
        hash.update(`${relative(ROOT, file)}\n`).update(await readFile(file));
      }
    }
    hash.update(await readFile(join(ROOT, 'package-lock.json')));
    return hash.digest('hex').slice(0, 16);
  })();
  return version;
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
