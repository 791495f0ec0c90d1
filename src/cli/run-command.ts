// The one front door for every command (check, build, posters, bench): --help, the flags, and what a
// failure prints. A mistake by the person running it (UserError) is one Indonesian line; broken content
// (ContentError) is its full report; anything else is a bug and keeps its stack trace. All exit 1.
import { today } from '../core/clock.ts';
import { ContentError } from '../lib/problems.ts';
import { UserError } from '../core/user-error.ts';
import type { Command } from './command.ts';
import { parseFlags, type FlagSet } from './flags.ts';
import { formatHelp } from './help.ts';

export async function runCommand<F extends FlagSet>(
  command: Command<F>,
  argv: readonly string[] = process.argv.slice(2),
): Promise<void> {
  if (argv.includes('--help') || argv.includes('-h')) {
    process.stdout.write(formatHelp(command));
    return;
  }
  try {
    const values = parseFlags(command.name, command.flags, argv);
    // An impossible PELITA_HARI_INI is the person's mistake too: say so before any work, not halfway.
    today();
    await command.run(values);
  } catch (error) {
    if (error instanceof UserError) console.error(`✗ ${error.message}`);
    else if (error instanceof ContentError) console.error(error.message);
    else console.error(error);
    // Exit now: a failed Astro build can leave handles open that would keep the process waiting.
    process.exit(1);
  }
}
