import type { IncomingMessage } from '../types.js';

/** The bot hears its own messages back (wechaty's msg.self()); they are never handled. */
export function isOwnMessage(msg: IncomingMessage): boolean {
  return msg.fromSelf;
}
