// The images' colours: black and white plus the site's blue (its theme colour), so text stays high in
// contrast on a small thumbnail and a PNG that grows too large can be reduced to these three and their blends.
import { THEME_COLOR } from '../lib/theme.ts';

export const WHITE = '#ffffff';
export const BLACK = '#000000';
export const BLUE = THEME_COLOR;

export const PALETTE = [WHITE, BLACK, BLUE] as const;
