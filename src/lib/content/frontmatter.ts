// Splits a markdown file into its YAML frontmatter and its body.

export interface Frontmatter {
  yaml: string;
  body: string;
  /** Lines before the YAML starts, to report YAML lines as file lines. */
  yamlLineOffset: number;
  /** The file line on which the body starts. */
  bodyLine: number;
}

/** Returns undefined when the file does not start with a `---` frontmatter block. */
export function splitFrontmatter(text: string): Frontmatter | undefined {
  const match = /^---[ \t]*\n([\s\S]*?\n)?---[ \t]*(?:\n|$)/.exec(text);
  if (!match) return undefined;
  const bodyLine = match[0].split('\n').length;
  return { yaml: match[1] ?? '', body: text.slice(match[0].length), yamlLineOffset: 1, bodyLine };
}
