// Parses a JSON content file (dicetak.json) so every problem can name its line. JSON.parse decides what
// is valid JSON; the YAML parser (JSON is YAML) then reads it again to know where each value sits.
import { errorIn } from '../problems.ts';
import { parseYaml, type YamlResult } from './parse-yaml.ts';

export function parseJson(text: string, displayPath: string): YamlResult {
  try {
    JSON.parse(text);
  } catch {
    const line = text.slice(0, jsonErrorOffset(text)).split('\n').length;
    const message =
      'bukan JSON yang benar (periksa koma, tanda kutip dan kurung di baris ini). Berkas ini ditulis oleh `npm run posters -- --rilis`; bila ragu, kembalikan versi sebelumnya dari riwayat git';
    return { problems: [errorIn(displayPath, message, { line })] };
  }
  return parseYaml(text, displayPath);
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
