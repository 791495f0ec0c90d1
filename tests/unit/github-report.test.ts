// What staff see on a GitHub Actions run after a save: one annotation per problem on its file and line, and
// a summary table of all of them, in the same Indonesian sentences `npm run check` prints.
import { describe, expect, it } from 'vitest';
import {
  annotationLine,
  annotationLines,
  formatFlag,
  githubPlace,
  problemSentence,
  SUMMARY_ROWS,
  summaryMarkdown,
} from '../../src/cli/github-report.ts';
import { UserError } from '../../src/core/user-error.ts';
import { errorIn, formatProblem, warningIn } from '../../src/lib/problems.ts';

const kosong = errorIn('content/layanan/sktm.md', 'harus berisi minimal satu dokumen', {
  line: 4,
  field: '«persyaratan»',
});
const lama = warningIn('content/layanan/kk.md', 'terakhir diperbarui lebih dari setahun lalu', {
  line: 3,
  field: '«diperbarui»',
});
const tanpaBaris = errorIn('content/kecamatan.yaml', 'berkas kecamatan.yaml tidak ditemukan');
const local = githubPlace({}, '/repo');
const onGithub = githubPlace(
  {
    GITHUB_WORKSPACE: '/home/runner/work/pelita/pelita',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_REPOSITORY: 'diskominfo/pelita',
    GITHUB_SHA: 'abc123',
  },
  '/home/runner/work/pelita/pelita',
);

describe('format flag of check', () => {
  it('defaults to teks, accepts github, and refuses anything else in Indonesian', () => {
    expect(formatFlag.read(undefined)).toBe('teks');
    expect(formatFlag.read('github')).toBe('github');
    expect(() => formatFlag.read('json')).toThrow(UserError);
    expect(() => formatFlag.read('json')).toThrow(
      'Format "json" tidak dikenal; pilih --format teks atau --format github.',
    );
  });
});

describe('problem sentence', () => {
  it('is what check prints after "file baris N: ", for errors, warnings and file-wide problems', () => {
    for (const problem of [kosong, lama, tanpaBaris]) {
      expect(formatProblem(problem).endsWith(problemSentence(problem))).toBe(true);
    }
    expect(problemSentence(kosong)).toBe('«persyaratan» harus berisi minimal satu dokumen.');
    expect(problemSentence(lama)).toBe('«diperbarui» terakhir diperbarui lebih dari setahun lalu.');
    expect(problemSentence(tanpaBaris)).toBe('Berkas kecamatan.yaml tidak ditemukan.');
  });
});

describe('annotations', () => {
  it('puts an error on its file and line, titled in Indonesian', () => {
    expect(annotationLine(kosong, onGithub)).toBe(
      '::error file=content/layanan/sktm.md,line=4,title=Kesalahan konten::«persyaratan» harus berisi minimal satu dokumen.',
    );
  });

  it('makes a warning a warning, and leaves out the line when the problem has none', () => {
    expect(annotationLine(lama, local)).toMatch(
      /^::warning file=content\/layanan\/kk\.md,line=3,title=Peringatan konten::/,
    );
    expect(annotationLine(tanpaBaris, local)).toBe(
      '::error file=content/kecamatan.yaml,title=Kesalahan konten::Berkas kecamatan.yaml tidak ditemukan.',
    );
  });

  it('escapes what the runner would read as the end of a property or of the message', () => {
    const odd = errorIn('content/layanan/a,b:c.md', 'baris satu\nbaris dua 100%', { line: 2 });
    expect(annotationLine(odd, local)).toBe(
      '::error file=content/layanan/a%2Cb%3Ac.md,line=2,title=Kesalahan konten::Baris satu%0Abaris dua 100%25.',
    );
  });

  it('gives paths relative to the repository root when check runs in a subfolder of it', () => {
    const place = githubPlace({ GITHUB_WORKSPACE: '/repo' }, '/repo/kabupaten');
    expect(place.repoPath('content/desa/betro.yaml')).toBe('kabupaten/content/desa/betro.yaml');
    expect(place.repoPath('../../elsewhere/x.md')).toBe('../../elsewhere/x.md');
  });

  it('lists every problem sorted by file and line, one line each', () => {
    expect(annotationLines([lama, tanpaBaris, kosong], local).map((line) => line.split('::')[1])).toEqual([
      'error file=content/kecamatan.yaml,title=Kesalahan konten',
      'warning file=content/layanan/kk.md,line=3,title=Peringatan konten',
      'error file=content/layanan/sktm.md,line=4,title=Kesalahan konten',
    ]);
  });
});

describe('job summary', () => {
  it('says the site stays as it was and lists every problem, errors first, with a link to its line', () => {
    const summary = summaryMarkdown([lama, kosong], onGithub);
    expect(summary).toContain('## Pemeriksaan konten');
    expect(summary).toContain('✗ **1 kesalahan, 1 peringatan.** Perubahan ini tidak diterbitkan');
    expect(summary).toContain('situs yang sedang tayang tetap seperti sebelumnya');
    expect(summary.split('\n').filter((line) => line.startsWith('| ') && !line.startsWith('| ---'))).toEqual([
      '| Jenis | Berkas | Baris | Masalah |',
      '| ✗ Kesalahan | [`content/layanan/sktm.md`](https://github.com/diskominfo/pelita/blob/abc123/content/layanan/sktm.md#L4) | 4 | «persyaratan» harus berisi minimal satu dokumen. |',
      '| ⚠ Peringatan | [`content/layanan/kk.md`](https://github.com/diskominfo/pelita/blob/abc123/content/layanan/kk.md#L3) | 3 | «diperbarui» terakhir diperbarui lebih dari setahun lalu. |',
    ]);
  });

  it('reports a pass with what was checked, and the warnings that did not stop it', () => {
    expect(summaryMarkdown([], local, '16 layanan, 20 desa')).toBe(
      '## Pemeriksaan konten\n\n✓ **Konten lolos pemeriksaan:** 16 layanan, 20 desa.\n',
    );
    const withWarning = summaryMarkdown([lama], local, '16 layanan, 20 desa');
    expect(withWarning).toContain('✓ **Konten lolos pemeriksaan:** 16 layanan, 20 desa, 1 peringatan.');
    expect(withWarning).toContain('| ⚠ Peringatan | `content/layanan/kk.md` | 3 |');
  });

  it('shows markup quoted in a message as text, and keeps the table one row per problem', () => {
    const html = errorIn('content/layanan/x.md', 'berisi skrip <script>; untuk tebal pakai **teks** | [a](b)\nlagi', {
      line: 9,
    });
    const row = summaryMarkdown([html], local).split('\n').at(-2);
    expect(row).toBe(
      '| ✗ Kesalahan | `content/layanan/x.md` | 9 | Berisi skrip \\<script\\>; untuk tebal pakai \\*\\*teks\\*\\* \\| \\[a\\](b) lagi. |',
    );
  });

  it('says that GitHub marks only the first ten of a kind on the lines, while the table has all', () => {
    const many = Array.from({ length: 11 }, (_, index) => errorIn('content/desa/a.yaml', 'salah', { line: index + 1 }));
    const summary = summaryMarkdown(many, local);
    expect(summary.split('\n').filter((line) => line.startsWith('| ✗'))).toHaveLength(11);
    expect(summary).toContain('GitHub hanya menandai 10 kesalahan dan 10 peringatan pertama');
    expect(summaryMarkdown(many.slice(0, 10), local)).not.toContain('GitHub hanya menandai');
  });

  it('stays within the size GitHub accepts however many problems there are, and says where the rest are', () => {
    const long = 'x'.repeat(400);
    const flood = Array.from({ length: SUMMARY_ROWS + 5 }, (_, index) =>
      errorIn(`content/layanan/l-${String(index).padStart(4, '0')}.md`, long, { line: 1 }),
    );
    const summary = summaryMarkdown(flood, onGithub);
    expect(summary.split('\n').filter((line) => line.startsWith('| ✗'))).toHaveLength(SUMMARY_ROWS);
    expect(summary).toContain('… dan 5 masalah lainnya; daftar lengkap ada di catatan (log) langkah pemeriksaan.');
    expect(Buffer.byteLength(summary)).toBeLessThan(1024 * 1024);
  });
});
