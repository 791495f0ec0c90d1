// The line a build prints about the images: how many, how large, how long.
import { formatBytes } from '../lib/format-number.ts';
import type { ImageFile } from './generate.ts';

export function reportImages(files: readonly ImageFile[], seconds: number): string {
  const count = (kind: ImageFile['kind']) => files.filter((file) => file.kind === kind).length;
  const total = files.reduce((sum, file) => sum + file.bytes, 0);
  const largest = Math.max(0, ...files.map((file) => file.bytes));
  return (
    `✓ ${files.length} gambar PNG (${formatBytes(total)}, terbesar ${formatBytes(largest)}) dalam ` +
    `${seconds.toFixed(1)} detik: ${count('og')} pratinjau tautan di og/, ${count('sosmed')} gambar media sosial di sosmed/.`
  );
}
