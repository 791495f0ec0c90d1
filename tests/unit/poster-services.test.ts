import { describe, expect, it } from 'vitest';
import { MAX_POSTER_SERVICES, selectPosterServices } from '../../posters/poster-services.ts';

const services = (count: number, hidden: number[] = []) =>
  Array.from({ length: count }, (_, index) => ({ judul: `Layanan ${index + 1}`, poster: !hidden.includes(index) }));

describe('selectPosterServices', () => {
  it('leaves off the poster the services staff marked poster: false', () => {
    const { shown, overflow } = selectPosterServices(services(5, [1, 3]));
    expect(shown.map((item) => item.judul)).toEqual(['Layanan 1', 'Layanan 3', 'Layanan 5']);
    expect(overflow).toEqual([]);
  });

  it('keeps a poster to a notice board’s worth of codes and names the services that did not fit', () => {
    const { shown, overflow } = selectPosterServices(services(MAX_POSTER_SERVICES + 3));
    expect(shown).toHaveLength(MAX_POSTER_SERVICES);
    expect(overflow.map((item) => item.judul)).toEqual(['Layanan 25', 'Layanan 26', 'Layanan 27']);
  });
});
