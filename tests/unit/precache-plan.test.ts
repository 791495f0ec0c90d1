// What a phone downloads after the first visit: everything while it fits the budget; over it, the shell
// and the service pages first, because knowing what to bring is the point of the site.
import { describe, expect, it } from 'vitest';
import { planPrecache, precachePriority, type BuiltFile } from '../../src/build/precache-plan.ts';

const file = (path: string, gzipBytes: number): BuiltFile => ({ path, bytes: gzipBytes * 4, gzipBytes });
const paths = (files: BuiltFile[]) => files.map((built) => built.path);

const site = [
  file('/d/3516152001/', 300),
  file('/l/sktm/', 200),
  file('/_astro/checklist.js', 100),
  file('/skm/', 50),
  file('/l/kk/', 200),
  file('/', 100),
  file('/offline/', 50),
  file('/manifest.webmanifest', 10),
];

describe('planPrecache', () => {
  it('keeps every page when the whole site fits the budget', () => {
    const plan = planPrecache(site, 10_000);
    expect(plan.deferred).toEqual([]);
    expect(paths(plan.precached).sort()).toEqual(paths(site).sort());
  });

  it('over budget, takes the shell, then services, then villages, and leaves the rest for when they are opened', () => {
    const plan = planPrecache(site, 500);
    expect(paths(plan.precached)).toEqual([
      '/',
      '/_astro/checklist.js',
      '/manifest.webmanifest',
      '/offline/',
      '/l/kk/',
    ]);
    expect(paths(plan.deferred)).toEqual(['/l/sktm/', '/d/3516152001/', '/skm/']);
  });

  it('always takes the shell, even over budget: without it no page opens offline', () => {
    const plan = planPrecache(site, 0);
    expect(paths(plan.precached)).toEqual(['/', '/_astro/checklist.js', '/manifest.webmanifest', '/offline/']);
    expect(plan.deferred).toHaveLength(4);
  });

  it('ranks paths by what a resident needs offline', () => {
    expect(['/l/sktm/', '/d/3516152001/', '/acara/', '/'].map(precachePriority)).toEqual([1, 2, 3, 0]);
  });
});
