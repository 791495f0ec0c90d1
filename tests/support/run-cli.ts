// Runs a command the way staff do (`npm run …` runs these scripts), without the test's PELITA_CONTENT;
// `extraEnv` adds or overrides variables for one run (PELITA_HARI_INI, PELITA_OUT …).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const { PELITA_CONTENT: _ignored, ...env } = process.env;

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function runCli(script: string, args: string[], extraEnv: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return promisify(execFile)(process.execPath, [script, ...args], {
    env: { ...env, ...extraEnv },
    maxBuffer: 64 * 1024 * 1024,
  }).then(
    ({ stdout, stderr }) => ({ code: 0, stdout, stderr }),
    (error: CliResult) => error,
  );
}
