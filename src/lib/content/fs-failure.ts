// Words a failed file-system call for staff, saying what really happened: a missing file is "tidak
// ditemukan", but a file they may not read or a folder where a file belongs is something else to fix.

/** Node's error codes that mean the path is not there (ENOTDIR: a folder on the way is a file). */
export function isMissing(error: unknown): boolean {
  const code = codeOf(error);
  return code === 'ENOENT' || code === 'ENOTDIR';
}

/** Why `what` ("berkas" or "folder") could not be read, e.g. "berkas tidak bisa dibaca (izin ditolak)". */
export function readFailure(error: unknown, what: 'berkas' | 'folder'): string {
  return `${what} tidak bisa dibaca (${reasonOf(codeOf(error))})`;
}

function reasonOf(code: string | undefined): string {
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'izin ditolak; minta pengelola komputer memberi izin baca';
    case 'EBUSY':
      return 'sedang dipakai program lain; tutup program itu lalu jalankan lagi';
    case 'ELOOP':
      return 'tautan simbolik yang menunjuk dirinya sendiri';
    case 'EIO':
      return 'kesalahan baca dari diska';
    default:
      return code ? `kode ${code}` : 'sebab tidak diketahui';
  }
}

function codeOf(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | undefined)?.code;
  return typeof code === 'string' ? code : undefined;
}
