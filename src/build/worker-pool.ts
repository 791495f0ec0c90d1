// Spreads PDF and PNG rendering over the machine's cores: a pool of worker threads (piscina), each
// rendering batches of jobs. Results come back in any order and go to their job's place, so the output
// is the same as rendering in one process. PELITA_THREADS sets the number of threads; 1 renders in this
// process. Small builds render in this process too, where starting threads would cost more than it saves.
import { availableParallelism } from 'node:os';
import { Piscina } from 'piscina';
import { printJobWeight, type PrintJob } from '../../posters/print-jobs.ts';
import type { RenderedPdf } from '../../posters/render-job.ts';
import type { JobRunner } from '../drawing/cached-jobs.ts';
import type { ImageJob } from '../images/render-job.ts';
import type { RenderedPng } from '../images/render-png.ts';
import type { RenderTask } from './render-worker.ts';

export const THREADS_VARIABLE = 'PELITA_THREADS';

/** Below this many jobs a kind renders in this process: starting threads would cost more. */
export const MIN_POOLED_JOBS = 24;

/** The young-generation limit of each thread, in megabytes (V8 sizes it by the machine's memory otherwise). */
const YOUNG_GENERATION_MB = 8;

export interface RenderPool {
  threads: number;
  pdf: JobRunner<PrintJob, RenderedPdf[]> | undefined;
  png: JobRunner<ImageJob, RenderedPng> | undefined;
  /**
   * Starts the threads now, so that they load their code while this process does other work (the
   * site build uses one core), instead of when the first PDF is due.
   */
  start(): void;
  close(): Promise<void>;
}

/** The number of threads: PELITA_THREADS if set, else one per core. */
export function threadCount(env: NodeJS.ProcessEnv = process.env): number {
  const raw = env[THREADS_VARIABLE];
  if (raw === undefined || raw === '') return availableParallelism();
  const count = Number(raw);
  if (!Number.isInteger(count) || count < 1) {
    throw new Error(`${THREADS_VARIABLE} must be a whole number of at least 1, not "${raw}"`);
  }
  return count;
}

/** A pool of `threads` workers, started on first use; with one thread, nothing is pooled. */
export function renderPool(threads = threadCount(), minPooledJobs = MIN_POOLED_JOBS): RenderPool {
  if (threads <= 1) return { threads: 1, pdf: undefined, png: undefined, start: () => {}, close: async () => {} };
  let pool: Piscina | undefined;
  const started = () =>
    (pool ??= new Piscina({
      filename: new URL('./pool-worker.ts', import.meta.url).href,
      minThreads: threads,
      maxThreads: threads,
      // Every job leaves only garbage behind; a small young generation collects it early instead of letting
      // each thread hold a few hundred megabytes of it. (An old-generation limit of 384 MB saved another
      // 40 MB on the kabupaten set but made its PDFs a fifth slower, so none is set.)
      resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB },
    }));
  const runner =
    <Job, Result>(kind: RenderTask['kind'], weightOf: (job: Job) => number = () => 1): JobRunner<Job, Result> =>
    async (jobs, done) => {
      const weight = jobs.reduce((sum, job) => sum + weightOf(job), 0);
      if (weight < minPooledJobs) return inline(kind, jobs, done);
      // Small batches keep every thread busy to the end and the progress line moving. Two batches per thread
      // are in flight at a time, handed out in job order: the pool itself does not keep its queue's order,
      // and the build relies on that order (village posters first, see posters/generate.ts). A batch is cut
      // by weight (a kecamatan's village posters weigh as many as its desa), never fewer than one job.
      const size = Math.max(1, Math.min(16, Math.ceil(weight / (threads * 8))));
      let next = 0;
      const feed = async (): Promise<void> => {
        while (next < jobs.length) {
          const start = next;
          next = batchEnd(jobs, start, weightOf, size);
          const results: Result[] = await started().run({ kind, jobs: jobs.slice(start, next) });
          results.forEach((result, at) => done(start + at, result));
        }
      };
      await Promise.all(Array.from({ length: threads * 2 }, feed));
    };
  return {
    threads,
    pdf: runner<PrintJob, RenderedPdf[]>('pdf', printJobWeight),
    png: runner<ImageJob, RenderedPng>('png'),
    start: () => void started(),
    close: async () => {
      await pool?.destroy();
    },
  };
}

/**
 * Where the batch starting at `start` ends: jobs in order while their weights add up to at most `size`,
 * and always at least one, so a job heavier than a batch goes alone.
 */
export function batchEnd<Job>(
  jobs: readonly Job[],
  start: number,
  weightOf: (job: Job) => number,
  size: number,
): number {
  let end = start + 1;
  let weight = weightOf(jobs[start]!);
  while (end < jobs.length && weight + weightOf(jobs[end]!) <= size) weight += weightOf(jobs[end++]!);
  return end;
}

async function inline<Job, Result>(
  kind: RenderTask['kind'],
  jobs: readonly Job[],
  done: (index: number, result: Result) => void,
): Promise<void> {
  const { default: render } = await import('./render-worker.ts');
  for (const [index, job] of jobs.entries()) {
    const [result] = await render({ kind, jobs: [job] } as RenderTask);
    done(index, result as Result);
  }
}
