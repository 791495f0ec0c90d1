// "Salin tautan": copies the page's address and says so where everyone (and screen readers) can see it.
for (const button of document.querySelectorAll<HTMLButtonElement>('[data-salin]')) {
  if (!navigator.clipboard) continue;
  const status = button.parentElement?.querySelector<HTMLElement>('[data-salin-status]');
  button.hidden = false;
  button.addEventListener('click', async () => {
    try {
      await navigator.clipboard.writeText(button.dataset.salin ?? location.href);
      if (status) status.textContent = 'Tautan sudah disalin.';
    } catch {
      if (status) status.textContent = 'Tautan tidak bisa disalin; salin dari kolom alamat peramban.';
    }
  });
}

// A module, so its names stay out of the page's global scope.
export {};
