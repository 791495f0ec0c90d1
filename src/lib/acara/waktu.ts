// When an event takes place, in words: "Rabu, 17 Februari 2027, 08.00–13.00 WIB".
import type { Acara } from '../../schema/index.ts';
import { parseIsoDate } from '../../core/dates.ts';

const HARI_TANGGAL = new Intl.DateTimeFormat('id-ID', {
  weekday: 'long',
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

export function formatWaktuAcara(acara: Pick<Acara, 'tanggal' | 'mulai' | 'selesai'>): string {
  const hari = HARI_TANGGAL.format(parseIsoDate(acara.tanggal));
  if (!acara.mulai || !acara.selesai) return `${hari}, sepanjang hari`;
  return `${hari}, ${acara.mulai.replace(':', '.')}–${acara.selesai.replace(':', '.')} WIB`;
}
