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
  /** Persist replies, then start sending. */
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

export function createOutboxPump(options: OutboxPumpOptions): OutboxPump {
  const { clock, logger } = options;
  let sender = options.sender;
  let draining: Promise<unknown> = Promise.resolve();
  let stopped = false;
  let wakeTimer: NodeJS.Timeout | null = null;

  function kick(): void {
    if (stopped || !options.canSend()) return;
    draining = sender
      .drain()
      .catch((err) => logger.error({ err }, 'outbox drain failed'))
      .then(scheduleWake);
  }

  async function scheduleWake(): Promise<void> {
    if (!options.realTimers || stopped) return;
    const at = await sender.nextWakeAt();
    if (wakeTimer) clearTimeout(wakeTimer);
    wakeTimer = null;
    if (!at) return;
    const delay = Math.max(0, Math.min(at.getTime() - clock().getTime(), 2 ** 31 - 1));
    wakeTimer = setTimeout(kick, delay);
    wakeTimer.unref?.();
  }

  return {
    async enqueue(replies) {
      if (replies.length === 0) return;
      await sender.enqueue(replies);
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
