// Parses YAML while remembering where each value sits, so a problem can name its line.
import { isMap, isPair, isScalar, LineCounter, parseDocument, type Node } from 'yaml';
import { errorIn, type Problem } from '../problems.ts';

export interface ParsedYaml {
  data: unknown;
  /** 1-based line of the value at `path`, or of its nearest existing parent. */
  lineOf(path: readonly PropertyKey[]): number;
}

export type YamlResult = { parsed: ParsedYaml } | { problems: Problem[] };

/**
 * `lineOffset` is the number of lines before the YAML text in its file (frontmatter starts after "---").
 * The YAML 1.2 core schema keeps `2025-07-14` a string, so dates are validated by the schema, not guessed.
 */
export function parseYaml(text: string, displayPath: string, lineOffset = 0): YamlResult {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, schema: 'core', uniqueKeys: true, prettyErrors: false });
  const lineAt = (offset: number) => lineCounter.linePos(offset).line + lineOffset;
  if (doc.errors.length > 0) {
    return {
      problems: doc.errors.map((error) => {
        const unclosedQuote = error.code === 'MISSING_CHAR' && /quote/i.test(error.message);
        const line = unclosedQuote ? lineOfUnclosedQuote(text, error.pos[0]) + lineOffset : lineAt(error.pos[0]);
        const hint = unclosedQuote ? 'ada tanda kutip yang dibuka tetapi tidak ditutup' : yamlErrorHint(error.code);
        return errorIn(displayPath, `penulisan YAML salah: ${hint}`, { line });
      }),
    };
  }
  const data = doc.toJS();
  const lineOf = (path: readonly PropertyKey[]) => {
    let node: unknown = doc.contents;
    let line = node && (node as Node).range ? lineAt((node as Node).range![0]) : 1 + lineOffset;
    for (const part of path) {
      const next = childOf(node, part);
      if (!next) break;
      node = next.value;
      line = lineAt(next.start);
    }
    return line;
  };
  return { parsed: { data, lineOf } };
}

function childOf(node: unknown, part: PropertyKey): { value: unknown; start: number } | undefined {
  if (isMap(node)) {
    const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === part);
    const keyNode = pair?.key as Node | undefined;
    if (pair && keyNode?.range) return { value: pair.value, start: keyNode.range[0] };
  }
  if (node && typeof node === 'object' && 'items' in node && typeof part === 'number') {
    const item = (node as { items: Node[] }).items[part];
    if (item?.range) return { value: item, start: item.range[0] };
  }
  return undefined;
}

/** YAML notices an unclosed quote only where the text ends; point at the line that opened it instead. */
function lineOfUnclosedQuote(text: string, offset: number): number {
  const lines = text.slice(0, offset).split('\n');
  for (let index = lines.length - 1; index >= 0; index--) {
    const value = /:\s+(["'])(.*)$/.exec(lines[index]!);
    if (value && !value[2]!.trimEnd().endsWith(value[1]!)) return index + 1;
  }
  return lines.length;
}

function yamlErrorHint(code: string): string {
  switch (code) {
    case 'DUPLICATE_KEY':
      return 'ada kunci yang ditulis dua kali';
    case 'BAD_INDENT':
    case 'MISSING_CHAR':
      return 'periksa jarak masuk (spasi di awal baris) dan tanda titik dua';
    case 'TAB_AS_INDENT':
      return 'jangan memakai Tab untuk jarak masuk, pakai spasi';
    case 'BLOCK_AS_IMPLICIT_KEY':
    case 'MULTILINE_IMPLICIT_KEY':
      return 'setiap kunci ditulis di barisnya sendiri, diikuti titik dua dan spasi';
    default:
      return `kode ${code}; periksa tanda kutip, titik dua dan jarak masuk di sekitar baris ini`;
  }
}
