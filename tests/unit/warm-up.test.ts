// The poster a thread draws to warm up must draw (a fault would only show as a slower build) and must use
// only letters of the subsets' repertoire, so the subset it encodes is the one real posters reuse.
import { describe, expect, it } from 'vitest';
import { POSTER_REPERTOIRE } from '../../posters/font.ts';
import { WARM_UP_POSTER, warmUpPrinting } from '../../posters/warm-up.ts';

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

describe('the warm-up poster', () => {
  it('draws', async () => {
    await expect(warmUpPrinting()).resolves.toBeUndefined();
  });

  it('holds no letter outside the repertoire the subsets start with', () => {
    const letters = new Set(strings(WARM_UP_POSTER).join(''));
    expect([...letters].filter((letter) => !POSTER_REPERTOIRE.includes(letter))).toEqual([]);
  });
});
