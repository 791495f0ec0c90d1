// Encodes a URL as a QR symbol. Two things make a wall poster scan: large modules (cheap phone cameras,
// scanned from arm's length) and error correction (posters get taped over, creased, sun-faded and partly
// covered for years). The poster grid is planned for version 4 (33 × 33 modules, about 0.75 mm each on a
// 25 mm code), so we take the strongest correction that still fits version 4: H (30 % recoverable) or Q
// (25 %) for short addresses, and never less than M (15 %, ISO 18004's general-purpose level), which holds
// service slugs of up to about 17 characters on a real domain. Choosing Q for every code instead would
// push half the sample addresses to version 5 and shrink every module of those codes.
import QRCode from 'qrcode';
import { MAX_COMFORTABLE_VERSION, versionAt } from '../lib/qr-plan.ts';

/** Strongest first; M is the floor, used even when an address is too long for version 4. */
const ERROR_CORRECTION_LEVELS = ['H', 'Q', 'M'] as const;
export type ErrorCorrection = (typeof ERROR_CORRECTION_LEVELS)[number];

/** Light modules kept around the symbol; ISO/IEC 18004 asks for at least 4. */
export const QUIET_ZONE = 4;

// The version posters are laid out for; above it modules get small, and `generatePrintables` reports it.
export { MAX_COMFORTABLE_VERSION } from '../lib/qr-plan.ts';

/** A square grid of modules, row-major, 1 = dark. */
export interface QrMatrix {
  size: number;
  data: ArrayLike<number>;
}

export interface QrSymbol {
  text: string;
  version: number;
  errorCorrection: ErrorCorrection;
  matrix: QrMatrix;
}

// A build draws the same address many times (every village poster carries every service's code, in
// each paper size), and choosing the level means encoding up to three times: each text is encoded once.
const encoded = new Map<string, QrSymbol>();

/** The symbol for `text`; the same object for the same text (treat it as read-only). */
export function encodeQr(text: string): QrSymbol {
  let symbol = encoded.get(text);
  if (!symbol) encoded.set(text, (symbol = encodeOnce(text)));
  return symbol;
}

function encodeOnce(text: string): QrSymbol {
  const errorCorrection = strongestComfortableLevel(text);
  const code = QRCode.create(text, { errorCorrectionLevel: errorCorrection });
  return { text, version: code.version, errorCorrection, matrix: { size: code.modules.size, data: code.modules.data } };
}

/**
 * The strongest level whose code stays within MAX_COMFORTABLE_VERSION, else M. Each try is a cheap trial
 * encoding (versionAt); only the chosen level is encoded in full.
 */
function strongestComfortableLevel(text: string): ErrorCorrection {
  for (const errorCorrection of ERROR_CORRECTION_LEVELS) {
    if (errorCorrection === 'M') return errorCorrection;
    if (versionAt(text, errorCorrection) <= MAX_COMFORTABLE_VERSION) return errorCorrection;
  }
  throw new Error('unreachable: M is the last level tried');
}
