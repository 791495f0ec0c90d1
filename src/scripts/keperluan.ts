// "Apa keperluan Anda?": shows the radio buttons and then only the chosen case's list. The choice is kept
// on this device and in the address (/l/<slug>/#<case>), so a shared link opens the same case. Loaded only
// on pages of services with cases.
const KEY_PREFIX = 'pelita:keperluan:';

for (const chooser of document.querySelectorAll<HTMLElement>('[data-keperluan]')) {
  const key = KEY_PREFIX + chooser.dataset.keperluan;
  const radios = [...chooser.querySelectorAll<HTMLInputElement>('input[type=radio]')];
  const cases = new Set([...chooser.querySelectorAll<HTMLElement>('[data-kasus]')].map((el) => el.dataset.kasus));
  const fromHash = () => decodeURIComponent(location.hash.slice(1));

  /** Shows one case ('' shows them all) and keeps the choice; the address follows without a new history entry. */
  const choose = (id: string) => {
    for (const block of chooser.querySelectorAll<HTMLElement>('[data-kasus]')) {
      block.classList.toggle('terpilih', block.dataset.kasus === id);
    }
    chooser.classList.toggle('ada-pilihan', id !== '');
    // With no choice nothing is preselected; "Tampilkan semua" is checked only when picked.
    for (const radio of radios) radio.checked = radio.value === id && (id !== '' || radio.checked);
    try {
      if (id) localStorage.setItem(key, id);
      else localStorage.removeItem(key);
    } catch {
      // Storage can be full or disabled (private mode); the choice still works for this visit.
    }
    const hash = fromHash();
    if (hash !== id && (hash === '' || cases.has(hash))) {
      history.replaceState(history.state, '', id ? `#${id}` : location.pathname + location.search);
    }
  };

  chooser.addEventListener('change', (event) => {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.type === 'radio') choose(target.value);
  });
  // A link to another case on this same page; other fragments (#isi, the skip link) leave the choice alone.
  addEventListener('hashchange', () => {
    if (cases.has(fromHash())) choose(fromHash());
  });

  chooser.classList.add('memilih');
  const saved = readSaved(key);
  const linked = cases.has(fromHash());
  choose(linked ? fromHash() : saved && cases.has(saved) ? saved : '');
  // The browser scrolled to the case's heading while every case still showed; the lists above it are gone
  // now. A reload or "back" keeps the resident's own scroll position instead.
  const navigation = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming | undefined;
  if (linked && (navigation?.type ?? 'navigate') === 'navigate') document.getElementById(fromHash())?.scrollIntoView();
}

function readSaved(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

// A module, so its names stay out of the page's global scope.
export {};
