// A report longer than the store keeps is shortened with a marker, never refused: the resident
// still gets a ticket, and staff can see that the text was cut.
import { REPORT_TEXT_LIMIT } from '../tickets/validate-input.js';

const TRUNCATED_MARKER = '…（内容过长，已截断）';

/** `text` as stored: unchanged when it fits, else cut (on a code-point boundary) and marked. */
export function fitReportText(text: string, limit: number = REPORT_TEXT_LIMIT): string {
  if (text.length <= limit) return text;
  let cut = limit - TRUNCATED_MARKER.length;
  // Do not split a surrogate pair.
  if (/[\uD800-\uDBFF]/.test(text.charAt(cut - 1))) cut -= 1;
  return `${text.slice(0, cut)}${TRUNCATED_MARKER}`;
}
