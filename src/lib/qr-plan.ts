// What a printed QR code may be: the poster grid is planned for version 4 (33 × 33 modules, about
// 0.75 mm each on a 25 mm code) at level M or stronger (src/drawing/qr-code.ts draws them). Kept here, in
// the domain helpers, so `check` can warn about an address too long for that plan before anything is drawn.
import QRCode from 'qrcode';

/** The version posters are laid out for; above it modules get small and hard to scan. */
export const MAX_COMFORTABLE_VERSION = 4;

/**
 * The version `text` needs at `level`. A fixed mask skips scoring all eight, which is most of what
 * encoding costs; the mask never changes the version.
 */
export function versionAt(text: string, level: 'L' | 'M' | 'Q' | 'H'): number {
  return QRCode.create(text, { errorCorrectionLevel: level, maskPattern: 0 }).version;
}

/** The version `text` needs at level M, the weakest level printed. */
export function versionAtLevelM(text: string): number {
  return versionAt(text, 'M');
}
