// The build's peak memory counts its child processes too (src/build/tree-memory.ts): the editor's
// bundler runs in one, and the kernel's peak for this process would leave it out.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { sampleTreeMemory } from '../../src/build/tree-memory.ts';

const CHILD_BYTES = 200 * 1024 * 1024;

describe('the build memory sampler', () => {
  it('adds what a child process holds to this process', async () => {
    const sampler = sampleTreeMemory(20);
    const own = process.resourceUsage().maxRSS * 1024;
    // The child touches every page of its buffer, so it is resident, and holds it a moment.
    const script = `const b = Buffer.alloc(${CHILD_BYTES}, 1); setTimeout(() => b.length, 600);`;
    await promisify(execFile)(process.execPath, ['-e', script]);
    const peak = sampler.stop();
    expect(peak).toBeGreaterThanOrEqual(own);
    expect(peak - own).toBeGreaterThan(CHILD_BYTES * 0.8);
  });

  it('is at least the process\u2019s own peak when no child runs', () => {
    const sampler = sampleTreeMemory();
    expect(sampler.stop()).toBeGreaterThanOrEqual(process.resourceUsage().maxRSS * 1024);
  });
});
