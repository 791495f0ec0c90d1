// The worker pool hands out jobs in batches cut by weight: a kecamatan's village posters weigh as many as
// its desa, so they go to a thread alone instead of sixteen kecamatan at once.
import { describe, expect, it } from 'vitest';
import { batchEnd } from '../../src/build/worker-pool.ts';

/** Every batch of `weights`, cut the way the pool cuts them, as lists of weights. */
function batches(weights: readonly number[], size: number): number[][] {
  const cut: number[][] = [];
  for (let start = 0; start < weights.length;) {
    const end = batchEnd(weights, start, (weight) => weight, size);
    cut.push(weights.slice(start, end));
    start = end;
  }
  return cut;
}

describe('batches of pooled jobs', () => {
  it('fills a batch with light jobs up to its size, in job order', () => {
    expect(batches([1, 1, 1, 1, 1, 1, 1], 3)).toEqual([[1, 1, 1], [1, 1, 1], [1]]);
  });

  it('sends a job heavier than a batch alone, and keeps the light jobs after it together', () => {
    expect(batches([27, 20, 1, 1, 1, 1], 4)).toEqual([[27], [20], [1, 1, 1, 1]]);
  });

  it('never leaves a job out or repeats one', () => {
    const weights = [5, 1, 2, 9, 1, 1, 3, 16, 1];
    expect(batches(weights, 4).flat()).toEqual(weights);
  });
});
