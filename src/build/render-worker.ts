// The worker thread of the render pool: renders a batch of PDF or PNG jobs with the very functions the
// build's own process uses, so a file is the same byte for byte wherever it was drawn.
import { renderPrintFiles } from '../../posters/render-job.ts';
import type { PrintJob } from '../../posters/print-jobs.ts';
import { renderImageJob, type ImageJob } from '../images/render-job.ts';

export type RenderTask = { kind: 'pdf'; jobs: PrintJob[] } | { kind: 'png'; jobs: ImageJob[] };

export default async function render(task: RenderTask): Promise<unknown[]> {
  const results: unknown[] = [];
  if (task.kind === 'pdf') for (const job of task.jobs) results.push(await renderPrintFiles(job));
  else for (const job of task.jobs) results.push(await renderImageJob(job));
  return results;
}
