// Filters the service list as the resident types. Without JavaScript the box stays hidden and the full
// list is shown, so nothing depends on this script.
const box = document.querySelector<HTMLElement>('[data-saring]');
const input = box?.querySelector<HTMLInputElement>('input');
const status = box?.querySelector<HTMLElement>('[data-saring-status]');

if (box && input) {
  box.hidden = false;
  const items = [...document.querySelectorAll<HTMLElement>('[data-cari]')];
  input.addEventListener('input', () => {
    const words = input.value.toLocaleLowerCase('id').split(/\s+/).filter(Boolean);
    let shown = 0;
    for (const item of items) {
      const match = words.every((word) => (item.dataset.cari ?? '').includes(word));
      item.hidden = !match;
      if (match) shown++;
    }
    for (const group of document.querySelectorAll<HTMLElement>('[data-kelompok]')) {
      group.hidden = !group.querySelector('[data-cari]:not([hidden])');
    }
    if (status)
      status.textContent =
        words.length === 0
          ? ''
          : shown === 0
            ? 'Tidak ada layanan yang cocok. Coba kata lain.'
            : `${shown} layanan cocok.`;
  });
}

// A module, so its names stay out of the page's global scope.
export {};
