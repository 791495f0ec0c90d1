// Noto Sans as bytes, from the npm package (no system fonts, no network), read once per process and
// shared by everything that draws text: the PDF posters and sheets, and the PNG images.
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';

export interface FontBytes {
  regular: Uint8Array;
  bold: Uint8Array;
}

const require = createRequire(import.meta.url);
const FILES = {
  regular: require.resolve('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  bold: require.resolve('@expo-google-fonts/noto-sans/700Bold/NotoSans_700Bold.ttf'),
};

let loaded: Promise<FontBytes> | undefined;

export function notoSansBytes(): Promise<FontBytes> {
  loaded ??= Promise.all([readFile(FILES.regular), readFile(FILES.bold)]).then(([regular, bold]) => ({
    regular,
    bold,
  }));
  return loaded;
}
