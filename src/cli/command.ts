// What a command tells the shell about itself: its npm script name, what it does, its flags and an
// example, from which the shell writes --help, and the work to run once the flags are read.
import type { FlagSet, FlagValues } from './flags.ts';

export interface Command<F extends FlagSet> {
  /** The npm script: `npm run <name>`. */
  name: string;
  /** What the command does, in a sentence or two, for --help. */
  summary: string;
  flags: F;
  /** Flags that show a typical run, as typed after `npm run <name> --`. */
  example: string;
  run(values: FlagValues<F>): Promise<void>;
}
