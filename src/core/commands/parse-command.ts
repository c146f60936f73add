// Chat text → Command | ParseError | null (not a command). Pure; knows nothing of permissions.
//
// A command starts with `#`, `＃`, `/` or an @-mention of the bot; in a private chat the prefix
// may be left out. Ticket numbers are accepted as residents write them: `12`, `#12`, `12号`,
// `第12号`. Verb and number may be glued together (`接单12`).
import type { Command, ParseError, TicketNo, Verb } from './command.js';
import { VERBS } from './verbs.js';
import { parseRating, takeNumber } from './parse-number.js';
import { toAsciiDigits } from '../text/normalise-text.js';

export { takeNumber } from './parse-number.js';

export type ParseResult = { ok: true; command: Command } | { ok: false; error: ParseError };

export interface ParseOptions {
  /** The message @-mentions the bot (the adapter's mentionSelf()). */
  mentionsBot: boolean;
  /** Private chat: the prefix is optional. */
  direct: boolean;
}

const PREFIX = /^[#/]/;
/** A leading @-mention as WeChat writes it: "@name" then a (often U+2005) space. */
const LEADING_MENTION = /^@[^\s\u2005]+[\s\u2005]*/;
/** A mistyped verb: one to four letters or characters, then a space, a number or the end. */
const LOOKS_LIKE_VERB = /^[\p{Script=Han}A-Za-z][^\s\d]{0,3}(?:\s|$|\d)/u;
/** "满意 12" / "不满意 12号" on its own, as the done post suggests, counts even without a prefix. */
const BARE_RATING = /^不?满意\s*(?:第\s*)?#?\s*\d+\s*号?$/;
const SEPARATORS = /^[\s:：,，、.。-]+/;

/** Alias → verb, longest alias first so 我的工单 wins over 我的 and 不满意 over 满意. */
type AliasVerb = Verb | 'satisfied' | 'unsatisfied';
const ALIASES: readonly { name: string; verb: AliasVerb }[] = [
  ...VERBS.flatMap((v) => v.names.map((name): { name: string; verb: AliasVerb } => ({ name, verb: v.verb }))),
  { name: '满意', verb: 'satisfied' as const },
  { name: '不满意', verb: 'unsatisfied' as const },
].sort((a, b) => b.name.length - a.name.length);

/** Parses a chat message as a command; null when it is not meant as one. */
export function parseCommand(text: string, opts: ParseOptions): ParseResult | null {
  let rest = normalise(text).trim();
  // The adapter may or may not have stripped the "@机器人" from the text already.
  const mentioned = opts.mentionsBot;
  let explicit = false;
  if (mentioned) rest = rest.replace(LEADING_MENTION, '');
  if (PREFIX.test(rest)) {
    rest = rest.slice(1).trimStart();
    explicit = true;
  }
  if (!explicit && !mentioned && !opts.direct && !BARE_RATING.test(rest)) return null;

  const lower = rest.toLowerCase();
  const alias = ALIASES.find((a) => lower.startsWith(a.name));
  if (!alias) {
    // "#12" alone asks for the status of ticket 12.
    const bare = takeNumber(rest);
    if (bare && bare.rest === '') return ok({ verb: 'query', number: bare.number });
    // An @-mention or a private message that does not start with a verb is not a command (it
    // may be a report). After an explicit # or /, a short word is a mistyped command; anything
    // else (WeChat's "/::)" emoji codes, a long sentence) is left alone.
    if (explicit && LOOKS_LIKE_VERB.test(rest)) return fail(null, 'unknown verb');
    return null;
  }
  const args = rest.slice(alias.name.length);
  if (alias.verb === 'satisfied' || alias.verb === 'unsatisfied') {
    const n = takeNumber(args);
    if (!n || n.rest !== '') return fail('rate', 'missing ticket number');
    return ok({ verb: 'rate', number: n.number, rating: alias.verb === 'satisfied' ? 5 : 1 });
  }
  return parseArgs(alias.verb, args);
}

function parseArgs(verb: Verb, args: string): ParseResult {
  switch (verb) {
    case 'help':
    case 'mine':
    case 'queue':
      return ok({ verb });
    case 'bind': {
      const code = args.replace(SEPARATORS, '').trim();
      if (!/^[A-Za-z0-9-]{4,32}$/.test(code)) return fail(verb, 'missing or malformed code');
      return ok({ verb, code });
    }
    case 'merge': {
      const a = takeNumber(args);
      if (!a) return fail(verb, 'missing first ticket number');
      const b = takeNumber(a.rest.replace(/^(?:并入|合并到|合到|到|进|入|→|->|=>)\s*/, ''));
      if (!b || b.rest !== '') return fail(verb, 'needs exactly two ticket numbers');
      if (a.number === b.number) return fail(verb, 'cannot merge a ticket into itself');
      return ok({ verb, from: a.number, into: b.number });
    }
    default:
      break;
  }
  const n = takeNumber(args);
  if (!n) return fail(verb, 'missing ticket number');
  const { number, rest } = n;
  switch (verb) {
    case 'query':
    case 'withdraw':
    case 'take':
      return rest === '' ? ok({ verb, number }) : fail(verb, 'unexpected text after the number');
    case 'reopen':
      return ok({ verb, number, note: rest === '' ? null : rest });
    case 'progress':
    case 'done':
      return rest === '' ? fail(verb, 'missing note') : ok({ verb, number, note: rest });
    case 'return':
    case 'close':
      // Whether a reason is required depends on the ticket's status (lifecycle table).
      return ok({ verb, number, reason: rest === '' ? null : rest });
    case 'refer':
      return rest === '' ? fail(verb, 'missing the body referred to') : ok({ verb, number, to: rest });
    case 'transfer':
    case 'split': {
      const person = takePerson(rest);
      if (!person) return fail(verb, 'missing the person');
      return verb === 'split' ? ok({ verb, number, reporter: person }) : ok({ verb, number, to: person });
    }
    case 'rate': {
      const rating = parseRating(rest);
      return rating === null ? fail(verb, 'rating must be 1-5 or 满意/不满意') : ok({ verb, number, rating });
    }
    default:
      return fail(verb, 'unhandled verb');
  }
}

/** "@赵师傅", "赵师傅" → "赵师傅" (one name; the rest is ignored). */
function takePerson(text: string): string | null {
  const m = /^@?([^\s\u2005@]+)/.exec(text.trim());
  return m ? m[1]! : null;
}

/** Full-width digits, ＃ and ／ become ASCII; everything else (notes) is kept as written. */
function normalise(text: string): string {
  return toAsciiDigits(text)
    .replace(/＃/g, '#')
    .replace(/／/g, '/')
    .replace(/\u3000/g, ' ');
}

const ok = (command: Command): ParseResult => ({ ok: true, command });
const fail = (verb: Verb | null, reason: string): ParseResult => ({ ok: false, error: { verb, reason } });
