// The check before `npm test`: which Debian packages to install for the tools that are missing, and the
// command someone without root is told to type.
import { describe, expect, it } from 'vitest';
import { isInstalled, missingTools, missingToolsMessage, TEST_TOOLS } from '../../src/local/test-tools.ts';

const without =
  (...absent: string[]) =>
  (file: string) =>
    !absent.includes(file);

describe('missingTools', () => {
  it('names nothing when every tool is there', () => {
    expect(missingTools(TEST_TOOLS, () => true)).toEqual([]);
  });

  it('names each package once, in list order, with the tools it would bring', () => {
    const missing = missingTools(TEST_TOOLS, without('zbarimg', 'pdftotext', 'pdffonts'));
    expect(missing.map((item) => [item.debianPackage, item.tools.map((tool) => tool.file)])).toEqual([
      ['poppler-utils', ['pdftotext', 'pdffonts']],
      ['zbar-tools', ['zbarimg']],
    ]);
    expect(missingToolsMessage(missing)).toContain(
      'Install them with:\n  sudo apt-get install --no-install-recommends poppler-utils zbar-tools\n',
    );
  });

  it('looks programs up on PATH and other files by their path', () => {
    expect(isInstalled('sh', '/nonexistent:/bin:/usr/bin')).toBe(true);
    expect(isInstalled('sh', '/nonexistent')).toBe(false);
    expect(isInstalled(import.meta.filename)).toBe(true);
    expect(isInstalled('/nonexistent/DejaVuSans.ttf')).toBe(false);
  });
});
