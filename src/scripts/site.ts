// Loaded on every page, after it has rendered: keeps the site on the phone for offline use, and switches
// on kiosk mode when the tablet was started at the kiosk page.
const root = document.documentElement;
const KIOSK = 'pelita:kiosk';

// The manifest link is added here, after Astro's Content-Security-Policy meta tag (which Astro writes at
// the end of <head>), so the policy governs its fetch too. Installing needs this script's service
// worker anyway, so nothing is lost without JavaScript.
if (root.dataset.manifest) {
  const manifest = document.createElement('link');
  manifest.rel = 'manifest';
  manifest.href = root.dataset.manifest;
  document.head.append(manifest);
}

if ('serviceWorker' in navigator && root.dataset.sw) {
  // Registered after load so it never competes with the page itself on a slow connection.
  const register = () => navigator.serviceWorker.register(root.dataset.sw!).catch(() => undefined);
  if (document.readyState === 'complete') register();
  else addEventListener('load', register, { once: true });
}

if (location.pathname === root.dataset.kiosk) sessionStorage.setItem(KIOSK, '1');
if (sessionStorage.getItem(KIOSK)) void import('./kiosk.ts');

// A module, so its names stay out of the page's global scope.
export {};
