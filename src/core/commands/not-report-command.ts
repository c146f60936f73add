// 不是诉求 (staff): the bot opened a ticket for a message that was no report. The ticket is
// withdrawn as 非诉求 (left out of every statistic), the reporter is told politely, and the
// correction is recorded for the rules.
import { renderReply } from '../replies/render-reply.js';
import { isParseFailure } from './chat-command.js';
import { lifecycleCommand } from './lifecycle-command.js';
import { numberOnly } from './parse-ticket-args.js';
import { postStatus } from './post-status.js';

export const notReportCommand = lifecycleCommand<{ verb: 'not_report'; number: string }>({
  verb: 'not_report',
  action: 'not_report',
  example: '#不是诉求 12',
  extraNames: ['非诉求', '误登记'],
  parse: (args) => {
    const n = numberOnly(args);
    return isParseFailure(n) ? n : { verb: 'not_report', number: n.number };
  },
  plan: (_ctx, cmd) => ({ number: cmd.number }),
  announce: (ctx, _cmd, { ticket }, reporters) =>
    postStatus(ctx, ticket, reporters, renderReply(ctx.deps.replies, 'statusNotReport', { number: ticket.number })),
});
