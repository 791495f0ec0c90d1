// Rendering a list of jobs through a cache: a job whose exact inputs were rendered before gets the stored
// bytes, the others go to a runner (this process or worker threads) and are stored afterwards. Rendering
// is deterministic, so a stored entry is byte for byte what rendering again would give; the key is a hash
// of everything the file depends on, so a changed input can only miss. Posters and images share this.
import { createHash } from 'node:crypto';

/** A rendered file and the facts about it the build reports (codes drawn, size in pixels …). */
export interface CachedOutput {
  bytes: Uint8Array;
  facts: unknown;
}

/** Where outputs are kept between builds. `read` answers undefined for a missing or damaged entry. */
export interface OutputCache {
  read(key: string): Promise<CachedOutput | undefined>;
  write(key: string, output: CachedOutput): Promise<void>;
}

/** Renders `jobs`, calling `done` for each as it finishes (in any order). */
export type JobRunner<Job, Result> = (
  jobs: readonly Job[],
  done: (index: number, result: Result) => void,
) => Promise<void>;

export interface CachedJobsOptions<Job, Result> {
  jobs: readonly Job[];
  /** Names the kind of output, so a PDF and an image never share a key. */
  namespace: string;
  /** Everything the job's file depends on, as JSON-able data. */
  inputsOf: (job: Job) => unknown;
  run: JobRunner<Job, Result>;
  toEntry: (result: Result) => CachedOutput;
  fromEntry: (entry: CachedOutput) => Result;
  cache?: OutputCache | undefined;
  onDone?: ((index: number, result: Result, fromCache: boolean) => void) | undefined;
  /** Called once every job has been looked up in the cache and every hit handed to onDone. */
  onLookedUp?: (() => void) | undefined;
  /** The jobs not in the cache are rendered once this settles (the cache is read at once). */
  renderAfter?: Promise<unknown> | undefined;
}

export interface CachedJobResult<Result> {
  result: Result;
  fromCache: boolean;
}

/** Results in job order. */
export async function renderCachedJobs<Job, Result>(
  options: CachedJobsOptions<Job, Result>,
): Promise<CachedJobResult<Result>[]> {
  const { jobs, cache, onDone } = options;
  const results: CachedJobResult<Result>[] = new Array(jobs.length);
  const keys = jobs.map((job) => cacheKey(options.namespace, options.inputsOf(job)));
  const missing: number[] = [];
  for (const [index, key] of keys.entries()) {
    const entry = cache ? await cache.read(key) : undefined;
    if (!entry) {
      missing.push(index);
      continue;
    }
    const result = options.fromEntry(entry);
    results[index] = { result, fromCache: true };
    onDone?.(index, result, true);
  }
  options.onLookedUp?.();
  await options.renderAfter;
  const writes: Promise<void>[] = [];
  await options.run(
    missing.map((index) => jobs[index]!),
    (at, result) => {
      const index = missing[at]!;
      results[index] = { result, fromCache: false };
      if (cache) writes.push(cache.write(keys[index]!, options.toEntry(result)));
      onDone?.(index, result, false);
    },
  );
  await Promise.all(writes);
  return results;
}

/** A job's key: the hash of its namespace and its inputs, written with sorted keys. */
export function cacheKey(namespace: string, inputs: unknown): string {
  return createHash('sha256').update(namespace).update('\n').update(stableJson(inputs)).digest('hex');
}

/** The hash of some bytes, to key an output made from other outputs. */
export function hashBytes(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function stableJson(value: unknown): string {
  return JSON.stringify(value, (_, item: unknown) =>
    item && typeof item === 'object' && !Array.isArray(item) && !(item instanceof Date)
      ? Object.fromEntries(Object.entries(item).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : item,
  );
}

/** Runs jobs one after another in this process. */
export function inlineRunner<Job, Result>(render: (job: Job) => Promise<Result>): JobRunner<Job, Result> {
  return async (jobs, done) => {
    for (const [index, job] of jobs.entries()) done(index, await render(job));
  };
}
