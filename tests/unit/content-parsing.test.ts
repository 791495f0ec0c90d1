// The pure parts of reading content: splitting frontmatter from the body, finding the line of a YAML or
// JSON value, and wording a failed file-system call. No files are read here.
import { describe, expect, it } from 'vitest';
import { splitFrontmatter } from '../../src/lib/content/frontmatter.ts';
import { isMissing, readFailure } from '../../src/lib/content/fs-failure.ts';
import { parseJson } from '../../src/lib/content/parse-json.ts';
import { parseYaml } from '../../src/lib/content/parse-yaml.ts';
import { formatProblem } from '../../src/lib/problems.ts';

describe('splitFrontmatter', () => {
  it('splits the YAML from the body and says on which file line the body starts', () => {
    expect(splitFrontmatter('---\njudul: A\nbiaya: Gratis\n---\nCatatan.\n')).toEqual({
      yaml: 'judul: A\nbiaya: Gratis\n',
      body: 'Catatan.\n',
      yamlLineOffset: 1,
      bodyLine: 5,
    });
  });

  it('accepts an empty frontmatter, a closing line at the very end and trailing spaces after ---', () => {
    expect(splitFrontmatter('---\n---\n')).toMatchObject({ yaml: '', body: '', bodyLine: 3 });
    expect(splitFrontmatter('--- \njudul: A\n---')).toMatchObject({ yaml: 'judul: A\n', body: '', bodyLine: 3 });
  });

  it('finds no frontmatter when the file does not start with ---, or never closes it', () => {
    expect(splitFrontmatter('judul: A\n---\n')).toBeUndefined();
    expect(splitFrontmatter('---\njudul: A\n')).toBeUndefined();
  });
});

describe('parseYaml', () => {
  const parsed = (text: string, offset = 0) => {
    const result = parseYaml(text, 'f.yaml', offset);
    if ('problems' in result) throw new Error(result.problems.map(formatProblem).join('\n'));
    return result.parsed;
  };

  it('gives the line of a nested value, and of its nearest parent when the value is missing', () => {
    const { lineOf } = parsed('judul: A\npersyaratan:\n  - dokumen: KTP\n  - dokumen: KK\n    jumlah: 2\n');
    expect(lineOf(['persyaratan', 1, 'jumlah'])).toBe(5);
    expect(lineOf(['persyaratan', 1, 'asli'])).toBe(4);
    expect(lineOf(['tidak-ada'])).toBe(1);
  });

  it('adds the lines before the YAML (the frontmatter opening) to every line it reports', () => {
    expect(parsed('judul: A\nbiaya: B\n', 1).lineOf(['biaya'])).toBe(3);
    const broken = parseYaml('judul: A\nbiaya: "B\n', 'f.md', 1);
    expect('problems' in broken && broken.problems.map((problem) => problem.line)).toEqual([3]);
  });

  it('keeps dates as text so the schema decides what a valid date is', () => {
    expect(parsed('diperbarui: 2025-07-14\n').data).toEqual({ diperbarui: '2025-07-14' });
  });
});

describe('parseJson', () => {
  it('points a syntax mistake at the line where JSON.parse gives up', () => {
    const result = parseJson('{\n  "cetakan": [\n    "a"\n    "b"\n  ]\n}\n', 'dicetak.json');
    expect('problems' in result && result.problems.map((problem) => problem.line)).toEqual([4]);
  });

  it('points an unclosed string at its own line, not the end of the file', () => {
    const result = parseJson('{\n  "cetakan": [\n    "a\n  ]\n}\n', 'dicetak.json');
    expect('problems' in result && result.problems.map((problem) => problem.line)).toEqual([3]);
  });

  it('gives valid JSON with the line of each value', () => {
    const result = parseJson('{\n  "cetakan": [\n    {\n      "tanggal": "2026-01-01"\n    }\n  ]\n}\n', 'd.json');
    expect('parsed' in result && result.parsed.lineOf(['cetakan', 0, 'tanggal'])).toBe(4);
  });
});

describe('readFailure', () => {
  const failure = (code: string) => Object.assign(new Error(code), { code });

  it('says permission was denied in words staff can act on', () => {
    expect(readFailure(failure('EACCES'), 'berkas')).toBe(
      'berkas tidak bisa dibaca (izin ditolak; minta pengelola komputer memberi izin baca)',
    );
    expect(readFailure(failure('EPERM'), 'folder')).toMatch(/^folder tidak bisa dibaca \(izin ditolak/);
  });

  it('names an unexpected error by its code rather than calling the file missing', () => {
    expect(readFailure(failure('EMFILE'), 'berkas')).toBe('berkas tidak bisa dibaca (kode EMFILE)');
  });

  it('counts only a path that is not there as missing', () => {
    expect(['ENOENT', 'ENOTDIR', 'EACCES', 'EISDIR'].map((code) => isMissing(failure(code)))).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
