// Refuses markdown that would be unsafe or silently changed on the site: raw HTML (including <script>) and
// links with a scheme other than http(s), mailto, tel or sms. The renderer would escape or drop these
// anyway; refusing them tells staff, by line, that what they wrote will not appear as they meant.
import MarkdownIt from 'markdown-it';
import { errorIn, type Problem } from '../problems.ts';
import { isSafeLink, linkScheme } from '../link-schemes.ts';

// A parser that recognises HTML and keeps every link, so the check sees what staff actually wrote.
const inspector = new MarkdownIt({ html: true, linkify: true });
inspector.validateLink = () => true;

type Token = ReturnType<typeof inspector.parse>[number];

/** `firstLine` is the file line where the markdown body starts. */
export function checkMarkdown(body: string, file: string, firstLine: number): Problem[] {
  const problems: Problem[] = [];
  const visit = (tokens: readonly Token[], line: number) => {
    let current = line;
    for (const token of tokens) {
      // Block tokens know their line; inline ones count the line breaks of their paragraph.
      if (token.type === 'softbreak' || token.type === 'hardbreak') current++;
      const at = token.map ? firstLine + token.map[0] : current;
      if (token.type === 'html_block' || token.type === 'html_inline') {
        const tag = /<\/?\s*([a-z][a-z0-9-]*)/i.exec(token.content)?.[1]?.toLowerCase();
        const what = tag === 'script' ? 'skrip <script>' : tag ? `kode HTML <${tag}>` : 'kode HTML';
        problems.push(
          errorIn(
            file,
            `catatan berisi ${what}; HTML tidak boleh dipakai di catatan. Tulis teks biasa (untuk tebal pakai **teks**, untuk tautan pakai [teks](https://...))`,
            { line: at },
          ),
        );
      }
      const href =
        token.type === 'link_open' ? token.attrGet('href') : token.type === 'image' ? token.attrGet('src') : undefined;
      if (href && !isSafeLink(href)) {
        problems.push(
          errorIn(
            file,
            `catatan berisi tautan "${linkScheme(href)}:" yang tidak diizinkan; tautan harus diawali https://, http://, mailto:, tel: atau sms:`,
            { line: at },
          ),
        );
      }
      if (token.children) visit(token.children, at);
    }
  };
  visit(inspector.parse(body, {}), firstLine);
  // <b>…</b> is two HTML tokens but one mistake: say it once per line.
  const seen = new Set<string>();
  return problems.filter((problem) => {
    const key = `${problem.line} ${problem.message}`;
    return !seen.has(key) && seen.add(key);
  });
}
