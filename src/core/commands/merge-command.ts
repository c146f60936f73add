// 合并 A B (admins): A is the same problem as B; A's reporters are counted on B.
import { renderReply } from '../replies/render-reply.js';
import { failed } from './chat-command.js';
import { lifecycleCommand } from './lifecycle-command.js';
import { takeNumber } from './parse-number.js';
import { postStatus } from './post-status.js';

const INTO = /^(?:并入|合并到|合到|到|进|入|→|->|=>)\s*/;

export const mergeCommand = lifecycleCommand<{ verb: 'merge'; from: string; into: string }>({
  verb: 'merge',
  action: 'merge',
  example: '#合并 12 15（把12号并入15号）',
  parse: (args) => {
    const a = takeNumber(args);
    if (!a) return failed('missing first ticket number');
    const b = takeNumber(a.rest.replace(INTO, ''));
    if (b?.rest !== '') return failed('needs exactly two ticket numbers');
    if (a.number === b.number) return failed('cannot merge a ticket into itself');
    return { verb: 'merge', from: a.number, into: b.number };
  },
  plan: async (ctx, cmd, communityId) => {
    const into = await ctx.deps.store.getByNumber(communityId, cmd.into);
    if (!into) return { refusal: renderReply(ctx.deps.replies, 'noSuchTicket', { number: cmd.into }) };
    return { number: cmd.from, target: { kind: 'ticket', number: cmd.into } };
  },
  announce: (ctx, _cmd, result, reporters) => {
    const { ticket } = result;
    const into = result.mergedInto ?? ticket;
    const text = renderReply(ctx.deps.replies, 'statusMerged', {
      from: ticket.number,
      number: into.number,
      households: into.reporterCount,
    });
    return postStatus(ctx, ticket, reporters, text);
  },
});
