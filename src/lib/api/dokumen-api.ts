// A document of the content as open data publishes it (src/schema/api.ts, 1.2): a count stays in
// `jumlah`, and `jumlah_teks` says how many as residents read it, count or staff's words alike.
import type { Dokumen } from '../../schema/index.ts';
import { jumlahText } from '../jumlah.ts';

export function dokumenApi({ jumlah, ...dokumen }: Dokumen) {
  const teks = jumlahText(jumlah);
  return {
    ...dokumen,
    ...(typeof jumlah === 'number' ? { jumlah } : {}),
    ...(teks ? { jumlah_teks: teks } : {}),
  };
}
