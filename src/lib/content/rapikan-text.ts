// Rewrites one content file in the form the browser editor (Sveltia CMS) saves it, without changing what
// it means: `npm run rapikan` runs this on a whole folder so the editor's first save of a file changes
// only what staff changed. The editor cannot hold a list whose items are sometimes a text and sometimes
// an object, so every requirement becomes an object `{ dokumen, … }`; it drops comments, writes its own
// quoting and indentation (the options below are Sveltia's own), and leaves keys in their order.
import { parseDocument, stringify, visit, type Document } from 'yaml';
import { isAbsent } from '../../schema/fields.ts';
import { describePath } from '../../schema/messages.ts';
import { splitFrontmatter } from './frontmatter.ts';

/** Which kind of content a file holds: decides the few rewrites that belong to one kind. */
export type RapikanKind = 'kecamatan' | 'desa' | 'layanan' | 'acara' | 'pengalihan' | 'sinonim';

export interface Rapikan {
  text: string;
  /** What was changed, one sentence each for staff; empty when the file was already in the editor's form. */
  changes: string[];
}

/** How Sveltia CMS 0.221 writes YAML (its `output.yaml` defaults), so a later save leaves the text alone. */
const EDITOR_YAML = {
  indent: 2,
  indentSeq: true,
  lineWidth: 0,
  defaultKeyType: 'PLAIN',
  defaultStringType: 'PLAIN',
  singleQuote: true,
} as const;

type Path = (string | number)[];
type Data = Record<string, unknown>;

/**
 * `format` is how the file is written: YAML, or markdown whose frontmatter holds the fields. The text must
 * already pass `npm run check` (the caller makes sure): this relies on that to know that an empty value is
 * in an optional field.
 */
export function rapikanText(text: string, format: 'yaml' | 'markdown', kind: RapikanKind): Rapikan {
  const parts = format === 'markdown' ? splitFrontmatter(text) : { yaml: text, body: '' };
  if (!parts) throw new Error('rapikanText: a markdown file without frontmatter does not pass check');
  const document = parseDocument(parts.yaml, { schema: 'core' });
  const data: unknown = document.toJS();
  const changes: string[] = [];

  const comments = countComments(document);
  const absent = dropAbsent(data, []);
  const objects = kind === 'layanan' ? requirementsAsObjects(data as Data) : 0;
  const whatsapp = kind === 'kecamatan' ? whatsappAsText(data as Data) : false;

  if (objects > 0) changes.push(`${objects} butir persyaratan ditulis sebagai kelompok isian «dokumen»`);
  if (absent.length > 0) {
    changes.push(`isian kosong dihapus: ${absent.map((path) => describePath(path, data)).join(', ')}`);
  }
  if (whatsapp) changes.push('«whatsapp» ditulis sebagai teks di antara tanda kutip');
  if (comments > 0) changes.push(`${comments} komentar dihapus (editor di peramban juga menghapusnya saat menyimpan)`);

  const yaml = isEmptyData(data) ? '' : stringify(data, { schema: 'core', ...EDITOR_YAML }).trim();
  const rewritten = format === 'markdown' ? markdownText(yaml, parts.body) : `${yaml}\n`;
  if (rewritten !== text && changes.length === 0) changes.push('tanda kutip dan jarak masuk diseragamkan');
  return { text: rewritten, changes: rewritten === text ? [] : changes };
}

/** Sveltia writes the frontmatter, then a blank line and the body when there is one. */
function markdownText(yaml: string, body: string): string {
  const notes = body.trim();
  return `---\n${yaml}\n---\n${notes ? `\n${notes}\n` : ''}`;
}

function isEmptyData(data: unknown): boolean {
  return data === null || data === undefined;
}

/** Removes, inside every key-value group, the keys whose value is empty; returns their paths. */
function dropAbsent(value: unknown, path: Path): Path[] {
  if (Array.isArray(value)) return value.flatMap((item, index) => dropAbsent(item, [...path, index]));
  if (!isPlainObject(value)) return [];
  const dropped: Path[] = [];
  for (const [key, item] of Object.entries(value)) {
    if (isAbsent(item)) {
      delete value[key];
      dropped.push([...path, key]);
    } else dropped.push(...dropAbsent(item, [...path, key]));
  }
  return dropped;
}

/** `- KTP-el` becomes `- dokumen: KTP-el`, in the service's own list and in each case's. */
function requirementsAsObjects(layanan: Data): number {
  const cases = Array.isArray(layanan.keperluan) ? layanan.keperluan.filter(isPlainObject) : [];
  const lists = [layanan.persyaratan, ...cases.map((keperluan) => keperluan.persyaratan)];
  let count = 0;
  for (const list of lists) {
    if (!Array.isArray(list)) continue;
    list.forEach((item, index) => {
      if (typeof item !== 'string') return;
      list[index] = { dokumen: item };
      count++;
    });
  }
  return count;
}

/** A number typed without quotes is read as a number; the editor's text field holds it as text. */
function whatsappAsText(kecamatan: Data): boolean {
  if (typeof kecamatan.whatsapp !== 'number') return false;
  kecamatan.whatsapp = String(kecamatan.whatsapp);
  return true;
}

/** Comments staff wrote (a block of comment lines counts once): the editor keeps none of them. */
function countComments(document: Document): number {
  let count = (document.commentBefore ? 1 : 0) + (document.comment ? 1 : 0);
  visit(document, {
    Node(_, node) {
      if (node.commentBefore) count++;
      if (node.comment) count++;
    },
  });
  return count;
}

function isPlainObject(value: unknown): value is Data {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
