// The markdown renderer is the second line of defence behind `npm run check`: whatever slips past the
// check, raw HTML comes out escaped and script links come out as plain text.
import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../src/lib/markdown.ts';
import { unsafeMarkup } from '../support/html-safety.ts';

const hostileLinks = [
  '[a](javascript:alert(1))',
  '[b](JaVaScRiPt:alert(1))',
  '[c](&#106;avascript:alert(1))',
  '[d](&#x6A;avascript&colon;alert(1))',
  '[e](<java\tscript:alert(1)>)',
  '[f](< javascript:alert(1)>)',
  '[g](vbscript:msgbox(1))',
  '[h](data:text/html;base64,PHNjcmlwdD4=)',
  '[i](data:image/png;base64,iVBORw0KGgo=)',
  '<javascript:alert(1)>',
  '![j](javascript:alert(1))',
];

describe('renderMarkdown', () => {
  it('escapes raw HTML and script instead of passing them through', () => {
    const html = renderMarkdown('<script>alert(1)</script>\n\nDatang <b onclick="alert(1)">pagi</b>.');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(unsafeMarkup(html)).toEqual([]);
    expect(html).not.toContain('<b');
  });

  it.each(hostileLinks)('drops the link in %s', (source) => {
    const html = renderMarkdown(source);
    expect(unsafeMarkup(html)).toEqual([]);
    expect(html).not.toMatch(/<a |<img /);
  });

  it('keeps ordinary links: https, relative, mailto, tel and sms', () => {
    const html = renderMarkdown(
      '[a](https://www.lapor.go.id) [b](/l/sktm/) [c](mailto:a@b.id) [d](tel:0321) [e](sms:1708)',
    );
    expect(html.match(/<a href=/g)).toHaveLength(5);
  });
});
