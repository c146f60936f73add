// 退回: back to the queue for someone else to take; the group is told why, if a reason was given.
import { maskSensitive } from '../mask-sensitive.js';
import { renderReply } from '../replies/render-reply.js';
import { isParseFailure } from './chat-command.js';
import { lifecycleCommand } from './lifecycle-command.js';
import { numberAndText } from './parse-ticket-args.js';
import { postStatus } from './post-status.js';

export const returnCommand = lifecycleCommand<{ verb: 'return'; number: string; reason: string | null }>({
  verb: 'return',
  action: 'return',
  example: '#退回 12 不在我的网格',
  parse: (args) => {
    const n = numberAndText(args);
    return isParseFailure(n) ? n : { verb: 'return', number: n.number, reason: n.text };
  },
  plan: (_ctx, cmd) => ({ number: cmd.number, note: cmd.reason }),
  announce: (ctx, cmd, { ticket }, reporters) => {
    const r = ctx.deps.replies;
    const note = cmd.reason ? maskSensitive(cmd.reason) : r.noNote;
    return postStatus(ctx, ticket, reporters, renderReply(r, 'statusReturned', { number: ticket.number, actor: ctx.actor.name, note }));
  },
});
