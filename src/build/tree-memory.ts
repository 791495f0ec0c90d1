// The build's peak memory as the machine sees it: this process (its worker threads included) plus every
// process it started and their children (the Sveltia bundler runs beside Astro). The kernel's own peak,
// process.resourceUsage().maxRSS, counts this process alone, so the sum is sampled from /proc a few
// times a second; the result is never below this process's own peak. Elsewhere than Linux, that peak.
import { readdirSync, readFileSync } from 'node:fs';

const PAGE_BYTES = 4096;

export interface MemorySampler {
  /** Stops sampling; the highest total seen, in bytes. */
  stop(): number;
}

export function sampleTreeMemory(intervalMs = 100): MemorySampler {
  let peak = 0;
  const sample = () => {
    peak = Math.max(peak, process.memoryUsage.rss() + descendantsRss(process.pid));
  };
  sample();
  const timer = setInterval(sample, intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      sample();
      return Math.max(peak, process.resourceUsage().maxRSS * 1024);
    },
  };
}

/** Resident bytes of every process below `root`; 0 where /proc cannot be read. */
function descendantsRss(root: number): number {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((name) => /^\d+$/.test(name));
  } catch {
    return 0;
  }
  const parentOf = new Map<number, number>();
  for (const name of entries) {
    const stat = readOrEmpty(`/proc/${name}/stat`);
    // "pid (command) state ppid …": the command may hold spaces and parentheses, so read after the last ")".
    const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
    if (Number.isInteger(ppid)) parentOf.set(Number(name), ppid);
  }
  let total = 0;
  for (const pid of parentOf.keys()) {
    if (pid === root || !descendsFrom(pid, root, parentOf)) continue;
    const resident = Number(readOrEmpty(`/proc/${pid}/statm`).split(' ')[1]);
    if (Number.isFinite(resident)) total += resident * PAGE_BYTES;
  }
  return total;
}

function descendsFrom(pid: number, root: number, parentOf: ReadonlyMap<number, number>): boolean {
  for (let at = parentOf.get(pid); at !== undefined && at > 1; at = parentOf.get(at)) if (at === root) return true;
  return false;
}

function readOrEmpty(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return ''; // the process ended between listing and reading
  }
}
