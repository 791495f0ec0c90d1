// A progress line for long runs: redrawn in place on a terminal, one line per step in CI logs.

export interface ProgressReporter {
  update(done: number, total: number, label: string): void;
  done(): void;
}

export function progressReporter(title: string, stream: NodeJS.WriteStream = process.stdout): ProgressReporter {
  let drawn = false;
  let lastPercent = -1;
  return {
    update(done, total, label) {
      const percent = Math.floor((done / total) * 100);
      const line = `${title} ${done}/${total} (${percent} %): ${label}`;
      if (stream.isTTY) {
        stream.write(`\r\x1b[2K${line}`);
        drawn = true;
      } else if (percent >= lastPercent + 10 || done === total) {
        // In logs, a line every tenth of the way is enough to show the run is alive.
        stream.write(`${line}\n`);
        lastPercent = percent;
      }
    },
    done() {
      if (drawn) stream.write('\n');
      drawn = false;
      lastPercent = -1; // the next step starts its own count
    },
  };
}
