// Phone and ID numbers must never be echoed into a group: anything the bot repeats from a
// resident or worker (notes, reasons, report excerpts) goes through maskSensitive first.

/** 18-digit resident ID (last digit may be X); checked before phones so its digits are not split. */
const ID_NUMBER = /(?<![0-9A-Za-z])(\d{6})\d{8}(\d{3}[\dXx])(?![0-9A-Za-z])/g;
/** Mainland mobile numbers, also written with spaces or dashes (138 1234 5678, +86-138-…). */
const MOBILE = /(?<!\d)((?:\+?86[\s-]?)?1[3-9]\d)[\s-]?\d{4}[\s-]?(\d{4})(?!\d)/g;

/** Masks mobile numbers (138****5678) and ID numbers (110101********123X) in `text`. */
export function maskSensitive(text: string): string {
  return text
    .replace(ID_NUMBER, (_m, head: string, tail: string) => `${head}********${tail}`)
    .replace(MOBILE, (_m, head: string, tail: string) => `${head}****${tail}`);
}
