// Reports that arrive while the store is out of reach (a PostgreSQL server restarting) must not be
// lost: WeChat will not deliver them again. The core tells of such a message (Deps.onStoreUnavailable);
// it is kept here, in memory only (it may be chatter addressed to the bot, never written to disk),
// and handled again on the app's tick until the store takes it. Intake is idempotent by the
// message's source key, so a retry after a call whose outcome is unknown stores the report once.
// A retry is handled as of the time the message first came in, so the report keeps its own time
// and its deadlines run from when the resident sent it, not from when the store came back.
import type { Deps } from '../core/deps.js';
import { handleMessage } from '../core/handle-message.js';
import type { IncomingMessage, Logger, Reply } from '../core/types.js';

/** How many messages are kept at most; more are dropped, each with one log line. */
const RETRY_LIMIT = 1_000;

export interface MessageRetry {
  /** Keeps a message the store could not take (Deps.onStoreUnavailable). */
  keep(msg: IncomingMessage): void;
  /** Handles the kept messages again, oldest first, until one still fails; returns the replies of those that got through. */
  retry(): Promise<Reply[]>;
  /** How many messages wait. */
  size(): number;
}

function createMessageRetry(options: {
  /** handleMessage as of `at` (Deps.clock), with Deps.onStoreUnavailable set to keep(). */
  handle(msg: IncomingMessage, at: Date): Promise<Reply[]>;
  /** The app's clock: when a kept message came in. */
  clock: () => Date;
  logger: Logger;
  limit?: number;
}): MessageRetry {
  const limit = options.limit ?? RETRY_LIMIT;
  const kept = new Map<string, { msg: IncomingMessage; at: Date }>();
  let retrying: string | null = null;
  let failedAgain = false;
  return {
    keep(msg) {
      if (msg.id === retrying) failedAgain = true;
      else if (kept.has(msg.id)) return;
      else if (kept.size >= limit) {
        options.logger.error(
          { msgId: msg.id },
          `the store is out of reach and ${limit} messages already wait for it: this message is dropped`,
        );
      } else kept.set(msg.id, { msg, at: options.clock() });
    },
    async retry() {
      const replies: Reply[] = [];
      for (const { msg, at } of [...kept.values()]) {
        retrying = msg.id;
        failedAgain = false;
        let got: Reply[];
        try {
          got = await options.handle(msg, at);
        } finally {
          retrying = null;
        }
        // Still out of reach: this one (its apology was sent the first time) and the rest wait for the next tick.
        if (failedAgain) break;
        kept.delete(msg.id);
        replies.push(...got);
      }
      return replies;
    },
    size: () => kept.size,
  };
}

/** The retry queue wired to handleMessage: `handle` is handleMessage on `deps` with kept messages going to the queue, and each retry runs as of the time its message came in. */
export function createHandleMessageRetry(deps: Deps, limit?: number): MessageRetry & { handle(msg: IncomingMessage): Promise<Reply[]> } {
  const retries = createMessageRetry({
    handle: (msg, at) => handleMessage(msg, { ...deps, clock: () => at, onStoreUnavailable: retries.keep }),
    clock: deps.clock,
    logger: deps.logger,
    limit,
  });
  return { ...retries, handle: (msg) => handleMessage(msg, { ...deps, onStoreUnavailable: retries.keep }) };
}
