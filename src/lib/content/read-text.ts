// Reads a content file the way staff editors save it: UTF-8, maybe with a BOM, maybe with CRLF or CR
// endings, and small. Every way this can fail becomes one problem that says what happened.
import { readFile, stat } from 'node:fs/promises';
import { errorIn, type Problem } from '../problems.ts';
import { isMissing, readFailure } from './fs-failure.ts';

/** Content files are short texts; anything larger is a mistake (a pasted PDF, a log file). */
export const MAX_FILE_BYTES = 256 * 1024;

/** The text with "\n" line endings; neither text nor problems when an optional file is absent. */
export interface TextRead {
  text?: string;
  problems: Problem[];
}

export async function readText(absolutePath: string, displayPath: string, optional = false): Promise<TextRead> {
  const failed = (message: string): TextRead => ({ problems: [errorIn(displayPath, message)] });
  let bytes: Uint8Array;
  try {
    const stats = await stat(absolutePath);
    if (stats.isDirectory()) return failed('ini folder, bukan berkas; ganti nama atau pindahkan folder ini');
    // A pipe or device would never end; content is always a plain file.
    if (!stats.isFile()) return failed('ini bukan berkas biasa; simpan isinya sebagai berkas teks');
    if (stats.size > MAX_FILE_BYTES) {
      const kb = Math.round(stats.size / 1024);
      return failed(
        `berkas terlalu besar (${kb} KB, maksimal ${MAX_FILE_BYTES / 1024} KB); berkas konten hanya berisi teks`,
      );
    }
    bytes = await readFile(absolutePath);
  } catch (error) {
    if (!isMissing(error)) return failed(readFailure(error, 'berkas'));
    return optional ? { problems: [] } : failed('berkas tidak ditemukan');
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return failed(
      'berkas tidak tersimpan sebagai UTF-8; simpan ulang dengan pengodean UTF-8 (di Notepad: Simpan Sebagai → Encoding: UTF-8)',
    );
  }
  // TextDecoder already drops a leading BOM; normalise Windows and old Mac line endings.
  return { text: text.replace(/\r\n?/g, '\n'), problems: [] };
}
