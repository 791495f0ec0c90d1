// An image as a list of layers, painted in order: flat rectangles, a QR code, and lines of text as glyph
// outlines. The layouts (og-image.ts, square-image.ts) make one; it becomes SVG for resvg as a whole
// (drawingSvg) or is painted a piece at a time (render-drawing.ts), and both give the same pixels.
import type { QrSymbol } from '../drawing/qr-code.ts';
import { qrPath } from '../drawing/qr-path.ts';
import type { PlacedGlyph } from './glyph-outlines.ts';
import { BLACK, WHITE } from './palette.ts';
import { rect, svgDocument, type Box } from './svg.ts';

export interface RectLayer {
  kind: 'rect';
  box: Box;
  fill: string;
}

/** A code with its white quiet zone filling `box`; modules are `moduleSize` whole pixels. */
export interface QrLayer {
  kind: 'qr';
  box: Box;
  moduleSize: number;
  matrix: QrSymbol['matrix'];
}

/**
 * One line's outline in font units, y up, placed with its pen start at (x, y) and scaled by `scale`: as
 * SVG path data, and as its glyphs' polygons for the rasteriser.
 */
export interface TextLine {
  d: string;
  glyphs: readonly PlacedGlyph[];
  x: number;
  y: number;
  scale: number;
}

export interface TextLayer {
  kind: 'text';
  fill: string;
  lines: TextLine[];
  /** Whole pixels that hold all its ink, anti-aliasing included; undefined when it has none. */
  ink: Box | undefined;
}

export type Layer = RectLayer | QrLayer | TextLayer;

export interface ImageDrawing {
  width: number;
  height: number;
  layers: Layer[];
}

export function drawingSvg(drawing: ImageDrawing): string {
  return svgDocument(drawing.width, drawing.height, drawing.layers.map(layerSvg));
}

export function layerSvg(layer: Layer): string {
  switch (layer.kind) {
    case 'rect':
      return rect(layer.box, layer.fill);
    case 'qr':
      return [
        rect(layer.box, WHITE),
        `<path d="${qrPath(layer.matrix)}" transform="translate(${layer.box.x} ${layer.box.y}) scale(${layer.moduleSize})" ` +
          `fill="${BLACK}" shape-rendering="crispEdges"/>`,
      ].join('\n');
    case 'text':
      return layer.lines
        .map(
          ({ d, x, y, scale }) =>
            `<path transform="translate(${x} ${y}) scale(${scale} ${-scale})" fill="${layer.fill}" d="${d}"/>`,
        )
        .join('\n');
  }
}
