// The site's one brand colour: header, browser toolbar (theme-color), app icons and the web app manifest.
export const THEME_COLOR = '#00507a';
