// Kiosk mode for a shared tablet, loaded by site.ts only once the tab was started at the kiosk page:
// large touch targets (CSS under html.kiosk), no way to leave the site, and after 90 seconds without a
// touch a visible 15-second countdown, then back to the start with the previous resident's ticks cleared.
const IDLE_MS = 90_000;
const WARN_MS = 15_000;
const root = document.documentElement;
const start = root.dataset.kiosk ?? '/';

root.classList.add('kiosk');

// Links that leave the site (WhatsApp, phone, email, other sites) and downloads become plain text, so
// what they say stays readable but a touch cannot strand the tablet somewhere else.
for (const link of document.querySelectorAll<HTMLAnchorElement>('a[href]')) {
  const url = new URL(link.href);
  if (url.origin === location.origin && !url.pathname.endsWith('.pdf')) continue;
  const text = document.createElement('span');
  text.textContent = link.textContent;
  link.replaceWith(text);
}

const bar = document.querySelector('header.site .bar');
if (bar && location.pathname !== start) {
  const home = document.createElement('a');
  home.href = start;
  home.className = 'button kiosk-awal';
  home.textContent = 'Kembali ke awal';
  bar.append(home);
}

const warning = document.createElement('div');
warning.className = 'kiosk-peringatan';
warning.hidden = true;
warning.setAttribute('role', 'alert');
const message = document.createElement('p');
const stay = document.createElement('button');
stay.type = 'button';
stay.textContent = 'Saya masih di sini';
warning.append(message, stay);
document.body.append(warning);

let idleTimer = 0;
let tickTimer = 0;

function restart(): void {
  clearTimeout(idleTimer);
  clearInterval(tickTimer);
  warning.hidden = true;
  idleTimer = window.setTimeout(countDown, IDLE_MS - WARN_MS);
}

function countDown(): void {
  let left = WARN_MS / 1000;
  const show = () => (message.textContent = `Tidak ada sentuhan. Kembali ke awal dalam ${left} detik.`);
  show();
  warning.hidden = false;
  tickTimer = window.setInterval(() => {
    left -= 1;
    if (left > 0) show();
    else backToStart();
  }, 1000);
}

function backToStart(): void {
  clearInterval(tickTimer);
  // Every key the site keeps: each list's ticks (one per case of a service) and each service's chosen case.
  for (const key of Object.keys(localStorage)) if (key.startsWith('pelita:')) localStorage.removeItem(key);
  location.assign(start);
}

for (const type of ['pointerdown', 'keydown', 'scroll', 'input'] as const) {
  addEventListener(type, restart, { passive: true, capture: true });
}
restart();

export {};
