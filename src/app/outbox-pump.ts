// Keeps the send loop running: a drain after every enqueue, and (with real timers) a wake-up when
// something held — a retry, the end of quiet hours — becomes sendable. Nothing is sent while the
// account is logged out: replies wait in the outbox instead of burning their retries.
import type { Clock, Logger, Reply } from '../core/types.js';
import type { OutboxSender } from '../infra/outbox/outbox-sender.js';

export interface OutboxPumpOptions {
  sender: OutboxSender;
  /** False while logged out: no drain starts. */
  canSend(): boolean;
  /** Wake up for retries and the end of quiet hours with setTimeout (live); else the caller ticks. */
  realTimers: boolean;
  clock: Clock;
  logger: Logger;
}

export interface OutboxPump {
  /** Persist replies, then start sending; when they cannot be persisted, send them at once, unrecorded. */
  enqueue(replies: Reply[]): Promise<void>;
  /** Start a drain (no-op when one runs, when stopped or logged out). */
  kick(): void;
  /** The latest drain; a new one replaces it, so callers compare identities to see if work went on. */
  readonly draining: Promise<unknown>;
  readonly sender: OutboxSender;
  /** Swap in a new sender (new sending config) once the running drain has finished its send; `make` gets the old one (its last send). */
  replace(make: (previous: OutboxSender) => OutboxSender): Promise<void>;
  stop(): void;
}

/** After a failed drain or wake-up (the store out of reach), the next try comes this much later. */
export const AFTER_FAILURE_MS = 30_000;

export function createOutboxPump(options: OutboxPumpOptions): OutboxPump {
  const { clock, logger } = options;
  let sender = options.sender;
  let draining: Promise<unknown> = Promise.resolve();
  let stopped = false;
  let wakeTimer: NodeJS.Timeout | null = null;

  function kick(): void {
    if (stopped || !options.canSend()) return;
    draining = sender.drain().then(
      () => scheduleWake(0),
      (err) => {
        logger.error({ err }, 'outbox drain failed');
        return scheduleWake(AFTER_FAILURE_MS);
      },
    );
  }

  /** Wakes when something held becomes sendable, not sooner than `minDelayMs`; never rejects. */
  async function scheduleWake(minDelayMs: number): Promise<void> {
    if (!options.realTimers || stopped) return;
    let delay: number | null;
    try {
      const at = await sender.nextWakeAt();
      delay = at ? at.getTime() - clock().getTime() : null;
    } catch (err) {
      // The store is out of reach (a database server restarting): try again later, from here.
      logger.error({ err }, 'outbox wake-up failed; trying again later');
      delay = AFTER_FAILURE_MS;
    }
    if (wakeTimer) clearTimeout(wakeTimer);
    wakeTimer = null;
    if (delay === null || stopped) return;
    wakeTimer = setTimeout(kick, Math.max(minDelayMs, Math.min(delay, 2 ** 31 - 1)));
    wakeTimer.unref?.();
  }

  return {
    async enqueue(replies) {
      if (replies.length === 0) return;
      try {
        await sender.enqueue(replies);
      } catch (err) {
        // The outbox cannot be written (the store is out of reach): what the bot has to say now,
        // mostly the apology for that very failure, goes out directly and unrecorded, not never.
        logger.warn(
          { err: err instanceof Error ? err.message : String(err), replies: replies.length },
          'outbox unwritable; sending directly',
        );
        await sender.sendUnrecorded(replies);
        return;
      }
      kick();
    },
    kick,
    get draining() {
      return draining;
    },
    get sender() {
      return sender;
    },
    async replace(make) {
      sender.stop();
      await draining; // the old loop finishes its current send before the new one starts
      sender = make(sender);
      kick();
    },
    stop() {
      stopped = true;
      sender.stop();
      if (wakeTimer) clearTimeout(wakeTimer);
    },
  };
}
