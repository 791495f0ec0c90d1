// One edit distance for the search box and the "mungkin maksudnya …?" hints: typos as residents and
// staff make them.
import { describe, expect, it } from 'vitest';
import { closestMatch, editDistance } from '../../src/core/edit-distance.ts';

describe('editDistance', () => {
  it.each([
    ['hilang', 'hilang', 0],
    ['kelahiran', 'kelahran', 1], // a letter left out
    ['sktm', 'sktmm', 1], // one too many
    ['domisili', 'domisuli', 1], // a wrong letter
    ['hilang', 'hilnag', 1], // two neighbours swapped
    ['', 'akta', 4],
    ['akta', '', 4],
    ['ktp', 'kk', 2],
  ])('%s → %s: %i edits', (a, b, distance) => {
    expect(editDistance(a, b)).toBe(distance);
    expect(editDistance(b, a)).toBe(distance);
  });

  it('counts a swap as two edits when asked to, like a plain Levenshtein distance', () => {
    expect(editDistance('hilang', 'hilnag', { swaps: false })).toBe(2);
    expect(editDistance('kelahiran', 'kelahran', { swaps: false })).toBe(1);
  });

  it('lets a swap stand for one edit only once per letter pair (optimal string alignment)', () => {
    // True Damerau distance is 2 (ca → ac → abc); optimal string alignment may not edit a swapped pair again.
    expect(editDistance('ca', 'abc')).toBe(3);
  });
});

describe('closestMatch', () => {
  const keys = ['judul', 'kategori', 'persyaratan', 'ringkasan'];

  it('suggests the nearest candidate for a misspelt word', () => {
    expect(closestMatch('persyaratn', keys)).toBe('persyaratan');
    expect(closestMatch('judl', keys)).toBe('judul');
  });

  it('suggests nothing when no candidate is close enough to be what was meant', () => {
    expect(closestMatch('alamat', keys)).toBeUndefined();
    expect(closestMatch('judul', [])).toBeUndefined();
  });

  it('allows more edits for long words: a third of their letters', () => {
    // 12 letters allow 4 edits, and "pirsyoratxnn" is 4 away; 13 letters still allow 4, and this is 5 away.
    expect(closestMatch('pirsyoratxnn', keys)).toBe('persyaratan');
    expect(closestMatch('pirsyoratxnnn', ['persyaratan'])).toBeUndefined();
  });

  it('prefers the first candidate when two are equally near', () => {
    expect(closestMatch('kb', ['kk', 'kt'])).toBe('kk');
    expect(closestMatch('kb', ['kt', 'kk'])).toBe('kt');
  });
});
