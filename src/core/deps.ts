// Everything handleMessage needs, injected: no globals, no clock reads, no I/O of its own.
import type { Classifier } from './classify/types.js';
import type { Config } from '../config.js';
import type { Replies } from './replies/reply-keys.js';
import type { MemberDirectory } from './identity/member-directory.js';
import type { Deadlines } from './tickets/deadlines.js';
import type { TicketStore } from './tickets/ticket-store.js';
import type { Person } from './tickets/types.js';
import type { Clock, IncomingMessage, Logger } from './types.js';

/** A category code with the display name a community gave it (Rules.categories). */
export interface CategoryName {
  code: string;
  name: string;
}

export interface Deps {
  /** The only source of "now". */
  clock: Clock;
  store: TicketStore;
  classifier: Classifier;
  config: Config;
  /** Display names of the categories (codes from the rules; unknown codes are shown as is). */
  categories: readonly CategoryName[];
  /** Response/resolution times (rules/deadlines.yaml). */
  deadlines: Deadlines;
  /** Reply wording (rules/replies.yaml). */
  replies: Replies;
  logger: Logger;
  /** When the bot started listening: messages sent before it are ignored. */
  startedAt: Date;
  /** The bot account's display name (to strip "@名字" from commands and to introduce itself). */
  botName: string;
  /** Words saying a problem is back (rules/cues.yaml, group `again`); without them plain-word reopening is off. */
  againCues?: readonly string[];
  /** Current group members by name (the adapter's); without it, reports from an earlier login are not claimable. */
  members?: MemberDirectory;
  /** A one-time dashboard sign-in link for a staff member (#登录); null or absent when the dashboard is off. */
  loginLink?: (person: Person) => Promise<string | null>;
  /** Told of a message whose handling failed because the store was out of reach (the app keeps it to retry). */
  onStoreUnavailable?: (msg: IncomingMessage) => void;
}
