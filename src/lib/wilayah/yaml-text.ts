// Values written into scaffolded YAML: plain where staff would type them plain ("Jrebeng Kulon"),
// double-quoted where YAML would read something else (codes, names starting with a digit, true/null).
const PLAIN = /^[A-Za-z][A-Za-z0-9 .,'()/-]*$/;
const RESERVED = /^(true|false|null|yes|no|on|off)$/i;

export function yamlString(value: string): string {
  const plain = PLAIN.test(value) && !RESERVED.test(value) && !value.endsWith(' ') && !value.includes(' #');
  return plain ? value : JSON.stringify(value);
}

/** Comment lines ("# …") holding `text` wrapped at about `width` characters. */
export function yamlComment(text: string, width = 100): string[] {
  const lines: string[] = [];
  let line = '#';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line.length + 1 + word.length > width && line !== '#') {
      lines.push(line);
      line = '#';
    }
    line += ` ${word}`;
  }
  if (line !== '#') lines.push(line);
  return lines;
}
