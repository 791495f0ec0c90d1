// The images' colours: black and white plus the site's blue (its theme colour), so text stays high in
// contrast on a small thumbnail and a PNG that grows too large can be reduced to these three and their blends.
export const WHITE = '#ffffff';
export const BLACK = '#000000';
export const BLUE = '#00507a';

export const PALETTE = [WHITE, BLACK, BLUE] as const;
