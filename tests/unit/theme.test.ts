// The brand colour is THEME_COLOR; the stylesheet, which cannot import it, must spell the same colour.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEME_COLOR } from '../../src/lib/theme.ts';

const css = readFileSync(join(import.meta.dirname, '../../src/styles/global.css'), 'utf8');

describe('the brand colour', () => {
  it('colours the header, links and buttons (--accent) with THEME_COLOR', () => {
    const accent = /^\s*--accent:\s*([^;]+);/m.exec(css)?.[1];
    expect(accent?.toLowerCase()).toBe(THEME_COLOR.toLowerCase());
  });
});
