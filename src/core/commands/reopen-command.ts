// 没修好: a reporter says the problem is back; the ticket reopens, the group is told and the
// admins in the staff group are asked to follow it up (督办).
import { maskSensitive } from '../mask-sensitive.js';
import { renderReply } from '../replies/render-reply.js';
import { reopenEscalation } from '../schedule/reopen-escalation.js';
import { isParseFailure } from './chat-command.js';
import { lifecycleCommand } from './lifecycle-command.js';
import { numberAndText } from './parse-ticket-args.js';
import { postStatus } from './post-status.js';

export const reopenCommand = lifecycleCommand<{ verb: 'reopen'; number: string; note: string | null }>({
  verb: 'reopen',
  action: 'reopen',
  example: '#没修好 12 灯还是不亮',
  extraNames: ['未修好'],
  parse: (args) => {
    const n = numberAndText(args);
    return isParseFailure(n) ? n : { verb: 'reopen', number: n.number, note: n.text };
  },
  plan: (_ctx, cmd) => ({ number: cmd.number, note: cmd.note }),
  announce: async (ctx, cmd, { ticket }, reporters) => {
    const { deps } = ctx;
    const note = cmd.note ? maskSensitive(cmd.note) : deps.replies.notFixed;
    const post = postStatus(
      ctx,
      ticket,
      reporters,
      renderReply(deps.replies, 'statusReopened', { number: ticket.number, actor: ctx.actor.name, note }),
    );
    return [...post, ...(await reopenEscalation(deps, ticket, { rating: null, note: cmd.note, by: ctx.actor.name }))];
  },
});
