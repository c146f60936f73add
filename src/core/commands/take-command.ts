// 接单: a worker (or an admin) takes the ticket; the group is told who is on it.
import { renderReply } from '../replies/render-reply.js';
import { ticketVars } from '../replies/ticket-vars.js';
import { isParseFailure } from './chat-command.js';
import { lifecycleCommand } from './lifecycle-command.js';
import { numberOnly } from './parse-ticket-args.js';
import { postStatus } from './post-status.js';

export const takeCommand = lifecycleCommand<{ verb: 'take'; number: string }>({
  verb: 'take',
  action: 'take',
  example: '#接单 12',
  extraNames: ['认领'],
  parse: (args) => {
    const n = numberOnly(args);
    return isParseFailure(n) ? n : { verb: 'take', number: n.number };
  },
  plan: (_ctx, cmd) => ({ number: cmd.number }),
  announce: (ctx, _cmd, { ticket }, reporters) =>
    postStatus(
      ctx,
      ticket,
      reporters,
      renderReply(ctx.deps.replies, 'statusTaken', { ...ticketVars(ctx.deps, ticket), actor: ctx.actor.name }),
    ),
});
