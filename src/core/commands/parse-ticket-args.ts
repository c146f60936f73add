// Argument readers shared by commands that take a ticket number first.
import { failed, type ParseFailure } from './chat-command.js';
import { takeNumber } from './parse-number.js';

/** Exactly one ticket number and nothing else. */
export function numberOnly(args: string): { number: string } | ParseFailure {
  const n = takeNumber(args);
  if (!n) return failed('missing ticket number');
  return n.rest === '' ? { number: n.number } : failed('unexpected text after the number');
}

/** A ticket number and the text after it (null when there is none). */
export function numberAndText(args: string): { number: string; text: string | null } | ParseFailure {
  const n = takeNumber(args);
  if (!n) return failed('missing ticket number');
  return { number: n.number, text: n.rest === '' ? null : n.rest };
}
