// How many single-letter edits turn one word into another, and which of several words is nearest: the
// typo-tolerant search residents use (bundled into a page script, so this file imports nothing and stays
// small) and the "mungkin maksudnya …?" hints in content messages.

/**
 * Insertions, deletions and substitutions that turn `a` into `b`. With `swaps` (the default) two
 * neighbouring letters typed in the wrong order count as one edit, not two (optimal string alignment).
 */
export function editDistance(a: string, b: string, { swaps = true } = {}): number {
  // The table row by row: the current one, the one above, and the one above that (for a swap).
  let twoUp: number[] = [];
  let up = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) {
      let best = Math.min(up[j]! + 1, row[j - 1]! + 1, up[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (swaps && i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
        best = Math.min(best, twoUp[j - 2]! + 1);
      row[j] = best;
    }
    [twoUp, up] = [up, row];
  }
  return up[b.length]!;
}

/**
 * The candidate nearest to `word` (the first in order on a tie), if it is within two edits, or a third of
 * the word's letters for long words; otherwise undefined, and the message asks to check the spelling.
 * Swaps count as two edits here, as the hints always have.
 */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  let best: { candidate: string; distance: number } | undefined;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate, { swaps: false });
    if (!best || distance < best.distance) best = { candidate, distance };
  }
  return best && best.distance <= Math.max(2, Math.floor(word.length / 3)) ? best.candidate : undefined;
}
