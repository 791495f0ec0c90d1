// The site's one brand colour: header, browser toolbar (theme-color), favicon (src/pages/favicon.svg.ts),
// app icons and the web app manifest. src/styles/global.css spells it as --accent, since a stylesheet
// cannot import; tests/unit/theme.test.ts fails when the two differ.
export const THEME_COLOR = '#00507a';
