// Filters the service list as the resident types, forgiving typos and missing diacritics, with the
// index the build wrote into each item (data-cari). Without JavaScript the box is not shown (CSS
// `scripting: none`) and the full list stays, so nothing depends on this script.
import { search } from '../lib/search/match.ts';

const box = document.querySelector<HTMLElement>('[data-saring]');
const input = box?.querySelector<HTMLInputElement>('input');
const status = box?.querySelector<HTMLElement>('[data-saring-status]');

if (box && input) {
  const items = [...document.querySelectorAll<HTMLElement>('[data-cari]')].map((element) => ({
    element,
    terms: (element.dataset.cari ?? '').split(' '),
  }));
  const update = () => {
    const query = input.value.trim();
    const found = new Set(search(items, query).found);
    for (const item of items) item.element.hidden = !found.has(item);
    for (const group of document.querySelectorAll<HTMLElement>('[data-kelompok]')) {
      group.hidden = !group.querySelector('[data-cari]:not([hidden])');
    }
    if (status)
      status.textContent =
        query === ''
          ? ''
          : found.size === 0
            ? 'Tidak ada layanan yang cocok. Coba kata lain, atau lihat daftar lengkap dengan mengosongkan kotak ini.'
            : `${found.size} layanan cocok.`;
  };
  input.addEventListener('input', update);
  // The browser may restore a typed query when the resident comes back to this page.
  if (input.value) update();
}

// A module, so its names stay out of the page's global scope.
export {};
