// Runs a parsed command for the sender: permissions first (every refusal says why), then the
// effect. Status changes go through run-action.ts and the lifecycle table.
import { maskSensitive } from '../mask-sensitive.js';
import { replyHere, replyToSender, type MessageContext } from '../message-context.js';
import { renderReply } from '../replies/render-reply.js';
import { ticketVars } from '../replies/ticket-vars.js';
import { responsibleWorker } from '../intake/responsible-worker.js';
import type { Role, Ticket } from '../tickets/types.js';
import type { Reply } from '../types.js';
import type { Command } from './command.js';
import { helpText, roleName } from './help-text.js';
import { runAction } from './run-action.js';
import { verbSpec } from './verbs.js';

const LIST_LIMIT = 10;
/** Timeline events whose note tells residents how the work goes (not reminders or merge counts). */
const PROGRESS_EVENTS: ReadonlySet<string> = new Set(['note', 'status', 'assigned', 'reopened']);

/** The replies to a command from the sender described by `ctx`. */
export async function runCommand(ctx: MessageContext, cmd: Command): Promise<Reply[]> {
  const { deps } = ctx;
  const r = deps.replies;
  const spec = verbSpec(cmd.verb);
  const role: Role = ctx.actor.role === 'system' ? 'admin' : ctx.actor.role;
  const say = (text: string) => [replyHere(ctx, text)];
  ctx.log.info({ verb: cmd.verb, role }, 'command');

  // Staff-only and admin-only verbs are refused up front; verbs a reporter may use are checked
  // against the ticket (own report) by the lifecycle table.
  if (!spec.roles.has(role) && !(spec.roles.has('resident') && role !== 'resident')) {
    const action = `「${spec.names[0]}」`;
    return say(renderReply(r, spec.roles.has('worker') ? 'notStaff' : 'notAdmin', { action }));
  }
  if (cmd.verb === 'help') return say(helpText(r, role, ctx.actor.name));
  if (cmd.verb === 'bind') return bind(ctx, cmd.code);

  const community = ctx.community;
  if (!community) return say(r.dmPickGroup);
  switch (cmd.verb) {
    case 'query':
      return say(await queryText(ctx, community.id, cmd.number));
    case 'mine':
    case 'queue': {
      const tickets = await deps.store.listTickets({
        communityId: community.id,
        ...(cmd.verb === 'mine' ? { assigneeId: ctx.person!.id } : {}),
        limit: LIST_LIMIT + 1,
      });
      const title = cmd.verb === 'mine' ? `${ctx.actor.name}手上未办结的工单` : '未办结工单';
      // Work lists are for staff: asked in a residents' group, they are answered privately.
      const answer = ctx.room?.role === 'residents' ? (text: string) => [replyToSender(ctx.msg, null, text)] : say;
      if (tickets.length === 0) return answer(renderReply(r, 'listEmpty', { title }));
      const responsible = await responsibleNames(ctx, community.id);
      const lines = tickets.slice(0, LIST_LIMIT).map((t) => renderReply(r, 'listLine', ticketVars(deps, t, responsible(t))));
      const more = tickets.length > LIST_LIMIT ? [renderReply(r, 'listMore', { count: `${LIST_LIMIT}+` })] : [];
      return answer([renderReply(r, 'listHeader', { title, count: tickets.length > LIST_LIMIT ? `${LIST_LIMIT}+` : tickets.length }), ...lines, ...more].join('\n'));
    }
    case 'split':
      return split(ctx, community.id, cmd.number, cmd.reporter);
    default:
      if (!spec.action) throw new Error(`verb ${cmd.verb} has no lifecycle action`);
      return runAction(ctx, cmd, spec.action, community.id);
  }
}

async function queryText(ctx: MessageContext, communityId: number, number: string): Promise<string> {
  const { deps } = ctx;
  const ticket = await deps.store.getByNumber(communityId, number);
  if (!ticket) return renderReply(deps.replies, 'noSuchTicket', { number });
  const timeline = await deps.store.getTimeline(ticket.id);
  const last = [...timeline].reverse().find((e) => e.note && PROGRESS_EVENTS.has(e.kind));
  const lastNote = last?.note ? maskSensitive(last.note) : deps.replies.noNote;
  const responsible = await responsibleNames(ctx, communityId);
  return renderReply(deps.replies, 'query', { ...ticketVars(deps, ticket, responsible(ticket)), lastNote });
}

/** Who is responsible for an unassigned ticket (as its acknowledgement said), by its group's 小区 and building. */
async function responsibleNames(ctx: MessageContext, communityId: number): Promise<(t: Ticket) => string | null> {
  const rooms = await ctx.deps.store.listRooms(communityId);
  const config = ctx.community?.config;
  return (t) => {
    if (!config) return null;
    const xiaoqu = rooms.find((room) => room.key === t.roomKey)?.xiaoqu ?? null;
    return responsibleWorker(config, xiaoqu, t.building)?.name ?? null;
  };
}

async function bind(ctx: MessageContext, code: string): Promise<Reply[]> {
  const { deps, msg } = ctx;
  if (msg.channel.kind === 'room') return [replyHere(ctx, deps.replies.bindInGroup)];
  const result = await deps.store.redeemBindingCode(code, msg.sender.sessionId, ctx.now);
  if (!result.ok) {
    ctx.log.info({ reason: result.reason }, 'binding code refused');
    return [replyHere(ctx, deps.replies.bindFailed)];
  }
  ctx.log.info({ person: result.person.id }, 'staff bound by code');
  const role = roleName(deps.replies, result.person.role);
  return [replyHere(ctx, renderReply(deps.replies, 'bindOk', { name: result.person.name, role }))];
}

async function split(ctx: MessageContext, communityId: number, number: string, reporter: string): Promise<Reply[]> {
  const { deps } = ctx;
  const ticket = await deps.store.getByNumber(communityId, number);
  if (!ticket) return [replyHere(ctx, renderReply(deps.replies, 'noSuchTicket', { number }))];
  const reports = await deps.store.getReports(ticket.id);
  const report = [...reports].reverse().find((p) => p.reporterName === reporter || p.reporterKey === reporter);
  if (!report) return [replyHere(ctx, renderReply(deps.replies, 'usage', { usage: verbSpec('split').usage }))];
  const opened = await deps.store.splitReport({ reportId: report.id, actor: ctx.actor, at: ctx.now, deadlines: deps.deadlines });
  ctx.log.info({ ticket: number, split: opened.ticket.number }, 'report split out');
  return [replyHere(ctx, renderReply(deps.replies, 'splitDone', { from: number, number: opened.ticket.number, reporter }))];
}
