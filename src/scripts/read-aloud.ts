// "Dengarkan": reads the document list aloud in Indonesian with the phone's own speech (speechSynthesis),
// for residents who struggle to read small text. The buttons stay hidden where the browser cannot speak.
const section = document.querySelector<HTMLElement>('[data-ceklis]');
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
    const items = [...section.querySelectorAll('.checklist label')].map(
      (label, index) => `${index + 1}. ${label.textContent?.replace(/\s+/g, ' ').trim()}.`,
    );
    return [`Dokumen yang harus dibawa untuk ${title}.`, ...items];
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
