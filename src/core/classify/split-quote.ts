// WeChat's quoted-reply copy format: 「昵称：quoted text」\n- - - - - - -\nreply.
// The classifier judges the reply only; the quote may still name the building.

export interface SplitMessage {
  /** The quoted text without the nickname, or null when the message quotes nothing. */
  quote: string | null;
  /** What the sender wrote (the whole text when there is no quote). */
  reply: string;
  /** The nickname the quote names (its author, as shown in the group), or null. */
  author: string | null;
}

const QUOTE = /^\s*「([^」]*)」\s*\n\s*-(?:[ \t]*-){2,}[ \t]*(?:\n|$)/;

/** Split a message into the quoted part and the new reply. */
export function splitQuote(text: string): SplitMessage {
  if (!text.includes('「')) return { quote: null, reply: text, author: null };
  const m = QUOTE.exec(text);
  if (!m) return { quote: null, reply: text, author: null };
  const inner = m[1]!;
  const colon = inner.search(/[：:]/);
  const named = colon >= 0 && colon <= 20;
  const quote = named ? inner.slice(colon + 1) : inner;
  const author = named ? inner.slice(0, colon).trim() || null : null;
  return { quote, reply: text.slice(m[0].length), author };
}
