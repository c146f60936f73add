// 撤销: a reporter withdraws their report (an admin, the ticket). When others reported it too,
// only the sender's own report leaves and the ticket goes on.
import { replyHere } from '../message-context.js';
import { renderReply } from '../replies/render-reply.js';
import { isParseFailure } from './chat-command.js';
import { lifecycleCommand } from './lifecycle-command.js';
import { numberOnly } from './parse-ticket-args.js';
import { postStatus } from './post-status.js';

export const withdrawCommand = lifecycleCommand<{ verb: 'withdraw'; number: string }>({
  verb: 'withdraw',
  action: 'withdraw',
  example: '#撤销 12',
  extraNames: ['撤回'],
  parse: (args) => {
    const n = numberOnly(args);
    return isParseFailure(n) ? n : { verb: 'withdraw', number: n.number };
  },
  plan: (_ctx, cmd) => ({ number: cmd.number }),
  announce: (ctx, _cmd, result, reporters) => {
    const r = ctx.deps.replies;
    const { ticket } = result;
    if (result.to !== 'withdrawn')
      return [replyHere(ctx, renderReply(r, 'withdrawnOwnReport', { number: ticket.number, households: ticket.reporterCount }))];
    return postStatus(ctx, ticket, reporters, renderReply(r, 'statusWithdrawn', { number: ticket.number }));
  },
});
