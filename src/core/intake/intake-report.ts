// A resident's message in a watched group: classify it; a report opens or joins a ticket and
// gets one short acknowledgement (urgent ones: safety advice now, and an alert to the staff group).
import type { Classification } from '../classify/types.js';
import { identify } from '../identify-sender.js';
import { loginOf } from '../identity/sender-account.js';
import { maskSensitive } from '../mask-sensitive.js';
import { replyHere, type MessageContext } from '../message-context.js';
import { renderReply } from '../replies/render-reply.js';
import { categoryNames, ticketVars } from '../replies/ticket-vars.js';
import type { IntakeResult } from '../tickets/ticket-store.js';
import type { Room, Ticket } from '../tickets/types.js';
import type { Reply } from '../types.js';
import { fitReportText } from './fit-report-text.js';
import { responsibleWorker } from './responsible-worker.js';
import { ADVICE_KEY, dangerKind, emergencyPhones } from './urgent-advice.js';

const EXCERPT_CHARS = 60;

/** Opens or joins a ticket for a message the classifier found to be a report, and acknowledges it. */
export async function intakeReport(ctx: MessageContext, room: Room, c: Classification): Promise<Reply[]> {
  const { deps, msg, log } = ctx;
  const community = ctx.community!;
  if (c.category === null) throw new Error('classifier returned a report without a category');
  ctx.addressed = true;
  await identify(ctx);
  const result = await deps.store.intake(
    {
      communityId: community.id,
      roomKey: room.key,
      messageId: msg.id,
      text: fitReportText(msg.text),
      reporterName: msg.sender.name,
      reporterKey: ctx.actor.key,
      reporterContactId: msg.sender.sessionId,
      reporterLogin: loginOf(msg.sender),
      at: ctx.now,
      category: c.category,
      urgent: c.urgent,
      building: c.building,
      imagePath: msg.imagePath ?? null,
    },
    {
      mergeWindowHours: deps.config.tickets.mergeWindowHours,
      deadlines: deps.deadlines,
      categories: deps.categories.length > 0 ? deps.categories.map((k) => k.code) : undefined,
    },
  );
  const { ticket } = result;
  log.info({ ticket: ticket.number, outcome: result.kind, category: c.category, urgent: c.urgent }, 'report taken in');
  if (result.kind === 'repeat') return [];

  const responsible = responsibleWorker(community.config, room.xiaoqu, ticket.building, categoryNames(deps, ticket.category))?.name ?? null;
  const vars = ticketVars(deps, ticket, responsible);
  if (c.urgent) {
    const kind = dangerKind(c.category, msg.text);
    const text = renderReply(deps.replies, 'urgentAck', {
      ...vars,
      advice: deps.replies[ADVICE_KEY[kind]],
      phones: emergencyPhones(kind, community.config.emergency),
    });
    // The staff alert goes first: both jump the queue, and the outbox keeps this order.
    const alerts = (await isFirstUrgentReport(ctx, result)) ? await staffAlerts(ctx, room, ticket, vars.assignee) : [];
    return [...alerts, replyHere(ctx, text, true)];
  }
  const text =
    result.kind === 'opened'
      ? renderReply(deps.replies, 'ack', vars)
      : renderReply(deps.replies, 'ackMerged', vars);
  return [replyHere(ctx, text)];
}

/** Staff are alerted once per ticket: when it opens urgent, or when an urgent report joins a ticket that was not. */
async function isFirstUrgentReport(ctx: MessageContext, result: IntakeResult): Promise<boolean> {
  if (result.kind === 'opened') return true;
  const reports = await ctx.deps.store.getReports(result.ticket.id);
  return !reports.some((r) => r.urgent && r.id !== result.report.id);
}

/** The urgent alert in every staff group of the community, @-mentioning who should act. */
async function staffAlerts(ctx: MessageContext, from: Room, ticket: Ticket, assignee: string): Promise<Reply[]> {
  const { deps, msg } = ctx;
  const rooms = (await deps.store.listRooms(from.communityId)).filter((r) => r.role === 'staff');
  if (rooms.length === 0) ctx.log.warn({ ticket: ticket.number }, 'urgent report but the community has no staff group');
  // Mask first, then cut: a number cut in half would no longer look like one and slip through.
  const masked = maskSensitive(msg.text);
  const excerpt = masked.length > EXCERPT_CHARS ? `${masked.slice(0, EXCERPT_CHARS)}…` : masked;
  const text = renderReply(deps.replies, 'urgentStaffAlert', {
    ...ticketVars(deps, ticket),
    assignee,
    room: from.topic,
    reporter: msg.sender.name,
    excerpt,
  });
  const admins = ctx.community!.config.staff.filter((s) => s.role === 'admin').map((s) => s.name);
  const mentions = [...new Set([assignee, ...admins])].filter((n) => n !== deps.replies.nobodyYet);
  return rooms.map((r) => ({ to: { kind: 'room', roomKey: r.key }, text, mentions, urgent: true }));
}
