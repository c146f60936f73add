// Wires a Wechaty instance to the bot: every event handler is wrapped so nothing throws into
// Wechaty (an unhandled error event kills the process), messages are processed one at a time in
// arrival order, and callers can await a given message or the whole queue (no sleeps in tests).
import type { Message, Room, Wechaty } from 'wechaty';
import { normaliseName } from '../../core/text/normalise-text.js';
import type { IncomingMessage, Logger } from '../../core/types.js';
import { toIncomingMessage, type TranslateContext } from './to-incoming-message.js';

export interface BotHandlers {
  /** Handles one translated message (core + outbox). May throw; it is caught and logged. */
  onMessage(message: IncomingMessage): Promise<void>;
  onRoomTopic?(oldTopic: string, newTopic: string): Promise<void>;
}

export interface BotBinding {
  /** Resolves once every message received so far has been handled. */
  idle(): Promise<void>;
  /** Resolves once the message with this id has been handled (or ignored). */
  settled(messageId: string): Promise<void>;
  detach(): void;
}

const RECENT_LIMIT = 10_000;

export function attachBot(bot: Wechaty, ctx: TranslateContext, handlers: BotHandlers, logger: Logger): BotBinding {
  let tail: Promise<void> = Promise.resolve();
  const done = new Set<string>();
  const waiters = new Map<string, (() => void)[]>();

  function markDone(id: string): void {
    done.add(id);
    if (done.size > RECENT_LIMIT) done.delete(done.values().next().value!);
    for (const resolve of waiters.get(id) ?? []) resolve();
    waiters.delete(id);
  }

  async function handle(msg: Message): Promise<void> {
    const log = logger.child({ messageId: msg.id });
    try {
      const t = await toIncomingMessage(msg, ctx);
      if (t.kind === 'ignored') {
        log.debug({ reason: t.reason }, 'message ignored');
        return;
      }
      await handlers.onMessage(t.message);
    } catch (err) {
      log.error({ err }, 'message handling failed');
    }
  }

  const onMessage = (msg: Message): void => {
    const id = msg.id;
    tail = tail.then(() => handle(msg)).finally(() => markDone(id));
  };
  const onTopic = (room: Room, newTopic: string, oldTopic: string): void => {
    if (!handlers.onRoomTopic) return;
    tail = tail.then(async () => {
      try {
        // Normalised as every name read from WeChat, so stored topics and lookups agree.
        await handlers.onRoomTopic!(normaliseName(oldTopic), normaliseName(newTopic));
      } catch (err) {
        logger.error({ err, roomId: room.id }, 'room topic change failed');
      }
    });
  };
  // Offline, wechat4u emits errors in a tight loop: log the first, then one line per minute with a count.
  let lastErrorLog = -Infinity;
  let suppressed = 0;
  const onError = (err: unknown): void => {
    const now = ctx.clock().getTime();
    if (now - lastErrorLog < 60_000) {
      suppressed += 1;
      return;
    }
    logger.warn({ err, suppressedSinceLast: suppressed }, 'wechaty error event');
    lastErrorLog = now;
    suppressed = 0;
  };

  bot.on('message', onMessage);
  bot.on('room-topic', onTopic);
  bot.on('error', onError);

  return {
    idle: async () => {
      let seen: Promise<void> | null = null;
      while (seen !== tail) {
        seen = tail;
        await seen;
      }
    },
    settled: (messageId) =>
      done.has(messageId)
        ? Promise.resolve()
        : new Promise<void>((resolve) => waiters.set(messageId, [...(waiters.get(messageId) ?? []), resolve])),
    detach() {
      bot.off('message', onMessage);
      bot.off('room-topic', onTopic);
      // Keep an error listener for good: an 'error' event without one kills the process.
      bot.off('error', onError);
      bot.on('error', () => undefined);
    },
  };
}
