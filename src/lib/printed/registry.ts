// Reads and writes content/dicetak.json, the registry of printed URLs. A missing file means nothing has
// been printed for release yet. JSON is read through the YAML parser (JSON is YAML) so every problem in a
// hand-edited registry can name its line.
import { existsSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { dicetakSchema, type Cetakan, type Dicetak } from '../../schema/index.ts';
import { parseYaml } from '../content/parse-yaml.ts';
import { readText } from '../content/read-text.ts';
import { validate } from '../content/validate.ts';
import { galat, type Problem } from '../problems.ts';

export const REGISTRY_FILE = 'dicetak.json';

export interface RegistryFile {
  file: string;
  registry: Dicetak;
  /** The first file line that mentions `path`, so a message can point at it. */
  lineOfPath: (path: string) => number | undefined;
}

export function registryPath(contentDir: string): string {
  return join(contentDir, REGISTRY_FILE);
}

export async function loadRegistry(path: string, file: string, problems: Problem[]): Promise<RegistryFile> {
  const empty: RegistryFile = { file, registry: { cetakan: [] }, lineOfPath: () => undefined };
  if (!existsSync(path)) return empty;
  const read = await readText(path, file);
  if ('problem' in read) return (problems.push(read.problem), empty);
  const syntax = jsonSyntaxProblem(read.text, file);
  if (syntax) return (problems.push(syntax), empty);
  const result = parseYaml(read.text, file);
  if ('problems' in result) return (problems.push(...result.problems), empty);
  const checked = validate(dicetakSchema, result.parsed, file);
  problems.push(...checked.problems);
  if (!checked.data) return empty;
  const lines = read.text.split('\n');
  return {
    file,
    registry: checked.data,
    lineOfPath: (sitePath) => {
      const index = lines.findIndex((line) => line.includes(`"${sitePath}"`));
      return index < 0 ? undefined : index + 1;
    },
  };
}

/** Adds one print run, keeping every earlier one; written through a temporary file so it is never half-written. */
export async function recordPrintRun(path: string, run: Cetakan): Promise<Dicetak> {
  const registry: Dicetak = existsSync(path)
    ? dicetakSchema.parse(JSON.parse(await readFile(path, 'utf8')))
    : { cetakan: [] };
  const next = { cetakan: [...registry.cetakan, run] };
  const temporary = `${path}.baru`;
  await writeFile(temporary, `${JSON.stringify(next, null, 2)}\n`);
  await rename(temporary, path);
  return next;
}

function jsonSyntaxProblem(text: string, file: string): Problem | undefined {
  try {
    JSON.parse(text);
    return undefined;
  } catch {
    const line = text.slice(0, jsonErrorOffset(text)).split('\n').length;
    return galat(
      file,
      'bukan JSON yang benar (periksa koma, tanda kutip dan kurung di baris ini). Berkas ini ditulis oleh `npm run posters -- --rilis`; bila ragu, kembalikan versi sebelumnya dari riwayat git',
      { line },
    );
  }
}

/**
 * Where JSON.parse gives up, which its message does not always say. A prefix that ends before the mistake
 * only fails for ending early; the shortest prefix that fails for another reason ends at the mistake.
 */
function jsonErrorOffset(text: string): number {
  const fineSoFar = (prefix: string) => {
    try {
      JSON.parse(prefix);
      return true;
    } catch (error) {
      // V8 words running out of text in several ways; all of them say so or point at the very end.
      const message = error instanceof Error ? error.message : '';
      const position = /at position (\d+)/.exec(message)?.[1];
      return /end of JSON input|Unterminated string/i.test(message) || Number(position) >= prefix.length;
    }
  };
  let fine = 0;
  let broken = text.length;
  while (broken - fine > 1) {
    const middle = Math.floor((fine + broken) / 2);
    if (fineSoFar(text.slice(0, middle))) fine = middle;
    else broken = middle;
  }
  return broken - 1;
}
