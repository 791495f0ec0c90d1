// --cache <folder>: where the build keeps PDFs and PNGs to reuse when their content has not changed
// (src/build/render-cache.ts). Default PELITA_CACHE, else .cache/pelita; "off" draws everything anew.
import { CACHE_OFF, CACHE_VARIABLE, cacheDirFromEnv, DEFAULT_CACHE_DIR } from '../build/render-cache.ts';
import type { ValueFlag } from './flags.ts';

export const cacheFlag: ValueFlag<string | undefined> = {
  placeholder: '<folder>',
  example: DEFAULT_CACHE_DIR,
  help:
    `simpan PDF dan gambar yang sudah dibuat di folder ini dan pakai lagi selama isinya sama ` +
    `(bawaan: ${CACHE_VARIABLE}, atau ${DEFAULT_CACHE_DIR}); "${CACHE_OFF}" membuat semuanya dari awal`,
  read: (raw) => (raw === undefined ? cacheDirFromEnv() : raw === CACHE_OFF ? undefined : raw),
};
