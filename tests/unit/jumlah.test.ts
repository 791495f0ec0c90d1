// How many of a document to bring, as residents read it on the site, on the sheet and in open data.
import { describe, expect, it } from 'vitest';
import { dokumenApi } from '../../src/lib/api/dokumen-api.ts';
import { jumlahOnChecklist, jumlahText } from '../../src/lib/jumlah.ts';
import { layananSchema } from '../../src/schema/index.ts';

const dokumenOf = (item: unknown) => layananSchema.shape.persyaratan.parse([item])[0]!;

describe('jumlah', () => {
  it('reads a count in sheets and shows staff words as written', () => {
    expect(jumlahText(2)).toBe('2 lembar');
    expect(jumlahText('1 asli dan 1 fotokopi')).toBe('1 asli dan 1 fotokopi');
    expect(jumlahText(undefined)).toBeUndefined();
  });

  it('leaves a single copy off the site checklist, but never words', () => {
    expect(jumlahOnChecklist(1)).toBeUndefined();
    expect(jumlahOnChecklist(3)).toBe('3 lembar');
    expect(jumlahOnChecklist('1 lembar asli')).toBe('1 lembar asli');
  });

  it('takes digits in quotes as the count, and words as words', () => {
    expect(dokumenOf({ dokumen: 'KTP', jumlah: '2' }).jumlah).toBe(2);
    expect(dokumenOf({ dokumen: 'KTP', jumlah: ' 2 lembar ' }).jumlah).toBe('2 lembar');
    expect(dokumenOf({ dokumen: 'KTP', jumlah: null, keterangan: '', opsional: null })).toStrictEqual({
      dokumen: 'KTP',
      opsional: false,
    });
  });

  it('publishes a count as jumlah and jumlah_teks, and words as jumlah_teks only', () => {
    expect(dokumenApi({ dokumen: 'KTP', jumlah: 2, opsional: false })).toEqual({
      dokumen: 'KTP',
      jumlah: 2,
      jumlah_teks: '2 lembar',
      opsional: false,
    });
    expect(dokumenApi({ dokumen: 'KTP', jumlah: '1 asli dan 1 fotokopi', opsional: false })).toEqual({
      dokumen: 'KTP',
      jumlah_teks: '1 asli dan 1 fotokopi',
      opsional: false,
    });
    expect(dokumenApi({ dokumen: 'KTP', opsional: true })).toEqual({ dokumen: 'KTP', opsional: true });
  });
});
