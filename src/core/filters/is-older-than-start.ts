import type { IncomingMessage } from '../types.js';

/** WeChat stamps messages in whole seconds and phone clocks drift: tolerate this much. */
const START_GRACE_MS = 60_000;

/** A message sent before the bot started (history replayed after a login) is not handled. */
export function isOlderThanStart(msg: IncomingMessage, startedAt: Date): boolean {
  return (msg.sentAt ?? msg.receivedAt).getTime() < startedAt.getTime() - START_GRACE_MS;
}
