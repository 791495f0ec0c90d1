// Complaint links that need no server: a wa.me link whose message is already written, naming the service.
import type { Kecamatan, Layanan } from '../schema/index.ts';
import { whatsappLink } from './links.ts';

function pesanPengaduan(kecamatan: Pick<Kecamatan, 'nama'>, layanan?: Pick<Layanan, 'judul'>): string {
  const tentang = layanan ? `layanan "${layanan.judul}"` : 'layanan kecamatan';
  return `Pengaduan untuk Kecamatan ${kecamatan.nama} tentang ${tentang}. Tanggal datang: ... Yang terjadi: ...`;
}

/** A wa.me link to the kecamatan's WhatsApp with the complaint message already written. */
export function pengaduanWhatsappLink(
  kecamatan: Pick<Kecamatan, 'nama' | 'whatsapp'>,
  layanan?: Pick<Layanan, 'judul'>,
): string {
  return whatsappLink(kecamatan.whatsapp, pesanPengaduan(kecamatan, layanan));
}
