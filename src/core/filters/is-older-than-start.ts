import type { IncomingMessage } from '../types.js';

/** A message sent before the bot started (replayed history after a login) is not handled. */
export function isOlderThanStart(msg: IncomingMessage, startedAt: Date): boolean {
  return (msg.sentAt ?? msg.receivedAt).getTime() < startedAt.getTime();
}
