// A photo a resident sends shortly after their report belongs to that report's ticket.
import { madeBySender, madeInThisLogin } from '../identity/sender-account.js';
import type { MessageContext } from '../message-context.js';
import type { Room } from '../tickets/types.js';
import type { Reply } from '../types.js';

/** Attaches the image to the sender's report in this room from the last few minutes; no reply either way. */
export async function attachImage(ctx: MessageContext, room: Room): Promise<Reply[]> {
  const { deps, msg, log } = ctx;
  if (!msg.imagePath) {
    log.debug('image ignored: not stored by the adapter');
    return [];
  }
  const since = new Date(ctx.now.getTime() - deps.config.tickets.imageAttachMinutes * 60_000);
  const recent = await deps.store.findLatestReport(room.key, ctx.actor.key, since);
  // The reporter key is a name: a namesake's photo must not land on someone else's report.
  if (!recent || (madeInThisLogin(recent.report, msg.sender) && !madeBySender(recent.report, msg.sender))) {
    log.debug('image ignored: no recent report by the sender');
    return [];
  }
  await deps.store.attachImage(recent.report.id, msg.imagePath, ctx.now, msg.sender.name);
  log.info({ ticket: recent.ticket.number }, 'image attached');
  return [];
}
