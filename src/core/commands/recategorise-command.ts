// 改类 (staff): the classifier put a ticket in the wrong category. The ticket takes the new
// category; its deadlines follow the new category's times, and when a worker's `covers` name the
// new category, the ticket goes to them. The group is told briefly; the correction is recorded.
import { categoryWorker } from '../intake/responsible-worker.js';
import { renderReply } from '../replies/render-reply.js';
import { categoryName, categoryNames, ticketVars } from '../replies/ticket-vars.js';
import { failed, isParseFailure } from './chat-command.js';
import { findCategory } from './find-category.js';
import { lifecycleCommand, type ActionPlan } from './lifecycle-command.js';
import { numberAndText } from './parse-ticket-args.js';
import { postStatus, tellStaff } from './post-status.js';
import { responsibleNames } from './responsible-names.js';

interface RecategorisePlan extends ActionPlan {
  category: string;
  /** The category's display name before the change. */
  from: string;
}

export const recategoriseCommand = lifecycleCommand<{ verb: 'recategorise'; number: string; category: string }, RecategorisePlan>({
  verb: 'recategorise',
  action: 'recategorise',
  example: '#改类 12 排水',
  extraNames: ['改类别', '改分类'],
  parse: (args) => {
    const n = numberAndText(args);
    if (isParseFailure(n)) return n;
    return n.text === null ? failed('missing the category') : { verb: 'recategorise', number: n.number, category: n.text };
  },
  plan: async (ctx, cmd, communityId) => {
    const { deps } = ctx;
    const match = findCategory(deps.categories, cmd.category);
    if (!match.ok) {
      const categories = deps.categories.map((c) => c.name).join('、');
      return { refusal: renderReply(deps.replies, 'unknownCategory', { name: cmd.category, categories }) };
    }
    const to = match.category;
    const ticket = await deps.store.getByNumber(communityId, cmd.number);
    // An unknown number is answered by the generic step (noSuchTicket).
    if (!ticket) return { number: cmd.number, category: to.code, from: '' };
    if (ticket.category === to.code)
      return { refusal: renderReply(deps.replies, 'sameCategory', { number: ticket.number, category: to.name }) };
    const from = categoryName(deps, ticket.category);
    const plan: RecategorisePlan = { number: cmd.number, category: to.code, from, note: `${from} → ${to.name}` };
    // A worker who covers the new category itself takes an assigned ticket over; an unassigned
    // ticket's responsible worker is worked out from its category whenever it is needed.
    const specialist = ctx.community ? categoryWorker(ctx.community.config, categoryNames(deps, to.code)) : undefined;
    const person = specialist && ticket.assigneeId !== null ? await deps.store.findPersonByRemark(specialist.remark, [communityId]) : null;
    return person && person.id !== ticket.assigneeId ? { ...plan, target: { kind: 'person', personId: person.id } } : plan;
  },
  announce: async (ctx, _cmd, { ticket }, reporters, plan) => {
    const { deps } = ctx;
    const responsible = (await responsibleNames(ctx, ticket.communityId))(ticket);
    const vars = ticketVars(deps, ticket, responsible);
    const text = renderReply(deps.replies, 'statusRecategorised', { ...vars, from: plan.from });
    const posts = postStatus(ctx, ticket, reporters, text);
    if (plan.target?.kind === 'person' && ticket.assigneeId !== null) {
      const person = await deps.store.getPerson(ticket.assigneeId);
      if (person && person.id !== ctx.actor.personId) {
        posts.push(tellStaff(person.name, person.remark, renderReply(deps.replies, 'assignedToYou', { ...vars, actor: ctx.actor.name })));
      }
    }
    return posts;
  },
});
