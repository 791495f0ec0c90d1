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
  } catch (error) {
    const message = error instanceof Error ? error.message : '';
    const line = /line (\d+)/.exec(message)?.[1];
    const position = /position (\d+)/.exec(message)?.[1];
    const at = line ? Number(line) : position ? text.slice(0, Number(position)).split('\n').length : undefined;
    return galat(
      file,
      'bukan JSON yang benar (periksa koma, tanda kutip dan kurung di sekitar baris ini). Berkas ini ditulis oleh `npm run posters -- --rilis`; kembalikan versi sebelumnya dari riwayat git bila ragu',
      { line: at },
    );
  }
}
