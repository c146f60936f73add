// 关闭 (admins): closes a ticket; whether a reason is required depends on its status (lifecycle table).
import { maskSensitive } from '../mask-sensitive.js';
import { renderReply } from '../replies/render-reply.js';
import { statusName } from '../tickets/lifecycle.js';
import { isParseFailure } from './chat-command.js';
import { lifecycleCommand } from './lifecycle-command.js';
import { numberAndText } from './parse-ticket-args.js';
import { postStatus } from './post-status.js';

export const closeCommand = lifecycleCommand<{ verb: 'close'; number: string; reason: string | null }>({
  verb: 'close',
  action: 'close',
  example: '#关闭 12 不属于社区管辖',
  parse: (args) => {
    const n = numberAndText(args);
    return isParseFailure(n) ? n : { verb: 'close', number: n.number, reason: n.text };
  },
  plan: (_ctx, cmd) => ({ number: cmd.number, note: cmd.reason }),
  announce: (ctx, cmd, result, reporters) => {
    const r = ctx.deps.replies;
    const note = cmd.reason ? maskSensitive(cmd.reason) : r.noNote;
    const text = renderReply(r, 'statusClosed', {
      number: result.ticket.number,
      actor: ctx.actor.name,
      note,
      status: statusName(result.to),
    });
    return postStatus(ctx, result.ticket, reporters, text);
  },
});
