// A village's name as residents read it on posters, pages and images.
import { describe, expect, it } from 'vitest';
import { namaDesa } from '../../src/lib/desa-nama.ts';

describe('namaDesa', () => {
  it('calls a desa "Desa …" and a kelurahan "Kelurahan …"', () => {
    expect(namaDesa({ jenis: 'desa', nama: 'Mojorejo' })).toBe('Desa Mojorejo');
    expect(namaDesa({ jenis: 'kelurahan', nama: 'Kranggan' })).toBe('Kelurahan Kranggan');
  });
});
