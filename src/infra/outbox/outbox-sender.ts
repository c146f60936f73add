// The send loop: every reply is persisted in the outbox first, then sent from there, one send at
// a time, at least minIntervalMs apart, urgent first, merged per destination, retried with
// exponential back-off, and non-urgent group posts held during quiet hours. Clock and sleep are
// injected: the simulator and the tests never wait for real.
import type { Clock, Logger, Reply } from '../../core/types.js';
import { formatOutgoing, mergeBatch, type Batch, type MergeLimits } from './merge-batch.js';
import type { OutboxQueue } from './outbox-queue.js';
import { isQuiet, quietEndsAt, type QuietHours } from './quiet-hours.js';
import { retryDelay, type BackoffOptions } from './retry-delay.js';

/** Delivers one merged message; throws when WeChat refuses it. */
export type Transport = (batch: Batch, text: string) => Promise<void>;

export interface OutboxSenderOptions {
  queue: OutboxQueue;
  transport: Transport;
  clock: Clock;
  sleep: (ms: number) => Promise<void>;
  minIntervalMs: number;
  quietHours: QuietHours | null;
  timeZone: string;
  maxAttempts: number;
  logger: Logger;
  backoff?: BackoffOptions;
  merge?: MergeLimits;
  /** The previous sender's last send (a config reload swaps senders); the outbox covers restarts. */
  lastSendAt?: Date | null;
}

export interface OutboxSender {
  /** Persist replies; they go out on the next drain. */
  enqueue(replies: Reply[]): Promise<void>;
  /** Sends replies at once, one message each, without the outbox (for when it cannot be written); a failed send is logged. */
  sendUnrecorded(replies: Reply[]): Promise<void>;
  /** Send everything that may go out now; resolves when nothing more is due. Single-flight. */
  drain(): Promise<number>;
  /** When something held (retry, quiet hours) next becomes sendable; null when the queue is empty. */
  nextWakeAt(): Promise<Date | null>;
  /** When this sender (or the one it replaced) last sent or tried to; null before any. */
  lastSendAt(): Date | null;
  /** Ends a running drain after the current send or wait; what is unsent stays in the outbox. */
  stop(): void;
}

const PAGE = 200;

export function createOutboxSender(options: OutboxSenderOptions): OutboxSender {
  const { queue, transport, clock, sleep, logger } = options;
  let lastSendAt: number | null = options.lastSendAt?.getTime() ?? null;
  let recalled = false;
  let running: Promise<number> | null = null;
  let again = false;
  let stopped = false;

  function mayGoNow(reply: Reply, now: Date): boolean {
    return reply.urgent || reply.to.kind !== 'room' || !isQuiet(now, options.quietHours, options.timeZone);
  }

  async function nextBatch(): Promise<Batch | null> {
    const now = clock();
    const items = await queue.pending(now, PAGE);
    return mergeBatch(
      items.filter((i) => mayGoNow(i.reply, now)),
      options.merge,
    );
  }

  async function sendOne(batch: Batch): Promise<void> {
    const text = formatOutgoing(batch);
    try {
      await transport(batch, text);
      await queue.markSent(batch.ids, clock());
      logger.debug({ ids: batch.ids, to: batch.to.kind, urgent: batch.urgent }, 'outbox sent');
    } catch (err) {
      const attempts = batch.attempts + 1;
      const error = err instanceof Error ? err.message : String(err);
      if (attempts >= options.maxAttempts) {
        await queue.markFailed(batch.ids, error, null);
        logger.error(
          { ids: batch.ids, attempts, err: error },
          'outbox gave up on a message after repeated failures; it stays in the outbox table',
        );
      } else {
        const retryAt = new Date(clock().getTime() + retryDelay(attempts, options.backoff));
        await queue.markFailed(batch.ids, error, retryAt);
        logger.warn({ ids: batch.ids, attempts, retryAt, err: error }, 'outbox send failed, will retry');
      }
    }
    lastSendAt = clock().getTime();
  }

  /** Once per sender: the last send recorded in the outbox (a restart must not send sooner). */
  async function recallLastSend(): Promise<void> {
    if (recalled) return;
    recalled = true;
    const stored = (await queue.lastSentAt())?.getTime() ?? null;
    if (stored !== null && (lastSendAt === null || stored > lastSendAt)) lastSendAt = stored;
  }

  async function loop(): Promise<number> {
    let sent = 0;
    await recallLastSend();
    while (!stopped) {
      again = false;
      const batch = await nextBatch();
      if (!batch) {
        if (again) continue;
        return sent;
      }
      // Capped at one interval, so a clock set back never stalls the queue.
      const wait = lastSendAt === null ? 0 : Math.min(options.minIntervalMs, lastSendAt + options.minIntervalMs - clock().getTime());
      if (wait > 0) {
        await sleep(wait);
        continue; // something more urgent may have arrived while we waited
      }
      await sendOne(batch);
      sent += 1;
    }
    return sent;
  }

  return {
    async enqueue(replies) {
      if (replies.length === 0) return;
      await queue.enqueue(replies, clock());
      again = true;
    },
    async sendUnrecorded(replies) {
      for (const r of replies) {
        const batch: Batch = { ids: [], to: r.to, urgent: r.urgent, text: r.text, mentions: r.mentions, attempts: 0 };
        try {
          await transport(batch, formatOutgoing(batch));
        } catch (err) {
          logger.warn({ to: r.to.kind, err: err instanceof Error ? err.message : String(err) }, 'unrecorded send failed');
        }
        lastSendAt = clock().getTime();
      }
    },
    lastSendAt: () => (lastSendAt === null ? null : new Date(lastSendAt)),
    stop() {
      stopped = true;
    },
    drain() {
      if (stopped) return Promise.resolve(0);
      if (running) {
        again = true;
        return running;
      }
      running = loop().finally(() => {
        running = null;
      });
      return running;
    },
    async nextWakeAt() {
      const at = await queue.nextAt();
      if (!at) return null;
      const now = clock();
      if (at.getTime() > now.getTime()) return at;
      // Due but held: the only thing holding a due item is quiet hours.
      return quietEndsAt(now, options.quietHours, options.timeZone);
    },
  };
}
