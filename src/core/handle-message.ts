// The one entry point of the bot: an incoming message in, the replies to queue out. Needs no
// WeChat; the adapter translates in and out, tests call it directly.
import type { Deps } from './deps.js';
import type { IncomingMessage, Reply } from './types.js';

/** Handles one message; never throws (logs and at most returns a short apology). */
export async function handleMessage(msg: IncomingMessage, deps: Deps): Promise<Reply[]> {
  const log = deps.logger.child({ room: msg.channel.kind === 'room' ? msg.channel.roomKey : 'dm', msgId: msg.id });
  log.debug({ kind: msg.kind }, 'message ignored: pipeline not wired yet');
  return [];
}
