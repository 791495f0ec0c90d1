// `npm run edit`: the browser editor on this computer, for trying changes before the office has a git
// host. Builds the site when the content is newer than the last build, serves it on 127.0.0.1, and
// tells staff how to open the working folder in the editor's local-repository mode (Chrome or Edge).
import { spawn } from 'node:child_process';
import { readdir, stat } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { keluarFlag, kontenFlag, type SwitchFlag, type ValueFlag } from '../src/cli/flags.ts';
import { runCommand } from '../src/cli/run-command.ts';
import { UserError } from '../src/core/user-error.ts';
import { serveDist } from '../src/local/static-server.ts';
import { distFileOf, paths } from '../src/lib/urls.ts';

const portFlag: ValueFlag<number> = {
  placeholder: '<nomor>',
  example: '4321',
  help: 'nomor port di 127.0.0.1 (bawaan: 4321)',
  read: (raw) => {
    const port = Number(raw ?? 4321);
    if (!Number.isInteger(port) || port < 1 || port > 65535) {
      throw new UserError(`--port ${raw} bukan nomor port; tulis angka 1–65535, misalnya --port 4321.`);
    }
    return port;
  },
};

const bangunFlag: SwitchFlag = { switch: true, help: 'bangun ulang situs walaupun konten tidak berubah' };

await runCommand({
  name: 'edit',
  summary:
    'membuka editor konten di komputer ini (http://127.0.0.1:4321/admin/) untuk mengubah folder kerja ' +
    'dengan Chrome atau Edge, tanpa server git. Situs dibangun dulu bila konten lebih baru.',
  flags: { konten: kontenFlag, keluar: keluarFlag, port: portFlag, bangun: bangunFlag },
  example: '--konten content --port 4321',
  async run({ konten, keluar, port, bangun }) {
    if (bangun || (await needsBuild(konten, keluar))) await build(konten, keluar);
    else console.log(`✓ Situs di ${keluar}/ sudah sesuai konten; tidak dibangun ulang.`);
    const server = await serveDist(keluar, port).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') {
        throw new UserError(`Port ${port} sudah dipakai program lain; pilih port lain, misalnya --port ${port + 1}.`);
      }
      throw error;
    });
    console.log(instructions(server.origin, konten));
    process.once('SIGINT', () => void server.close().then(() => process.exit(0)));
  },
});

/** Built before, and no content file changed since. */
async function needsBuild(konten: string, keluar: string): Promise<boolean> {
  const built = await stat(join(keluar, distFileOf(paths.admin()))).catch(() => undefined);
  if (!built) return true;
  for (const entry of await readdir(konten, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    if ((await stat(join(entry.parentPath, entry.name))).mtimeMs > built.mtimeMs) return true;
  }
  return false;
}

/** `npm run build` itself, so the check, its messages and the atomic publish are exactly the same. */
async function build(konten: string, keluar: string): Promise<void> {
  const child = spawn(process.execPath, ['scripts/build.ts', '--konten', konten, '--keluar', keluar], {
    stdio: 'inherit',
  });
  const code = await new Promise<number | null>((done) => child.on('exit', done));
  if (code !== 0)
    throw new UserError('Situs belum bisa dibangun; perbaiki kesalahan di atas lalu jalankan npm run edit lagi.');
}

function instructions(origin: string, konten: string): string {
  return [
    '',
    `✓ Editor konten siap: ${origin}${paths.admin()}`,
    '',
    '  1. Buka alamat itu dengan Google Chrome atau Microsoft Edge (browser lain belum bisa membuka folder).',
    '  2. Klik "Work with Local Repository", lalu pilih folder proyek ini:',
    `       ${process.cwd()}`,
    `     (folder yang berisi ${konten}/ dan .git). Izinkan browser mengubah folder itu.`,
    `  3. Ubah isian, lalu klik "Save": berkas di ${resolve(konten)} langsung berubah di komputer ini.`,
    '     Bila ada yang salah, editor tidak menyimpan dan menampilkan pesan yang perlu diperbaiki.',
    '  4. Untuk melihat hasilnya di situs, tekan Ctrl+C lalu jalankan npm run edit lagi:',
    '     situs dibangun ulang karena kontennya berubah.',
    '',
    `  Situs: ${origin}${paths.home()}`,
    '  Tekan Ctrl+C untuk berhenti.',
  ].join('\n');
}
