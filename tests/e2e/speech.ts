// A stand-in for the phone's speech (speechSynthesis) that records what "Dengarkan" would say.
import type { Page } from 'playwright-core';

export interface Spoken {
  text: string;
  lang: string;
  voice: string | undefined;
}

/** Replaces speechSynthesis before the page's scripts run; it offers an English and an Indonesian voice. */
export async function stubSpeech(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const spoken: { text: string; lang: string; voice: string | undefined }[] = [];
    const fake = {
      speak: (u: SpeechSynthesisUtterance) => spoken.push({ text: u.text, lang: u.lang, voice: u.voice?.name }),
      cancel: () => undefined,
      pause: () => undefined,
      resume: () => undefined,
      getVoices: () => [
        { name: 'English', lang: 'en-US' },
        { name: 'Bahasa Indonesia', lang: 'id_ID' },
      ],
    };
    // A real utterance accepts only a real voice, so the utterance is replaced too.
    class FakeUtterance extends EventTarget {
      lang = '';
      voice: { name: string } | null = null;
      rate = 1;
      text: string;
      constructor(text: string) {
        super();
        this.text = text;
      }
    }
    Object.defineProperty(window, 'speechSynthesis', { value: fake });
    Object.defineProperty(window, 'SpeechSynthesisUtterance', { value: FakeUtterance });
    Object.assign(window, { spoken });
  });
}

/** Everything said since the page loaded, in order. */
export async function spokenSoFar(page: Page): Promise<Spoken[]> {
  return page.evaluate(() => (window as unknown as { spoken: Spoken[] }).spoken);
}
