// A command that moves a ticket through the lifecycle (接单 进度 完成 转派 转办 退回 关闭 合并 撤销
// 没修好 评价). Its names, argument hint, summary and roles come from the lifecycle table, the one
// source of which transitions exist and who may take them; the module adds how its arguments
// are read, what the store needs, and what is announced. The store checks the step against the
// table inside its transaction; a refusal comes back as one Chinese sentence.
import { reporterActor } from '../identity/reporter-actor.js';
import { replyHere } from '../message-context.js';
import { renderReply } from '../replies/render-reply.js';
import { LifecycleError, rolesFor, TRANSITIONS, type ActionCode } from '../tickets/lifecycle.js';
import { TicketNotFoundError, type ActionResult, type ActionTarget } from '../tickets/ticket-store.js';
import type { Reporter, Role } from '../tickets/types.js';
import type { Reply } from '../types.js';
import { inCommunity, usageOf, type ChatCommand, type CommandArgs, type CommandContext, type ParseFailure } from './chat-command.js';

/** What store.act needs besides the action and the actor. */
export interface ActionPlan {
  number: string;
  note?: string | null;
  target?: ActionTarget | null;
  rating?: number | null;
  /** For 改类: the new category code. */
  category?: string;
}

/** A plan cannot be made: a named person or ticket is unknown (the text says which). */
interface PlanRefusal {
  refusal: string;
}

export interface LifecycleCommandSpec<A extends CommandArgs, P extends ActionPlan = ActionPlan> {
  verb: A['verb'];
  action: ActionCode;
  /** The example in the usage text, e.g. "#接单 12". */
  example: string;
  /** More names besides the table's verb and aliases. */
  extraNames?: readonly string[];
  bare?: RegExp;
  parse(args: string, name: string): A | ParseFailure;
  plan(ctx: CommandContext, cmd: A, communityId: number): P | PlanRefusal | Promise<P | PlanRefusal>;
  /** What the group (and anyone else concerned) is told once the store applied the step. */
  announce(ctx: CommandContext, cmd: A, result: ActionResult, reporters: readonly Reporter[], plan: P): Reply[] | Promise<Reply[]>;
}

/** Builds the chat command for one lifecycle action. */
export function lifecycleCommand<A extends CommandArgs, P extends ActionPlan = ActionPlan>(
  spec: LifecycleCommandSpec<A, P>,
): ChatCommand<A> {
  const row = TRANSITIONS.find((r) => r.action === spec.action);
  if (!row) throw new Error(`lifecycle has no action ${spec.action}`);
  const roles = new Set<Role>();
  for (const role of rolesFor(spec.action)) if (role !== 'system') roles.add(role);
  return {
    verb: spec.verb,
    names: [row.verb, ...row.aliases, ...(spec.extraNames ?? [])],
    hint: row.args,
    usage: usageOf(row.verb, row.args, spec.example),
    summary: row.summary,
    roles,
    ...(spec.bare ? { bare: spec.bare } : {}),
    parse: (args, name) => spec.parse(args, name),
    run: inCommunity<A>((ctx, cmd, communityId) => act(ctx, spec, cmd, communityId)),
  };
}

async function act<A extends CommandArgs, P extends ActionPlan>(
  ctx: CommandContext,
  spec: LifecycleCommandSpec<A, P>,
  cmd: A,
  communityId: number,
): Promise<Reply[]> {
  const { deps } = ctx;
  const plan = await spec.plan(ctx, cmd, communityId);
  if ('refusal' in plan) return [replyHere(ctx, plan.refusal)];
  const ticket = await deps.store.getByNumber(communityId, plan.number);
  if (!ticket) return [replyHere(ctx, renderReply(deps.replies, 'noSuchTicket', { number: plan.number }))];
  // Residents act on their own reports only: "own" is decided by account, not by name.
  const who = await reporterActor(ctx, ticket);
  if ('refusal' in who) return [replyHere(ctx, who.refusal)];
  const reporters = await deps.store.getReporters(ticket.id);
  const action = spec.action;
  let result: ActionResult;
  try {
    result = await deps.store.act({
      communityId,
      number: plan.number,
      action,
      actor: who.actor,
      at: ctx.now,
      note: plan.note ?? null,
      target: plan.target ?? null,
      rating: plan.rating ?? null,
      deadlines: deps.deadlines,
      ...(plan.category === undefined ? {} : { category: plan.category }),
      ...(who.own ? { own: who.own } : {}),
    });
  } catch (err) {
    if (err instanceof LifecycleError || err instanceof TicketNotFoundError) {
      ctx.log.info({ ticket: plan.number, action, refused: err instanceof LifecycleError ? err.code : 'not_found' }, 'command refused');
      return [replyHere(ctx, err.message)];
    }
    throw err;
  }
  ctx.log.info({ ticket: plan.number, action, from: result.from, to: result.to }, 'ticket changed');
  return spec.announce(ctx, cmd, result, reporters, plan);
}
