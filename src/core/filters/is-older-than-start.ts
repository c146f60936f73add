import type { IncomingMessage } from '../types.js';

/** WeChat stamps messages in whole seconds and phone clocks drift: tolerate this much. */
const START_GRACE_MS = 60_000;

/**
 * A message sent before the bot started (history replayed after a login) is not handled. The
 * adapter asks this before any WeChat lookup; handleMessage asks it for every other caller.
 */
export function isOlderThanStart(msg: Pick<IncomingMessage, 'sentAt' | 'receivedAt'>, startedAt: Date): boolean {
  return (msg.sentAt ?? msg.receivedAt).getTime() < startedAt.getTime() - START_GRACE_MS;
}
