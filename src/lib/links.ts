// Links that open the resident's own apps: a WhatsApp chat (wa.me) and a phone call (tel:). Built here
// only, so the footer, the complaint list, the share buttons and "report a mistake" agree on the format.

/**
 * https://wa.me/<number>?text=<message>, the message percent-encoded as wa.me requires. Without a number
 * WhatsApp asks whom to send it to (sharing a page); without a text it opens an empty chat.
 */
export function whatsappLink(number?: string, text?: string): string {
  const chat = `https://wa.me/${number ?? ''}`;
  return text === undefined ? chat : `${chat}?text=${encodeURIComponent(text)}`;
}

/** tel: with the digits and a leading + only, as dialers expect: "(0321) 123-456" → tel:0321123456. */
export function telLink(telepon: string): string {
  return `tel:${telepon.replace(/[^\d+]/g, '')}`;
}
