// Ticket numbers and scores as people type them. Whole numbers only: a sign, a second number
// glued on or too many digits make the command malformed (the sender gets the usage), rather
// than quietly reading part of what was typed.
import { toAsciiDigits } from '../text/normalise-text.js';

/** Ticket numbers are per-community counters; anything longer is a typo. */
const MAX_TICKET_NUMBER = 999_999_999;

const SEPARATORS = /^[\s:：,，、.。-]+/;
/** After a number: a dash before a digit is a sign and "->" is an arrow, so neither is dropped. */
const REST_SEPARATORS = /^(?:[\s:：,，、.。]|-(?![\d>]))+/;
const NEGATIVE = /^[\s:：,，、]*[-－−﹣]\s*[0-9０-９]/;
const NUMBER = /^(?:第\s*)?#?\s*(\d+)(?!\d)\s*号?(?:工单|单)?/;

/** Reads a ticket number at the start of `text`; returns it normalised and the trimmed rest. */
export function takeNumber(text: string): { number: string; rest: string } | null {
  const ascii = toAsciiDigits(text);
  if (NEGATIVE.test(ascii)) return null;
  const t = ascii.replace(SEPARATORS, '');
  const m = NUMBER.exec(t);
  if (!m) return null;
  const n = Number(m[1]);
  if (!Number.isSafeInteger(n) || n < 1 || n > MAX_TICKET_NUMBER) return null;
  return { number: String(n), rest: t.slice(m[0].length).replace(REST_SEPARATORS, '').trim() };
}

const WORD_RATINGS: Record<string, 1 | 2 | 3 | 4 | 5> = {
  非常满意: 5,
  满意: 5,
  基本满意: 4,
  比较满意: 4,
  一般: 3,
  不太满意: 2,
  不满意: 1,
  很不满意: 1,
  非常不满意: 1,
};
const WORDS_LONGEST_FIRST = Object.keys(WORD_RATINGS).sort((a, b) => b.length - a.length);

/** A score 1-5 as a whole number ("4", "5分", "５星") or a word (满意); anything else is null. */
export function parseRating(text: string): 1 | 2 | 3 | 4 | 5 | null {
  const t = toAsciiDigits(text).trim();
  const digits = /^(\d+)(?![\d.．])\s*(?:分|星)?/.exec(t);
  if (digits) {
    const n = Number(digits[1]);
    return n >= 1 && n <= 5 ? (n as 1 | 2 | 3 | 4 | 5) : null;
  }
  const word = WORDS_LONGEST_FIRST.find((w) => t.startsWith(w));
  return word ? WORD_RATINGS[word]! : null;
}

/** "@赵师傅", "赵师傅" → "赵师傅" (one name; the rest is ignored). */
export function takePerson(text: string): string | null {
  const m = /^@?([^\s\u2005@]+)/.exec(text.trim());
  return m ? m[1]! : null;
}

/** The text after a leading separator (":", "，" …), trimmed. */
export function stripSeparators(text: string): string {
  return text.replace(SEPARATORS, '').trim();
}
