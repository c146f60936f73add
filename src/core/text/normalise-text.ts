// The one normaliser for text and names that come in from WeChat (adapter edge and sim), so
// that what is stored, what is looked up and what is parsed agree.

/** Zero-width and invisible formatting characters people paste or WeChat inserts. */
const INVISIBLE = /[\u00AD\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/g;
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point here.
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;

/** Replaces lone surrogates (ill-formed UTF-16) with U+FFFD, as String#toWellFormed does. */
export function toWellFormed(text: string): string {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
}

/** Full-width digits ０-９ → ASCII 0-9 (for parsing numbers; stored text keeps what was typed). */
export function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}

/** A message's text: well-formed UTF-16, NFC, without zero-width or control characters. */
export function normaliseText(text: string): string {
  return toWellFormed(text).normalize('NFC').replace(INVISIBLE, '').replace(CONTROL, '');
}

/** A display name or remark: normalised text without broken characters, one line, spaces collapsed. */
export function normaliseName(name: string): string {
  return normaliseText(name)
    .replace(/\uFFFD/g, '')
    .replace(/[\s\u3000]+/g, ' ')
    .trim();
}

/** Shown (and stored) for a sender whose name is blank, invisible or only odd characters. */
const FALLBACK_NAME = '居民';

/**
 * The normalised name when it has something to show — a letter, digit, ideograph or symbol
 * (an emoji-only nickname is common and fine) — otherwise the fallback.
 */
export function nameOrFallback(name: string, fallback: string = FALLBACK_NAME): string {
  const n = normaliseName(name);
  return /[\p{L}\p{N}\p{S}]/u.test(n) ? n : fallback;
}
