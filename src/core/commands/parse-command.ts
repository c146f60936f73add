// Chat text → Command | ParseError | null (not a command). Pure; knows nothing of permissions.
//
// A command starts with `#`, `＃`, `/` or an @-mention of the bot; in a private chat the prefix
// may be left out. The name is any registered command's name (longest first, so 我的工单 wins
// over 我的 and 不满意 over 满意); the command's own module reads its arguments.
import type { AnyChatCommand } from './chat-command.js';
import { splitQuote } from '../classify/split-quote.js';
import { isParseFailure } from './chat-command.js';
import { COMMANDS, type Command, type Verb } from './commands.js';
import { takeNumber } from './parse-number.js';
import { toAsciiDigits } from '../text/normalise-text.js';

export type ParseResult = { ok: true; command: Command } | { ok: false; error: ParseError };

/** A message that is a command but cannot be understood; `verb` is null when the verb is unknown. */
interface ParseError {
  verb: Verb | null;
  /** Why, in English for logs (the user sees the usage of `verb`). */
  reason: string;
}

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

const ALL = COMMANDS as readonly AnyChatCommand[];
const NAMES: readonly { name: string; command: AnyChatCommand }[] = ALL.flatMap((command) =>
  command.names.map((name) => ({ name, command })),
).sort((a, b) => b.name.length - a.name.length);

/** Parses a chat message as a command; null when it is not meant as one. */
export function parseCommand(text: string, opts: ParseOptions): ParseResult | null {
  // A command sent as a reply to a message is read from the reply; the quoted message goes along.
  const split = splitQuote(normalise(text));
  const quote = split.quote !== null && split.author !== null ? { author: split.author, text: split.quote.trim() } : null;
  let rest = split.reply.trim();
  // The adapter may or may not have stripped the "@机器人" from the text already.
  const mentioned = opts.mentionsBot;
  let explicit = false;
  if (mentioned) rest = rest.replace(LEADING_MENTION, '');
  if (PREFIX.test(rest)) {
    rest = rest.slice(1).trimStart();
    explicit = true;
  }
  if (!explicit && !mentioned && !opts.direct && !ALL.some((c) => c.bare?.test(rest))) return null;

  const lower = rest.toLowerCase();
  const named = NAMES.find((n) => lower.startsWith(n.name));
  if (!named) {
    // "#12" alone asks for the status of ticket 12.
    const bare = takeNumber(rest);
    if (bare && bare.rest === '') return { ok: true, command: { verb: 'query', number: bare.number } };
    // An @-mention or a private message that does not start with a verb is not a command (it
    // may be a report). After an explicit # or /, a short word is a mistyped command; anything
    // else (WeChat's "/::)" emoji codes, a long sentence) is left alone.
    if (explicit && LOOKS_LIKE_VERB.test(rest)) return { ok: false, error: { verb: null, reason: 'unknown verb' } };
    return null;
  }
  const { command, name } = named;
  const parsed = command.parse(rest.slice(name.length), name, quote);
  // Each module returns its own argument type; the registry's union is their sum.
  if (isParseFailure(parsed)) return { ok: false, error: { verb: command.verb as Verb, reason: parsed.failed } };
  return { ok: true, command: parsed as Command };
}

/** Full-width digits, ＃ and ／ become ASCII; everything else (notes) is kept as written. */
function normalise(text: string): string {
  return toAsciiDigits(text)
    .replace(/＃/g, '#')
    .replace(/／/g, '/')
    .replace(/\u3000/g, ' ');
}
