// Numbers as residents and staff read them: Indonesian decimal comma, two decimals like the SKM reports,
// file sizes in KB and MB.
const DUA_DESIMAL = new Intl.NumberFormat('id-ID', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatNilai(value: number): string {
  return DUA_DESIMAL.format(value);
}

const RINGKAS = new Intl.NumberFormat('id-ID', { maximumFractionDigits: 2 });

/** Up to two decimals, none when the number is whole: "65", "76,61", "100". */
export function formatShort(value: number): string {
  return RINGKAS.format(value);
}

/** A change with its sign: "+6,00", "−17,46", "0,00". */
export function formatChange(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  if (rounded === 0) return formatNilai(0);
  return `${rounded > 0 ? '+' : '−'}${formatNilai(Math.abs(rounded))}`;
}

/** A file size for messages: "85,7 KB", "2,5 MB". */
export function formatBytes(bytes: number): string {
  const format = (value: number) => value.toLocaleString('id-ID', { maximumFractionDigits: 1 });
  return bytes >= 1024 * 1024 ? `${format(bytes / 1024 / 1024)} MB` : `${format(bytes / 1024)} KB`;
}
