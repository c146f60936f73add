// Lifecycle commands (接单 进度 完成 转派 转办 退回 关闭 合并 撤销 没修好 评价): look the ticket up,
// check the step against the lifecycle table (a refusal says why), apply it in the store, and
// post the change back to the ticket's group(s).
import { maskSensitive } from '../mask-sensitive.js';
import { replyHere, type MessageContext } from '../message-context.js';
import { renderReply } from '../replies/render-reply.js';
import { ticketVars } from '../replies/ticket-vars.js';
import { LifecycleError, planTransition, statusName, type ActionCode } from '../tickets/lifecycle.js';
import { TicketNotFoundError, type ActionResult, type ActionTarget } from '../tickets/ticket-store.js';
import type { Reporter } from '../tickets/types.js';
import type { Reply } from '../types.js';
import type { Command } from './command.js';
import { isLowRating, reopenEscalation } from '../schedule/reopen-escalation.js';
import { postStatus, tellStaff } from './post-status.js';

export type ActionCommand = Extract<
  Command,
  { verb: 'take' | 'progress' | 'done' | 'transfer' | 'refer' | 'return' | 'close' | 'merge' | 'withdraw' | 'reopen' | 'rate' }
>;

interface Plan {
  number: string;
  note: string | null;
  target: ActionTarget | null;
  rating: number | null;
}

export async function runAction(ctx: MessageContext, cmd: ActionCommand, action: ActionCode, communityId: number): Promise<Reply[]> {
  const { deps } = ctx;
  const plan = await planOf(ctx, cmd, communityId);
  if ('refusal' in plan) return [replyHere(ctx, plan.refusal)];
  const ticket = await deps.store.getByNumber(communityId, plan.number);
  if (!ticket) return [replyHere(ctx, renderReply(deps.replies, 'noSuchTicket', { number: plan.number }))];
  const reporters = await deps.store.getReporters(ticket.id);
  const isReporter = reporters.some((r) => r.reporterKey === ctx.actor.key);
  let result: ActionResult;
  try {
    planTransition(ticket, action, ctx.actor, { isReporter, note: plan.note, hasTarget: plan.target !== null, rating: plan.rating });
    result = await deps.store.act({
      communityId, number: plan.number, action, actor: ctx.actor, at: ctx.now,
      note: plan.note, target: plan.target, rating: plan.rating, deadlines: deps.deadlines,
    });
  } catch (err) {
    if (err instanceof LifecycleError || err instanceof TicketNotFoundError) {
      ctx.log.info({ ticket: plan.number, action, refused: err instanceof LifecycleError ? err.code : 'not_found' }, 'command refused');
      return [replyHere(ctx, err.message)];
    }
    throw err;
  }
  ctx.log.info({ ticket: plan.number, action, from: result.from, to: result.to }, 'ticket changed');
  return announce(ctx, cmd, result, reporters);
}

/** Reads the command's arguments into what store.act needs; a refusal when a named person/ticket is unknown. */
async function planOf(ctx: MessageContext, cmd: ActionCommand, communityId: number): Promise<Plan | { refusal: string }> {
  const { deps } = ctx;
  const base: Plan = { number: cmd.verb === 'merge' ? cmd.from : cmd.number, note: null, target: null, rating: null };
  switch (cmd.verb) {
    case 'progress':
    case 'done':
      return { ...base, note: cmd.note };
    case 'return':
    case 'close':
      return { ...base, note: cmd.reason };
    case 'reopen':
      return { ...base, note: cmd.note };
    case 'rate':
      return { ...base, rating: cmd.rating };
    case 'refer':
      return { ...base, note: cmd.to, target: { kind: 'text', text: cmd.to } };
    case 'transfer': {
      const person = await deps.store.findStaffByName(communityId, cmd.to);
      if (!person) return { refusal: renderReply(deps.replies, 'unknownStaff', { name: cmd.to }) };
      return { ...base, target: { kind: 'person', personId: person.id } };
    }
    case 'merge': {
      const into = await deps.store.getByNumber(communityId, cmd.into);
      if (!into) return { refusal: renderReply(deps.replies, 'noSuchTicket', { number: cmd.into }) };
      return { ...base, target: { kind: 'ticket', number: cmd.into } };
    }
    default:
      return base;
  }
}

/** The group post (and private notes) that tell everyone concerned what changed. */
async function announce(ctx: MessageContext, cmd: ActionCommand, result: ActionResult, reporters: readonly Reporter[]): Promise<Reply[]> {
  const { deps } = ctx;
  const r = deps.replies;
  const { ticket } = result;
  const vars = ticketVars(deps, ticket);
  const actor = ctx.actor.name;
  const note = (text: string | null, fallback: string) => (text ? maskSensitive(text) : fallback);
  switch (cmd.verb) {
    case 'take':
      return postStatus(ctx, ticket, reporters, renderReply(r, 'statusTaken', { ...vars, actor }));
    case 'progress':
      return postStatus(ctx, ticket, reporters, renderReply(r, 'statusNote', { number: ticket.number, actor, note: note(cmd.note, r.noNote) }));
    case 'done':
      return postStatus(ctx, ticket, reporters, renderReply(r, 'statusResolved', { number: ticket.number, actor, note: note(cmd.note, r.noNote) }));
    case 'refer':
      return postStatus(ctx, ticket, reporters, renderReply(r, 'statusReferred', { number: ticket.number, actor, to: maskSensitive(cmd.to) }));
    case 'return':
      return postStatus(ctx, ticket, reporters, renderReply(r, 'statusReturned', { number: ticket.number, actor, note: note(cmd.reason, r.noNote) }));
    case 'close':
      return postStatus(
        ctx, ticket, reporters,
        renderReply(r, 'statusClosed', { number: ticket.number, actor, note: note(cmd.reason, r.noNote), status: statusName(result.to) }),
      );
    case 'withdraw':
      // Others reported it too: only the sender's own report left the ticket, which goes on.
      if (result.to !== 'withdrawn') return [replyHere(ctx, renderReply(r, 'withdrawnOwnReport', { number: ticket.number, households: ticket.reporterCount }))];
      return postStatus(ctx, ticket, reporters, renderReply(r, 'statusWithdrawn', { number: ticket.number }));
    case 'reopen': {
      const post = postStatus(ctx, ticket, reporters, renderReply(r, 'statusReopened', { number: ticket.number, actor, note: note(cmd.note, r.notFixed) }));
      return [...post, ...(await reopenEscalation(deps, ticket, { rating: null, note: cmd.note, by: actor }))];
    }
    case 'merge': {
      const into = result.mergedInto ?? ticket;
      const text = renderReply(r, 'statusMerged', { from: ticket.number, number: into.number, households: into.reporterCount });
      return postStatus(ctx, ticket, reporters, text);
    }
    case 'transfer': {
      const text = renderReply(r, 'statusHandover', { number: ticket.number, assignee: vars.assignee, actor });
      const posts = postStatus(ctx, ticket, reporters, text);
      const person = ticket.assigneeId === null ? null : await deps.store.getPerson(ticket.assigneeId);
      if (person && person.id !== ctx.actor.personId) {
        posts.push(tellStaff(person.name, person.remark, renderReply(r, 'assignedToYou', { ...vars, actor })));
      }
      return posts;
    }
    case 'rate':
      return announceRating(ctx, cmd.rating, result, reporters);
  }
}

async function announceRating(ctx: MessageContext, rating: number, result: ActionResult, reporters: readonly Reporter[]): Promise<Reply[]> {
  const { deps } = ctx;
  const { ticket } = result;
  if (!isLowRating(rating)) return [replyHere(ctx, renderReply(deps.replies, 'ratingThanks', { number: ticket.number, rating }))];
  // A low rating reopened it: tell the group, and the admins in the staff group (督办).
  const posts = postStatus(ctx, ticket, reporters, renderReply(deps.replies, 'ratingLow', { number: ticket.number, rating }));
  return [...posts, ...(await reopenEscalation(deps, ticket, { rating, by: ctx.actor.name }))];
}
