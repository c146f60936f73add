// An urgent report the store could not take in (disk full, database locked…): the reporter still
// gets the safety advice and the emergency numbers, and the staff group still gets the alert, only
// without a ticket number. Never a bare "sorry" for an emergency.
import type { Classification } from '../classify/types.js';
import { maskSensitive } from '../mask-sensitive.js';
import { replyHere, type MessageContext } from '../message-context.js';
import { renderReply } from '../replies/render-reply.js';
import { categoryNames } from '../replies/ticket-vars.js';
import type { Room } from '../tickets/types.js';
import { isAdminRole } from '../tickets/staff-roles.js';
import type { Reply } from '../types.js';
import { responsibleWorker } from './responsible-worker.js';
import { ADVICE_KEY, dangerKind, emergencyPhones } from './urgent-advice.js';

const EXCERPT_CHARS = 60;

/** The staff alert (first) and the advice to the reporter for an urgent report that has no ticket. */
export function unsavedUrgentReplies(
  ctx: MessageContext,
  room: Room,
  staffRooms: readonly Room[],
  c: Classification & { category: string },
): Reply[] {
  const { deps, msg } = ctx;
  const community = ctx.community!;
  const kind = dangerKind(c.category, msg.text);
  const advice = renderReply(deps.replies, 'urgentAckUnsaved', {
    advice: deps.replies[ADVICE_KEY[kind]],
    phones: emergencyPhones(kind, community.config.emergency),
  });
  const names = categoryNames(deps, c.category);
  const worker = responsibleWorker(community.config, room.xiaoqu, c.building, names)?.name ?? null;
  const masked = maskSensitive(msg.text);
  const text = renderReply(deps.replies, 'urgentStaffAlertUnsaved', {
    category: names.at(-1)!,
    building: c.building ?? deps.replies.noBuilding,
    room: room.topic,
    reporter: msg.sender.name,
    excerpt: masked.length > EXCERPT_CHARS ? `${masked.slice(0, EXCERPT_CHARS)}…` : masked,
    assignee: worker ?? deps.replies.nobodyYet,
  });
  const admins = community.config.staff.filter((s) => isAdminRole(s.role)).map((s) => s.name);
  const mentions = [...new Set([...(worker ? [worker] : []), ...admins])];
  const alerts: Reply[] = staffRooms.map((r) => ({ to: { kind: 'room', roomKey: r.key }, text, mentions, urgent: true }));
  return [...alerts, replyHere(ctx, advice, true)];
}
