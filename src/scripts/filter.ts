// Filters the service list as the resident types, forgiving typos and missing diacritics, with the
// index the build wrote into each item (data-cari). Without JavaScript the box is not shown (CSS
// `scripting: none`) and the full list stays, so nothing depends on this script. When the query names a
// case of a found service ("pisah kk"), the ready link to that case from LayananSearch's <template> is
// shown under the service.
import { search } from '../lib/search/match.ts';
import { matchKeperluan, titleTerms } from '../lib/search/keperluan-match.ts';

const box = document.querySelector<HTMLElement>('[data-saring]');
const input = box?.querySelector<HTMLInputElement>('input');
const status = box?.querySelector<HTMLElement>('[data-saring-status]');

/** The case links of each service with cases, by the href of the service's page. */
const casesByHref = new Map(
  [...document.querySelectorAll<HTMLTemplateElement>('template[data-keperluan-untuk]')].map((template) => [
    template.dataset.keperluanUntuk,
    {
      synonyms: template.dataset.judulSinonim ?? '',
      cases: [...template.content.querySelectorAll<HTMLAnchorElement>('a')].map((link) => ({
        link,
        terms: titleTerms(link.textContent ?? '', link.dataset.sinonim ?? ''),
      })),
    },
  ]),
);

/** Shows, under a found service, the cases the query names, or nothing. */
function showCases(element: HTMLElement, query: string | undefined): void {
  element.querySelector('[data-keperluan-cocok]')?.remove();
  const service = element.querySelector('a');
  const entry = casesByHref.get(service?.getAttribute('href') ?? undefined);
  const judul = titleTerms(service?.textContent ?? '', entry?.synonyms ?? '');
  const found = entry && query ? matchKeperluan(judul, entry.cases, query) : [];
  if (found.length === 0) return;
  const line = document.createElement('p');
  line.dataset.keperluanCocok = '';
  line.append('Langsung ke: ');
  found.forEach(({ link }, index) => line.append(...(index ? ['; '] : []), link.cloneNode(true)));
  element.append(line);
}

if (box && input) {
  const items = [...document.querySelectorAll<HTMLElement>('[data-cari]')].map((element) => ({
    element,
    terms: (element.dataset.cari ?? '').split(' '),
  }));
  const update = () => {
    const query = input.value.trim();
    const found = new Set(search(items, query).found);
    for (const item of items) {
      item.element.hidden = !found.has(item);
      showCases(item.element, found.has(item) ? query : undefined);
    }
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
