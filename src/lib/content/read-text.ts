// Reads a content file the way staff editors save it: UTF-8, maybe with a BOM, maybe with CRLF endings.
import { readFile, stat } from 'node:fs/promises';
import { galat, type Problem } from '../problems.ts';

/** Content files are short texts; anything larger is a mistake (a pasted PDF, a log file). */
export const MAX_FILE_BYTES = 256 * 1024;

export type TextResult = { text: string } | { problem: Problem };

export async function readText(absolutePath: string, displayPath: string): Promise<TextResult> {
  const { size } = await stat(absolutePath);
  if (size > MAX_FILE_BYTES) {
    const kb = Math.round(size / 1024);
    return { problem: galat(displayPath, `berkas terlalu besar (${kb} KB, maksimal ${MAX_FILE_BYTES / 1024} KB); berkas konten hanya berisi teks`) };
  }
  const bytes = await readFile(absolutePath);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { problem: galat(displayPath, 'berkas tidak tersimpan sebagai UTF-8; simpan ulang dengan pengodean UTF-8 (di Notepad: Simpan Sebagai → Encoding: UTF-8)') };
  }
  // TextDecoder already drops a leading BOM; normalise Windows and old Mac line endings.
  return { text: text.replace(/\r\n?/g, '\n') };
}
