// The staff page's review facts: overdue after more than twelve months, waiting for confirmation, and
// what needs attention first.
import { describe, expect, it } from 'vitest';
import { checkLayananSet } from '../../src/lib/content/cross-checks.ts';
import { isOverdue, reviewRows, reviewSummary, yearBefore, type ReviewService } from '../../src/lib/staf/review.ts';
import type { Layanan } from '../../src/schema/index.ts';

const TODAY = '2026-12-01';
const service = (slug: string, diperbarui: string, perlu_konfirmasi = false): ReviewService => ({
  slug,
  judul: slug.toUpperCase(),
  diperbarui,
  perlu_konfirmasi,
});

describe('masa tinjauan', () => {
  it('is overdue only after more than twelve months: exactly twelve months is still due, not late', () => {
    expect(isOverdue('2025-12-01', TODAY)).toBe(false);
    expect(isOverdue('2025-11-30', TODAY)).toBe(true);
    expect(isOverdue('2025-12-02', TODAY)).toBe(false);
    expect(isOverdue(TODAY, TODAY)).toBe(false);
  });

  it('counts twelve months from 29 February as the 28th is late and 1 March is not', () => {
    expect(yearBefore('2028-02-29')).toBe('2027-02-29');
    expect(isOverdue('2027-02-28', '2028-02-29')).toBe(true);
    expect(isOverdue('2027-03-01', '2028-02-29')).toBe(false);
  });

  it('agrees with the year-old warning of npm run check on both sides of the boundary', () => {
    const dates = ['2025-11-30', '2025-12-01', '2025-12-02'];
    const located = dates.map((diperbarui) => ({
      entry: { ...service(diperbarui, diperbarui), poster: true } as unknown as Layanan,
      file: `layanan/${diperbarui}.md`,
    }));
    const warned = checkLayananSet(located, TODAY).map((problem) => problem.file);
    expect(warned).toEqual(dates.filter((date) => isOverdue(date, TODAY)).map((date) => `layanan/${date}.md`));
    expect(warned).toEqual(['layanan/2025-11-30.md']);
  });
});

describe('urutan tinjauan', () => {
  const layanan = [
    service('beres', '2026-06-01'),
    service('konfirmasi-baru', '2026-11-20', true),
    service('lewat', '2025-01-10'),
    service('konfirmasi-lama', '2026-01-05', true),
    service('lewat-dan-konfirmasi', '2025-06-01', true),
    service('lewat-lama', '2024-03-01'),
  ];

  it('puts overdue and unconfirmed first, then overdue, then unconfirmed, the longest unchecked first', () => {
    expect(reviewRows(layanan, TODAY).map((row) => row.layanan.slug)).toEqual([
      'lewat-dan-konfirmasi',
      'lewat-lama',
      'lewat',
      'konfirmasi-lama',
      'konfirmasi-baru',
      'beres',
    ]);
  });

  it('marks each service overdue and unconfirmed as its file says', () => {
    const rows = new Map(reviewRows(layanan, TODAY).map((row) => [row.layanan.slug, row]));
    expect(rows.get('lewat-dan-konfirmasi')).toMatchObject({ overdue: true, perluKonfirmasi: true });
    expect(rows.get('lewat')).toMatchObject({ overdue: true, perluKonfirmasi: false });
    expect(rows.get('konfirmasi-lama')).toMatchObject({ overdue: false, perluKonfirmasi: true });
    expect(rows.get('beres')).toMatchObject({ overdue: false, perluKonfirmasi: false });
  });

  it('orders services checked on the same day by title', () => {
    const sameDay = [service('sktm', '2026-11-20'), service('akta', '2026-11-20'), service('kk', '2026-11-20')];
    expect(reviewRows(sameDay, TODAY).map((row) => row.layanan.slug)).toEqual(['akta', 'kk', 'sktm']);
  });

  it('counts what needs attention and what is in order', () => {
    expect(reviewSummary(reviewRows(layanan, TODAY))).toEqual({
      total: 6,
      overdue: 3,
      perluKonfirmasi: 3,
      inOrder: 1,
    });
  });

  it('leaves the list it was given in its order', () => {
    const before = layanan.map((item) => item.slug);
    reviewRows(layanan, TODAY);
    expect(layanan.map((item) => item.slug)).toEqual(before);
  });
});
