// The words that mark sample output while `situs` is still a placeholder (see isPlaceholderSitus in
// urls.ts): posters, sheets, images, the build report and the poster page all say them from here.

export const CONTOH = 'CONTOH';

/** On every poster and requirement sheet, and where staff are told about them. */
export const CONTOH_MARK = `${CONTOH} — BELUM UNTUK DICETAK`;

/** The black band across the top of each printed page. */
export const CONTOH_BAND_TEXT = `${CONTOH_MARK} · alamat situs masih contoh`;

/** The strip along the bottom of each image for sharing: a sample must not end up on social media. */
export const CONTOH_IMAGE_TEXT = `${CONTOH} — alamat situs masih contoh, jangan dibagikan`;
