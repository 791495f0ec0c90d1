// Complaint links that need no server: a wa.me link whose message is already written, naming the service.
import type { Kecamatan, Layanan } from '../schema/index.ts';

export function pesanPengaduan(kecamatan: Pick<Kecamatan, 'nama'>, layanan?: Pick<Layanan, 'judul'>): string {
  const tentang = layanan ? `layanan "${layanan.judul}"` : 'layanan kecamatan';
  return `Pengaduan untuk Kecamatan ${kecamatan.nama} tentang ${tentang}. Tanggal datang: ... Yang terjadi: ...`;
}

/** https://wa.me/<number>?text=<message>, the message percent-encoded as wa.me requires. */
export function whatsappPengaduan(
  kecamatan: Pick<Kecamatan, 'nama' | 'whatsapp'>,
  layanan?: Pick<Layanan, 'judul'>,
): string {
  return `https://wa.me/${kecamatan.whatsapp}?text=${encodeURIComponent(pesanPengaduan(kecamatan, layanan))}`;
}
