// A form XObject being drawn. It records the operators a PDFPage writes for the same drawText and
// drawRectangle calls, but with resource names fixed inside the form (F0, F1… for the fonts, Q0… for
// nested code forms) where a page draws random ones from the document: the recording then means the same
// in any document that gives the form the same resources, and can be kept and reused (kecamatan-form.ts).
import { deflateSync } from 'node:zlib';
import {
  cleanText,
  degrees,
  drawLinesOfText,
  drawObject,
  drawRectangle,
  lineSplit,
  type PDFFont,
  type PDFOperator,
} from 'pdf-lib';
import type { Rect } from './geometry.ts';
import { PAGE_LINE_HEIGHT } from './page-text.ts';
import type { FormContent, QrSurface, RectangleOptions, TextOptions } from './surface.ts';

/** A line of text as the form shows it: its font (index into the canvas's fonts) and glyph ids. */
export interface EncodedLine {
  font: number;
  line: string;
  hex: string;
}

/** What a finished form holds; links cannot live in a form, so they are kept for the page. */
export interface RecordedForm {
  compressed: Uint8Array;
  lines: EncodedLine[];
  forms: FormContent[];
  links: { url: string; box: Rect }[];
}

const NO_TURN = degrees(0);

export class FormCanvas implements QrSurface {
  private readonly operators: PDFOperator[] = [];
  private readonly lines: EncodedLine[] = [];
  private readonly forms: RecordedForm['forms'] = [];
  private readonly links: RecordedForm['links'] = [];

  private readonly fonts: readonly PDFFont[];

  /** The form's fonts; its resources must name `fonts[i]` F{i}. */
  constructor(fonts: readonly PDFFont[]) {
    this.fonts = fonts;
  }

  drawText(text: string, { x, y, size, font, color }: TextOptions): void {
    const index = this.fonts.indexOf(font);
    if (index < 0) throw new Error('FormCanvas: font not among the form fonts');
    // As PDFPage.drawText: encoding also adds the glyphs to the font's subset.
    const encoded = lineSplit(cleanText(text)).map((line) => {
      const hex = font.encodeText(line);
      this.lines.push({ font: index, line, hex: hex.toString() });
      return hex;
    });
    const options = { color, font: `F${index}`, size, x, y, lineHeight: PAGE_LINE_HEIGHT };
    this.operators.push(...drawLinesOfText(encoded, { ...options, rotate: NO_TURN, xSkew: NO_TURN, ySkew: NO_TURN }));
  }

  drawRectangle({ x, y, width, height, color }: RectangleOptions): void {
    const turns = { rotate: NO_TURN, xSkew: NO_TURN, ySkew: NO_TURN };
    this.operators.push(
      ...drawRectangle({ x, y, width, height, color, borderColor: undefined, borderWidth: 0, ...turns }),
    );
  }

  drawForm(form: FormContent): void {
    this.operators.push(drawObject(`Q${this.forms.length}`));
    this.forms.push(form);
  }

  addLink(url: string, box: Rect): void {
    this.links.push({ url, box });
  }

  /** The form's content, written as pdf-lib writes a content stream, and compressed. */
  finish(): RecordedForm {
    let size = 0;
    for (const operator of this.operators) size += operator.sizeInBytes() + 1;
    const buffer = new Uint8Array(size);
    let offset = 0;
    for (const operator of this.operators) {
      offset += operator.copyBytesInto(buffer, offset);
      buffer[offset++] = 0x0a;
    }
    return { compressed: deflateSync(buffer), lines: this.lines, forms: this.forms, links: this.links };
  }
}
