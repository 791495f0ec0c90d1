// Runs an async step over many files a bounded number at a time: enough to keep the disk and zlib's
// threads busy, few enough that a province's tens of thousands of pages never exhaust open files.
const AT_ONCE = 32;

/** `step` over every item, results in the items' order. */
export async function mapFiles<T, R>(items: readonly T[], step: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const index = next++;
      results[index] = await step(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.min(AT_ONCE, items.length) }, worker));
  return results;
}
