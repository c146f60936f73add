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
import { sourceKeyOf } from '../tickets/source-key.js';
import type { Room, Ticket } from '../tickets/types.js';
import type { Reply } from '../types.js';
import { fitReportText } from './fit-report-text.js';
import { isAdminRole } from '../tickets/staff-roles.js';
import { namedWorker } from './named-worker.js';
import { unsavedUrgentReplies } from './unsaved-urgent.js';
import { ADVICE_KEY, dangerKind, emergencyPhones } from './urgent-advice.js';

const EXCERPT_CHARS = 60;

/**
 * Opens or joins a ticket for a message the classifier found to be a report, and acknowledges it.
 * The acknowledgement (and an urgent report's staff alert) is built inside the store's intake
 * transaction and queued with it, so a crash cannot keep the ticket and lose its acknowledgement;
 * the same replies are returned (keyed, so the outbox takes them only once).
 */
export async function intakeReport(ctx: MessageContext, room: Room, c: Classification): Promise<Reply[]> {
  try {
    return (await takeInReport(ctx, room, c)).replies;
  } catch (err) {
    if (!c.urgent || c.category === null) throw err;
    // An emergency is never answered with an apology alone: advice and alert go out without a ticket.
    const e = err instanceof Error ? err : new Error(String(err));
    ctx.log.error(
      { err: { name: e.name, message: e.message, stack: e.stack } },
      'urgent report could not be stored; advice and staff alert sent without a ticket',
    );
    const rooms = await ctx.deps.store.listRooms(room.communityId).catch(() => []);
    return unsavedUrgentReplies(
      ctx,
      room,
      rooms.filter((r) => r.role === 'staff'),
      { ...c, category: c.category },
    );
  }
}

/** intakeReport with what the store did (staff registering a missed report record a correction on the ticket). */
export async function takeInReport(
  ctx: MessageContext,
  room: Room,
  c: Classification,
): Promise<{ result: IntakeResult; replies: Reply[] }> {
  const { deps, msg, log } = ctx;
  const community = ctx.community!;
  if (c.category === null) throw new Error('classifier returned a report without a category');
  ctx.addressed = true;
  await identify(ctx);
  // Read before the transaction: the acknowledgement is built inside it and may not touch the store.
  // A report may join a ticket opened in another residents' group: its responsible worker is
  // named by that group, so the rooms are read when there is more than one such group.
  const severalGroups = community.config.groups.filter((g) => g.role === 'residents').length > 1;
  const rooms = c.urgent || severalGroups ? await deps.store.listRooms(room.communityId) : [room];
  const staffRooms = rooms.filter((r) => r.role === 'staff');
  const ackKey = `ack:${sourceKeyOf(room.key, msg.id)}`;
  let replies: Reply[] = [];
  const result = await deps.store.intake(
    {
      communityId: community.id,
      roomKey: room.key,
      messageId: msg.id,
      text: fitReportText(msg.text),
      reporterName: msg.sender.name,
      reporterKey: ctx.actor.key,
      // Empty for a report staff registered from a quote (#登记): that account is unknown.
      reporterContactId: msg.sender.sessionId || null,
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
    (taken) => {
      replies = acknowledgement(ctx, room, c, taken, rooms, staffRooms).map((r, i) => ({ ...r, key: `${ackKey}:${i}` }));
      return replies;
    },
  );
  log.info({ ticket: result.ticket.number, outcome: result.kind, category: c.category, urgent: c.urgent }, 'report taken in');
  return { result, replies: result.kind === 'repeat' ? [] : replies };
}

/** The reply to the reporter; for an urgent report first the staff alert, once per ticket. */
function acknowledgement(
  ctx: MessageContext,
  room: Room,
  c: Classification,
  result: Exclude<IntakeResult, { kind: 'repeat' }>,
  rooms: readonly Room[],
  staffRooms: readonly Room[],
): Reply[] {
  const { deps, msg } = ctx;
  const community = ctx.community!;
  const { ticket } = result;
  // Named by the ticket's own group: a report merged from another group names the same person.
  const responsible = namedWorker(community.config, rooms, ticket, categoryNames(deps, ticket.category))?.name ?? null;
  const vars = ticketVars(deps, ticket, responsible);
  if (c.urgent) {
    const kind = dangerKind(c.category, msg.text);
    const text = renderReply(deps.replies, 'urgentAck', {
      ...vars,
      advice: deps.replies[ADVICE_KEY[kind]],
      phones: emergencyPhones(kind, community.config.emergency),
    });
    // Staff are alerted once per ticket: when it opens urgent, or when an urgent report makes a
    // calm ticket urgent. The alert goes first: both jump the queue, and the outbox keeps this order.
    const firstUrgent = result.kind === 'opened' || result.becameUrgent;
    const alerts = firstUrgent ? staffAlerts(ctx, room, staffRooms, ticket, vars.assignee) : [];
    return [...alerts, replyHere(ctx, text, true)];
  }
  const text = result.kind === 'opened' ? renderReply(deps.replies, 'ack', vars) : renderReply(deps.replies, 'ackMerged', vars);
  return [replyHere(ctx, text)];
}

/** The urgent alert in every staff group of the community, @-mentioning who should act. */
function staffAlerts(ctx: MessageContext, from: Room, rooms: readonly Room[], ticket: Ticket, assignee: string): Reply[] {
  const { deps, msg } = ctx;
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
  const admins = ctx.community!.config.staff.filter((s) => isAdminRole(s.role)).map((s) => s.name);
  const mentions = [...new Set([assignee, ...admins])].filter((n) => n !== deps.replies.nobodyYet);
  return rooms.map((r) => ({ to: { kind: 'room', roomKey: r.key }, text, mentions, urgent: true }));
}
