// "Dengarkan": reads the document list aloud in Indonesian with the phone's own speech (speechSynthesis),
// for residents who struggle to read small text. It reads what is shown: for a service with cases the
// chosen case's list, or every case's in turn. The buttons stay hidden where the browser cannot speak.
const section = document.querySelector<HTMLElement>('[data-dokumen]');
const controls = section?.querySelector<HTMLElement>('[data-dengarkan]');
const toggle = controls?.querySelector<HTMLButtonElement>('[data-dengarkan-mulai]');
const stop = controls?.querySelector<HTMLButtonElement>('[data-dengarkan-berhenti]');

if (section && controls && toggle && stop && 'speechSynthesis' in window && 'SpeechSynthesisUtterance' in window) {
  const speech = window.speechSynthesis;
  type State = 'diam' | 'bicara' | 'jeda';
  let state: State = 'diam';
  // A cancelled reading may still report its end; only the latest reading may reset the buttons.
  let reading = 0;
  const show = (next: State) => {
    state = next;
    toggle.textContent = next === 'diam' ? 'Dengarkan' : next === 'bicara' ? 'Jeda' : 'Lanjutkan';
    stop.hidden = next === 'diam';
  };

  /** One sentence per document: short utterances, which some Android voices need to keep going. */
  const sentences = () => {
    const title = document.querySelector('h1')?.textContent?.trim() ?? '';
    const lines = [`Dokumen yang harus dibawa untuk ${title}.`];
    let number = 0;
    // Hidden cases have no boxes; the case heading and its note are read with the list they belong to.
    for (const el of section.querySelectorAll('[data-kasus] > h3, .checklist label, [data-kasus] .catatan')) {
      if (el.getClientRects().length === 0) continue;
      const text = el.textContent?.replace(/\s+/g, ' ').trim() ?? '';
      if (el.matches('h3')) {
        number = 0;
        lines.push(`Untuk keperluan: ${text}.`);
      } else if (el.matches('label')) lines.push(`${++number}. ${text}.`);
      else lines.push(text);
    }
    return lines;
  };

  const indonesianVoice = () =>
    speech.getVoices().find((voice) => voice.lang.replace('_', '-').toLowerCase().startsWith('id'));

  toggle.addEventListener('click', () => {
    if (state === 'bicara') {
      speech.pause();
      show('jeda');
    } else if (state === 'jeda') {
      speech.resume();
      show('bicara');
    } else {
      speech.cancel();
      const run = ++reading;
      const voice = indonesianVoice();
      const lines = sentences();
      lines.forEach((line, index) => {
        const utterance = new SpeechSynthesisUtterance(line);
        utterance.lang = 'id-ID';
        if (voice) utterance.voice = voice;
        utterance.rate = 0.9;
        if (index === lines.length - 1) utterance.addEventListener('end', () => run === reading && show('diam'));
        speech.speak(utterance);
      });
      show('bicara');
    }
  });
  stop.addEventListener('click', () => {
    reading++;
    speech.cancel();
    show('diam');
  });
  addEventListener('pagehide', () => speech.cancel());
  controls.hidden = false;
}

// A module, so its names stay out of the page's global scope.
export {};
