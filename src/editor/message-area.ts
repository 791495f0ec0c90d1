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
    </div>
    <form method="dialog"><button type="submit">Tutup dan perbaiki</button></form>`;
  document.body.append(dialog);
  return dialog;
}
