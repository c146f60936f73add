// Phone and ID numbers must never be echoed into a group: anything the bot repeats from a
// resident or worker (notes, reasons, report excerpts, staff alerts, the ledger, the dashboard)
// goes through maskSensitive first — this one function, nowhere a second copy.
//
// People write numbers in many ways: full-width digits (１３８…), groups split by spaces, dots,
// dashes or invisible characters (138 1234 5678, 138.1234.5678, 138\u200B1234…), ID numbers
// with spaces, old 15-digit IDs. The text is scanned for runs of digit groups joined by such
// separators; within a run, the longest span of whole groups that spells a mobile or ID number
// is masked.

/** Between two digit groups of one number: spaces, dots, dashes, invisible characters (at most 3). */
const SEPARATOR = /[\s.\-_·•\u200B-\u200D\u2060\uFEFF－．。—–]/u;
const MAX_SEPARATORS = 3;

const MOBILE = /^(?:86)?1[3-9]\d{9}$/;
/** 18-digit resident ID (last character may be X). */
const ID_18 = /^[1-9]\d{16}[\dX]$/;
/** Old 15-digit ID: area (6), YYMMDD, sequence (3); the date must be plausible. */
const ID_15 = /^[1-9]\d{7}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])\d{3}$/;

interface Group {
  start: number;
  /** Exclusive end in the text. */
  end: number;
  /** The group's digits, ASCII ("X" for a trailing X). */
  digits: string;
  /** Where each digit of `digits` sits in the text. */
  at: number[];
}

const isDigit = (c: string): boolean => (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
const ascii = (c: string): string => (c >= '０' && c <= '９' ? String.fromCharCode(c.charCodeAt(0) - 0xfee0) : c);

/** Masks mobile numbers (138****5678) and ID numbers (110101********123X) in `text`. */
export function maskSensitive(text: string): string {
  const groups = digitGroups(text);
  if (groups.length === 0) return text;
  let out = '';
  let copied = 0;
  let i = 0;
  while (i < groups.length) {
    const hit = longestNumberAt(text, groups, i);
    if (!hit) {
      i += 1;
      continue;
    }
    const { last, digits } = hit;
    const at = groups.slice(i, last + 1).flatMap((g) => g.at);
    const [keepHead, stars, keepTail] = maskShape(digits);
    const headEnd = at[keepHead - 1]! + 1;
    const tail = at
      .slice(at.length - keepTail)
      .map((p) => text.charAt(p))
      .join('');
    out += text.slice(copied, headEnd) + '*'.repeat(stars) + tail;
    copied = groups[last]!.end;
    i = last + 1;
  }
  return out + text.slice(copied);
}

/** How much of a matched number stays visible: [leading digits, stars, trailing digits]. */
function maskShape(digits: string): [number, number, number] {
  if (digits.length === 18) return [6, 8, 4];
  if (digits.length === 15 && ID_15.test(digits)) return [6, 6, 3];
  return [digits.length - 8, 4, 4]; // mobile, with or without 86
}

function isSensitive(digits: string): boolean {
  return MOBILE.test(digits) || ID_18.test(digits) || ID_15.test(digits);
}

/** The longest run of whole groups from `first` that spells a sensitive number, if any. */
function longestNumberAt(text: string, groups: Group[], first: number): { last: number; digits: string } | null {
  let digits = '';
  let best: { last: number; digits: string } | null = null;
  for (let j = first; j < groups.length; j++) {
    if (j > first && !joined(text, groups[j - 1]!, groups[j]!)) break;
    digits += groups[j]!.digits;
    if (digits.length > 18) break;
    if (isSensitive(digits)) best = { last: j, digits };
  }
  return best;
}

function joined(text: string, a: Group, b: Group): boolean {
  const gap = text.slice(a.end, b.start);
  if (a.digits.endsWith('X') || gap.length > MAX_SEPARATORS) return false;
  return [...gap].every((c) => SEPARATOR.test(c));
}

/** Maximal runs of digits (ASCII or full-width), each with an X/x glued on the end kept as "X". */
function digitGroups(text: string): Group[] {
  const groups: Group[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isDigit(text.charAt(i))) {
      i += 1;
      continue;
    }
    const start = i;
    let digits = '';
    const at: number[] = [];
    while (i < text.length && isDigit(text.charAt(i))) {
      digits += ascii(text.charAt(i));
      at.push(i);
      i += 1;
    }
    if (i < text.length && /[XxＸｘ]/.test(text.charAt(i)) && !/[A-Za-z]/.test(text.charAt(i + 1))) {
      digits += 'X';
      at.push(i);
      i += 1;
    }
    groups.push({ start, end: i, digits, at });
  }
  return groups;
}
