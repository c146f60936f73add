// 回访: a resolved ticket's reporters were asked to rate when it was resolved. Without a rating
// after followUp.remindAfterHours they get one reminder (in the group they reported from); after
// followUp.closeAfterHours the ticket closes as done-unrated (未评价自动关闭).
import { LifecycleError } from '../tickets/lifecycle.js';
import type { Actor, Reporter, Ticket } from '../tickets/types.js';
import { ensureDirectory, type CommunityContext } from './community-context.js';
import { HOUR_MS } from './format-duration.js';
import { formatLocalShort } from '../local-time.js';
import { ticketLabel } from './ticket-line.js';

const AUTO_CLOSE_NOTE = '未评价自动关闭';

const SYSTEM: Actor = { personId: null, name: '系统', key: 'system', role: 'system' };

/** When the reporters were asked to rate: the ask mark, else the resolve time. */
function askedAt(t: Ticket): Date {
  return t.marks.followUpAskedAt ?? t.resolvedAt ?? t.updatedAt;
}

export async function followUp(ctx: CommunityContext, quiet: boolean): Promise<void> {
  const { store, config, logger } = ctx.deps;
  const remindMs = config.schedule.followUp.remindAfterHours * HOUR_MS;
  const closeMs = config.schedule.followUp.closeAfterHours * HOUR_MS;
  const now = ctx.now.getTime();
  const toRemind: { t: Ticket; reporters: Reporter[] }[] = [];
  let closed = 0;
  for (const t of await store.listAwaitingRating(ctx.community.id)) {
    const asked = askedAt(t).getTime();
    if (now >= asked + closeMs) {
      if (ctx.preview) continue;
      try {
        await store.act({
          communityId: ctx.community.id,
          number: t.number,
          action: 'auto_close',
          actor: SYSTEM,
          at: ctx.now,
          note: AUTO_CLOSE_NOTE,
        });
        closed++;
      } catch (err) {
        // Rated or reopened between the list and the close: nothing to do.
        if (!(err instanceof LifecycleError)) throw err;
        logger.debug({ ticket: t.id, code: err.code }, 'follow-up auto-close skipped');
      }
      continue;
    }
    const reminded = t.marks.followUpRemindedAt !== null && t.marks.followUpRemindedAt.getTime() >= asked;
    if (quiet || reminded || now < asked + remindMs) continue;
    toRemind.push({ t, reporters: await store.getReporters(t.id) });
  }
  if (closed) logger.info({ community: ctx.community.id, tickets: closed }, 'unrated tickets auto-closed');
  if (toRemind.length === 0) return;
  await ensureDirectory(ctx);

  // One message per place: each group gets the tickets its members reported, @-mentioning them.
  const perRoom = new Map<string, { tickets: Ticket[]; names: Set<string> }>();
  const perContact = new Map<string, Ticket[]>();
  for (const { t, reporters } of toRemind) {
    for (const r of reporters) {
      const roomKey = r.roomKey ?? null;
      if (roomKey) {
        const entry = perRoom.get(roomKey) ?? { tickets: [], names: new Set<string>() };
        if (!entry.tickets.includes(t)) entry.tickets.push(t);
        entry.names.add(r.name);
        perRoom.set(roomKey, entry);
      } else {
        perContact.set(r.name, [...(perContact.get(r.name) ?? []), t]);
      }
    }
  }
  for (const [roomKey, { tickets, names }] of perRoom) {
    ctx.out.push({ to: { kind: 'room', roomKey }, text: reminderText(ctx, tickets), mentions: [...names], urgent: false });
  }
  for (const [name, tickets] of perContact) {
    ctx.out.push({ to: { kind: 'contact', name, remark: null }, text: reminderText(ctx, tickets), mentions: [], urgent: false });
  }
  for (const { t } of toRemind) {
    ctx.claims.push({
      kind: 'mark',
      ticketId: t.id,
      mark: 'followUpRemindedAt',
      seen: t.marks.followUpRemindedAt,
      note: '办结后未评价，已提醒反映人评价',
    });
  }
  logger.info({ community: ctx.community.id, tickets: toRemind.length }, 'follow-up reminders sent');
}

function reminderText(ctx: CommunityContext, tickets: Ticket[]): string {
  const lines = tickets.map(
    (t) => `${ticketLabel(t, ctx.categoryName)}（${formatLocalShort(t.resolvedAt ?? t.updatedAt, ctx.timeZone)} 办结）`,
  );
  const n = tickets[0]!.number;
  return [
    `【回访】您反映的问题已办结，麻烦评价一下处理结果：`,
    ...lines,
    `回复「#评价 ${n} 5」（1–5 分）或「#评价 ${n} 满意」/「#评价 ${n} 不满意」；如果没修好，回复「#没修好 ${n}」，我们重新安排。`,
  ].join('\n');
}
