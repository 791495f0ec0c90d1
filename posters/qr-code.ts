// Encodes a URL as a QR symbol. Error correction is Q (about 25 % of the symbol can be lost): posters hang
// on balai desa walls for years and get taped over at the corners, creased, sun-faded and partly covered
// by newer notices, and Q still decodes through that. The cost is a denser symbol, which the URL scheme
// pays for by keeping printed URLs short, so a code stays at version 4 or below (33 × 33 modules) and
// each module is large enough for an old phone camera at arm's length.
import QRCode from 'qrcode';

export const ERROR_CORRECTION = 'Q';

/** Light modules kept around the symbol; ISO/IEC 18004 asks for at least 4. */
export const QUIET_ZONE = 4;

/** Above this version modules get small on a 25 mm code; `generatePrintables` reports such URLs. */
export const MAX_COMFORTABLE_VERSION = 4;

/** A square grid of modules, row-major, 1 = dark. */
export interface QrMatrix {
  size: number;
  data: ArrayLike<number>;
}

export interface QrSymbol {
  text: string;
  version: number;
  matrix: QrMatrix;
}

export function encodeQr(text: string): QrSymbol {
  const code = QRCode.create(text, { errorCorrectionLevel: ERROR_CORRECTION });
  return { text, version: code.version, matrix: { size: code.modules.size, data: code.modules.data } };
}
