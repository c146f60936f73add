// What a chat command means once parsed. A discriminated union on `verb`, so run-command can
// switch exhaustively and no command carries a field it does not need.

/** A ticket number as residents type it, normalised (`#12`, `12号`, `第12号` → "12"). */
export type TicketNo = string;

export type Command =
  // residents (and everyone)
  | { verb: 'help' }
  | { verb: 'query'; number: TicketNo }
  | { verb: 'withdraw'; number: TicketNo }
  | { verb: 'rate'; number: TicketNo; rating: 1 | 2 | 3 | 4 | 5 }
  | { verb: 'reopen'; number: TicketNo; note: string | null }
  // workers and admins
  | { verb: 'take'; number: TicketNo }
  | { verb: 'progress'; number: TicketNo; note: string }
  | { verb: 'done'; number: TicketNo; note: string }
  /** 转派 / 指派: hand over (workers, their own tickets) or reassign (admins). */
  | { verb: 'transfer'; number: TicketNo; to: string }
  | { verb: 'refer'; number: TicketNo; to: string }
  | { verb: 'return'; number: TicketNo; reason: string | null }
  | { verb: 'mine' }
  | { verb: 'queue' }
  // admins
  | { verb: 'close'; number: TicketNo; reason: string | null }
  | { verb: 'merge'; from: TicketNo; into: TicketNo }
  | { verb: 'split'; number: TicketNo; reporter: string }
  // anyone with a code from `yishiting staff bind`
  | { verb: 'bind'; code: string };

export type Verb = Command['verb'];

/** A message that is a command but cannot be understood; `verb` is null when the verb is unknown. */
export interface ParseError {
  verb: Verb | null;
  /** Why, in English for logs (the user sees the usage of `verb`). */
  reason: string;
}
