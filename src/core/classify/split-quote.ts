// WeChat's quoted-reply copy format: 「昵称：quoted text」\n- - - - - - -\nreply.
// The classifier judges the reply only; the quote may still name the building.

export interface SplitMessage {
  /** The quoted text without the nickname, or null when the message quotes nothing. */
  quote: string | null;
  /** What the sender wrote (the whole text when there is no quote). */
  reply: string;
}

const QUOTE = /^\s*「([^」]*)」\s*\n\s*-(?:[ \t]*-){2,}[ \t]*(?:\n|$)/;

/** Split a message into the quoted part and the new reply. */
export function splitQuote(text: string): SplitMessage {
  if (!text.includes('「')) return { quote: null, reply: text };
  const m = QUOTE.exec(text);
  if (!m) return { quote: null, reply: text };
  const inner = m[1]!;
  const colon = inner.search(/[：:]/);
  const quote = colon >= 0 && colon <= 20 ? inner.slice(colon + 1) : inner;
  return { quote, reply: text.slice(m[0].length) };
}
