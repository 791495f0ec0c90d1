// What a hostile page would need: inline script, event-handler attributes, or script URLs in links.
// Lists each one found in a page, so a test can show exactly what got through.
import { parse } from 'node-html-parser';

const URL_ATTRIBUTES = ['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data', 'srcset'];

export function unsafeMarkup(html: string): string[] {
  const found: string[] = [];
  for (const element of parse(html).querySelectorAll('*')) {
    const tag = element.rawTagName?.toLowerCase();
    if (tag === 'script' && !element.getAttribute('src') && !isJsonLd(element.getAttribute('type'), element.text))
      found.push(`inline <script>: ${element.text.slice(0, 60)}`);
    for (const [name, value] of Object.entries(element.attributes)) {
      const attribute = name.toLowerCase();
      if (attribute.startsWith('on')) found.push(`<${tag} ${name}="${value}">`);
      const url = value.replace(/[\t\n\r\s]/g, '').toLowerCase();
      if (URL_ATTRIBUTES.includes(attribute) && /^(javascript|vbscript):/.test(url))
        found.push(`<${tag} ${name}="${value}">`);
      if (URL_ATTRIBUTES.includes(attribute) && tag !== 'img' && url.startsWith('data:'))
        found.push(`<${tag} ${name}="${value}">`);
    }
  }
  return found;
}

/** Structured data is never run; it counts as safe only while its whole text is still one JSON value. */
function isJsonLd(type: string | undefined, text: string): boolean {
  if (type !== 'application/ld+json') return false;
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
