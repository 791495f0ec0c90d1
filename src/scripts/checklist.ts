// Remembers which documents a resident has ticked, on this device only (localStorage, never a server),
// and counts the ones that are ready: "3 dari 7 dokumen siap". Each list has its own key (the service,
// and for a service with cases the case too), so every case keeps its own ticks.
const KEY_PREFIX = 'pelita:ceklis:';

for (const section of document.querySelectorAll<HTMLElement>('[data-ceklis]')) {
  const key = KEY_PREFIX + section.dataset.ceklis;
  const boxes = [...section.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
  const counter = section.querySelector<HTMLElement>('[data-hitung]');
  const ready = section.querySelector<HTMLElement>('[data-siap]');
  const complete = section.querySelector<HTMLElement>('[data-lengkap]');
  const counted = boxes.filter((box) => 'dihitung' in box.dataset);

  const saved = new Set<string>(readSaved(key));
  for (const box of boxes) box.checked = saved.has(box.value);

  const update = () => {
    const ticked = boxes.filter((box) => box.checked).map((box) => box.value);
    try {
      localStorage.setItem(key, JSON.stringify(ticked));
    } catch {
      // Storage can be full or disabled (private mode); ticking still works for this visit.
    }
    const readyCount = counted.filter((box) => box.checked).length;
    if (ready) ready.textContent = String(readyCount);
    if (complete) complete.hidden = readyCount < counted.length;
  };

  section.addEventListener('change', update);
  section.querySelector('[data-mulai-ulang]')?.addEventListener('click', () => {
    for (const box of boxes) box.checked = false;
    update();
  });
  for (const hidden of section.querySelectorAll<HTMLElement>('[data-hanya-js]')) hidden.hidden = false;
  if (counter) counter.hidden = false;
  update();
}

function readSaved(key: string): string[] {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(key) ?? '[]');
    return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  } catch {
    return [];
  }
}

// A module, so its names stay out of the page's global scope.
export {};
