// The Debian programs the tests use to meet the site and posters as a person would, and how to tell which
// are missing by looking at files only: the check before every `npm test` runs none of them.
import { accessSync, constants, existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { CHROMIUM_PATH } from './chromium.ts';

export interface TestTool {
  /** A program looked up on PATH, or an absolute path to a file. */
  file: string;
  /** The Debian package that provides it. */
  debianPackage: string;
  /** What the tests use it for, for the message when it is missing. */
  use: string;
}

export const TEST_TOOLS: readonly TestTool[] = [
  { file: 'pdftoppm', debianPackage: 'poppler-utils', use: 'renders PDF pages' },
  { file: 'pdftotext', debianPackage: 'poppler-utils', use: 'extracts PDF text' },
  { file: 'pdffonts', debianPackage: 'poppler-utils', use: 'lists PDF fonts' },
  { file: 'zbarimg', debianPackage: 'zbar-tools', use: 'decodes QR codes' },
  // playwright-core cannot download a browser here; CHROME_PATH may point at another build.
  { file: CHROMIUM_PATH, debianPackage: 'chromium', use: 'runs the browser tests' },
  // chromium depends on no font package: without one, pages render no text.
  { file: '/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf', debianPackage: 'fonts-dejavu-core', use: 'page text' },
];

/** True when an absolute path exists, or a bare name is an executable in one of PATH's folders. */
export function isInstalled(file: string, path: string = process.env.PATH ?? ''): boolean {
  if (file.includes('/')) return existsSync(file);
  return path
    .split(delimiter)
    .filter(Boolean)
    .some((folder) => {
      try {
        accessSync(join(folder, file), constants.X_OK);
        return true;
      } catch {
        return false;
      }
    });
}

/** The tools not found, grouped by the package to install, each package once and in list order. */
export function missingTools(
  tools: readonly TestTool[] = TEST_TOOLS,
  installed: (file: string) => boolean = (file) => isInstalled(file),
): { debianPackage: string; tools: TestTool[] }[] {
  const missing = new Map<string, TestTool[]>();
  for (const tool of tools.filter((item) => !installed(item.file))) {
    missing.set(tool.debianPackage, [...(missing.get(tool.debianPackage) ?? []), tool]);
  }
  return [...missing].map(([debianPackage, tools]) => ({ debianPackage, tools }));
}

/** What is missing and the command that installs it, for someone who is not root. */
export function missingToolsMessage(missing: ReturnType<typeof missingTools>): string {
  const lines = missing.map(
    (item) => `  ${item.debianPackage}: ${item.tools.map((tool) => `${tool.file} (${tool.use})`).join(', ')}`,
  );
  return [
    'The tests need tools that are not installed:',
    ...lines,
    'Install them with:',
    `  sudo apt-get install --no-install-recommends ${missing.map((item) => item.debianPackage).join(' ')}`,
    'then run npm test again.',
  ].join('\n');
}
