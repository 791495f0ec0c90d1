// The links that open WhatsApp and the phone's dialer, as residents tap them.
import { describe, expect, it } from 'vitest';
import { telLink, whatsappLink } from '../../src/lib/links.ts';

describe('whatsappLink', () => {
  it('opens a chat with the kecamatan number', () => {
    expect(whatsappLink('6281234567890')).toBe('https://wa.me/6281234567890');
  });

  it('writes the message already, percent-encoded, quotes, line breaks and all', () => {
    expect(whatsappLink('6281234567890', 'Layanan "SKTM" & KK?\nhttps://x.id/l/sktm/')).toBe(
      'https://wa.me/6281234567890?text=Layanan%20%22SKTM%22%20%26%20KK%3F%0Ahttps%3A%2F%2Fx.id%2Fl%2Fsktm%2F',
    );
  });

  it('lets the resident choose whom to send to when no number is given (sharing a page)', () => {
    expect(whatsappLink(undefined, 'Persyaratan SKTM')).toBe('https://wa.me/?text=Persyaratan%20SKTM');
  });
});

describe('telLink', () => {
  it('keeps only digits and a leading +, as dialers expect', () => {
    expect(telLink('(0321) 123-456 (contoh)')).toBe('tel:0321123456');
    expect(telLink('+62 321 123 456')).toBe('tel:+62321123456');
  });
});
