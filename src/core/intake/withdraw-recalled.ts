// A recalled message (撤回): if it was a report nobody has acted on, its ticket is withdrawn and
// the group is told; a recalled report on a ticket others also reported only loses that report.
import type { MessageContext } from '../message-context.js';
import { renderReply } from '../replies/render-reply.js';
import { sourceKeyOf } from '../tickets/source-key.js';
import type { Room } from '../tickets/types.js';
import type { Reply } from '../types.js';

export async function withdrawRecalled(ctx: MessageContext, room: Room): Promise<Reply[]> {
  const { deps, msg, log } = ctx;
  if (!msg.recalledId) {
    log.debug('recall ignored: no recalled message id');
    return [];
  }
  const result = await deps.store.withdrawBySourceKey(sourceKeyOf(room.key, msg.recalledId), ctx.now);
  if (result.kind === 'unknown') {
    log.debug('recall ignored: not a report');
    return [];
  }
  log.info({ ticket: result.ticket.number, outcome: result.kind }, 'recalled report');
  if (result.kind !== 'withdrawn') return [];
  ctx.addressed = true;
  const text = renderReply(deps.replies, 'recallWithdrawn', { number: result.ticket.number });
  return [{ to: { kind: 'room', roomKey: room.key }, text, mentions: [], urgent: false }];
}
