// A village's name as residents read it on posters, pages and images.
import { describe, expect, it } from 'vitest';
import { formatDesaName } from '../../src/lib/desa-name.ts';

describe('formatDesaName', () => {
  it('calls a desa "Desa …" and a kelurahan "Kelurahan …"', () => {
    expect(formatDesaName({ jenis: 'desa', nama: 'Mojorejo' })).toBe('Desa Mojorejo');
    expect(formatDesaName({ jenis: 'kelurahan', nama: 'Kranggan' })).toBe('Kelurahan Kranggan');
  });
});
