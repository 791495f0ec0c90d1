// Share buttons: navigator.share opens the phone's share sheet (WhatsApp is in it); without it, the
// WhatsApp link stays and "Salin tautan" copies the address. Every outcome is said in the status line.
for (const box of document.querySelectorAll<HTMLElement>('[data-bagikan]')) {
  const url = box.dataset.bagikan ?? location.href;
  const status = box.querySelector<HTMLElement>('[data-bagikan-status]');
  const say = (text: string) => {
    if (status) status.textContent = text;
  };
  const native = box.querySelector<HTMLButtonElement>('[data-bagikan-native]');
  const copy = box.querySelector<HTMLButtonElement>('[data-salin]');

  if (typeof navigator.share === 'function' && native) {
    native.hidden = false;
    box.querySelector<HTMLElement>('[data-bagikan-whatsapp]')?.setAttribute('hidden', '');
    native.addEventListener('click', async () => {
      try {
        await navigator.share({ title: box.dataset.judul ?? document.title, text: box.dataset.teks ?? '', url });
        say('Terima kasih, halaman sudah dibagikan.');
      } catch (error) {
        // AbortError: the resident closed the share sheet; nothing to report.
        if ((error as Error).name !== 'AbortError')
          say('Tidak bisa membagikan. Salin alamat dari kolom alamat peramban.');
      }
    });
  } else if (navigator.clipboard && copy) {
    copy.hidden = false;
    copy.addEventListener('click', async () => {
      try {
        await navigator.clipboard.writeText(url);
        say('Tautan sudah disalin. Tempelkan di WhatsApp atau SMS.');
      } catch {
        say('Tautan tidak bisa disalin; salin dari kolom alamat peramban.');
      }
    });
  }
}

// A module, so its names stay out of the page's global scope.
export {};
