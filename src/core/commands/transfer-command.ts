// 转派 / 指派: hand a ticket to another worker on the roster (workers their own, admins any);
// the group is told and the new assignee gets a private message.
import { renderReply } from '../replies/render-reply.js';
import { ticketVars } from '../replies/ticket-vars.js';
import { failed, isParseFailure } from './chat-command.js';
import { lifecycleCommand } from './lifecycle-command.js';
import { takePerson } from './parse-number.js';
import { numberAndText } from './parse-ticket-args.js';
import { postStatus, tellStaff } from './post-status.js';

export const transferCommand = lifecycleCommand<{ verb: 'transfer'; number: string; to: string }>({
  verb: 'transfer',
  action: 'handover',
  example: '#转派 12 @赵师傅',
  parse: (args) => {
    const n = numberAndText(args);
    if (isParseFailure(n)) return n;
    const person = takePerson(n.text ?? '');
    return person ? { verb: 'transfer', number: n.number, to: person } : failed('missing the person');
  },
  plan: async (ctx, cmd, communityId) => {
    const person = await ctx.deps.store.findStaffByName(communityId, cmd.to);
    if (!person) return { refusal: renderReply(ctx.deps.replies, 'unknownStaff', { name: cmd.to }) };
    return { number: cmd.number, target: { kind: 'person', personId: person.id } };
  },
  announce: async (ctx, _cmd, { ticket }, reporters) => {
    const { deps } = ctx;
    const vars = ticketVars(deps, ticket);
    const actor = ctx.actor.name;
    const posts = postStatus(
      ctx,
      ticket,
      reporters,
      renderReply(deps.replies, 'statusHandover', { number: ticket.number, assignee: vars.assignee, actor }),
    );
    const person = ticket.assigneeId === null ? null : await deps.store.getPerson(ticket.assigneeId);
    if (person && person.id !== ctx.actor.personId) {
      posts.push(tellStaff(person.name, person.remark, renderReply(deps.replies, 'assignedToYou', { ...vars, actor })));
    }
    return posts;
  },
});
