// What the scheduler needs from the bot's Deps (src/core/deps.ts): declared structurally so the
// scheduler depends only on these fields, and any Deps that has them can be passed in.
import type { Config } from '../../config.js';
import type { Deadlines } from '../tickets/deadlines.js';
import type { TicketStore } from '../tickets/ticket-store.js';
import type { Clock, Logger } from '../types.js';

export interface DueWorkDeps {
  clock: Clock;
  store: TicketStore;
  config: Config;
  deadlines: Deadlines;
  logger: Logger;
  /** Category display names (照明 for lighting); unknown codes show as the code. */
  categories: readonly { code: string; name: string }[];
}
