// 查询 (or "#12" alone): status, who handles it, the deadline, households and the latest progress.
import { maskSensitive } from '../mask-sensitive.js';
import { replyHere } from '../message-context.js';
import { renderReply } from '../replies/render-reply.js';
import { ticketVars } from '../replies/ticket-vars.js';
import { EVERYONE, inCommunity, isParseFailure, type ChatCommand } from './chat-command.js';
import { numberOnly } from './parse-ticket-args.js';
import { responsibleNames } from './responsible-names.js';

/** Timeline events whose note tells residents how the work goes (not reminders or merge counts). */
const PROGRESS_EVENTS: ReadonlySet<string> = new Set(['note', 'status', 'assigned', 'reopened']);

export const queryCommand: ChatCommand<{ verb: 'query'; number: string }> = {
  verb: 'query',
  names: ['查询', '查', '进展'],
  hint: '编号',
  usage: '#查询 编号，例如：#查询 12',
  summary: '查看工单的状态、处理人、期限和最新进展',
  roles: EVERYONE,
  parse: (args) => {
    const n = numberOnly(args);
    return isParseFailure(n) ? n : { verb: 'query', number: n.number };
  },
  run: inCommunity(async (ctx, cmd, communityId) => {
    const { deps } = ctx;
    const ticket = await deps.store.getByNumber(communityId, cmd.number);
    if (!ticket) return [replyHere(ctx, renderReply(deps.replies, 'noSuchTicket', { number: cmd.number }))];
    const timeline = await deps.store.getTimeline(ticket.id);
    const last = [...timeline].reverse().find((e) => e.note && PROGRESS_EVENTS.has(e.kind));
    const lastNote = last?.note ? maskSensitive(last.note) : deps.replies.noNote;
    const responsible = await responsibleNames(ctx, communityId);
    return [replyHere(ctx, renderReply(deps.replies, 'query', { ...ticketVars(deps, ticket, responsible(ticket)), lastNote }))];
  }),
};
