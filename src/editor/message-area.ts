// Shows why a save was refused, in Bahasa Indonesia, on screen: Sveltia shows only a generic English
// error for a refused save. A modal dialog sits above the editor's own layers, takes the focus so a
// screen reader reads it at once, and gives the focus back when closed.
const ID = 'pelita-pesan';

export function showProblems(problems: readonly string[]): void {
  const dialog = messageDialog();
  const list = dialog.querySelector('ul')!;
  list.replaceChildren(
    ...problems.map((problem) => {
      const item = document.createElement('li');
      item.textContent = problem;
      return item;
    }),
  );
  if (!dialog.open) dialog.showModal();
  keepOnTop(dialog);
}

/**
 * Sveltia opens its own generic error dialog just after a refused save; a dialog opened later covers
 * earlier ones. For a moment after the refusal, ours is opened again above any dialog that appears, so
 * the message that says what to fix is the one staff see first.
 */
function keepOnTop(dialog: HTMLDialogElement): void {
  const observer = new MutationObserver(() => {
    const other = [...document.querySelectorAll('dialog[open]')].some((item) => item !== dialog);
    if (!other || !dialog.open) return;
    observer.disconnect();
    dialog.close();
    dialog.showModal();
  });
  observer.observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['open'] });
  setTimeout(() => observer.disconnect(), 3000);
}

export function hideProblems(): void {
  const dialog = document.getElementById(ID) as HTMLDialogElement | null;
  if (dialog?.open) dialog.close();
}

function messageDialog(): HTMLDialogElement {
  const existing = document.getElementById(ID);
  if (existing) return existing as HTMLDialogElement;
  const dialog = document.createElement('dialog');
  dialog.id = ID;
  dialog.setAttribute('role', 'alertdialog');
  dialog.setAttribute('aria-labelledby', `${ID}-judul`);
  dialog.setAttribute('aria-describedby', `${ID}-isi`);
  dialog.innerHTML = `
    <h2 id="${ID}-judul">Belum disimpan: ada yang perlu diperbaiki</h2>
    <div id="${ID}-isi">
      <p>Perubahan Anda masih ada di formulir. Perbaiki isian berikut, lalu simpan lagi:</p>
      <ul></ul>
      <p>Pesan editor dalam bahasa Inggris "There was an error while saving the entry" berarti hal yang sama: klik OK untuk menutupnya.</p>
    </div>
    <form method="dialog"><button type="submit">Tutup dan perbaiki</button></form>`;
  document.body.append(dialog);
  return dialog;
}
