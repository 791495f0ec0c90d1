// Writes output files one after another while rendering goes on, so that thousands of finished files
// never hold thousands of open file handles at once.
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';

export interface WriteQueue {
  add(file: string, bytes: Uint8Array): void;
  /** Resolves when every file added so far is written; rejects with the first failure. */
  flush(): Promise<void>;
}

export function writeQueue(): WriteQueue {
  let tail: Promise<void> = Promise.resolve();
  return {
    add(file, bytes) {
      tail = tail.then(async () => {
        await mkdir(dirname(file), { recursive: true });
        await writeFile(file, bytes);
      });
    },
    flush: () => tail,
  };
}
