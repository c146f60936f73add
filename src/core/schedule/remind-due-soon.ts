// 即将到期提醒: an assigned ticket within config.schedule.dueSoonHours of its resolution deadline →
// one private reminder to the assignee, all their tickets in one message. Once per deadline.
import type { Ticket } from '../tickets/types.js';
import { dueSoonOrOverdue, ensureDirectory, responsibleFor, toPerson, type Addressee, type CommunityContext } from './community-context.js';
import { formatDuration, HOUR_MS } from './format-duration.js';
import { formatLocalShort } from '../local-time.js';
import { capLines, ticketLabel } from './ticket-line.js';

export async function remindDueSoon(ctx: CommunityContext, quiet: boolean): Promise<void> {
  const { config } = ctx.deps;
  const leadMs = config.schedule.dueSoonHours * HOUR_MS;
  const now = ctx.now.getTime();
  const reminded = (t: Ticket) => t.marks.dueSoonRemindedAt !== null && t.marks.dueSoonRemindedAt.getTime() >= t.dueAt.getTime() - leadMs;
  const due = (await dueSoonOrOverdue(ctx)).filter(
    (t) => t.assigneeId !== null && t.dueAt.getTime() > now && !reminded(t) && (!quiet || t.urgent),
  );
  if (due.length === 0) return;
  await ensureDirectory(ctx);
  const byAssignee = new Map<number, { who: Addressee; tickets: Ticket[] }>();
  for (const t of due) {
    const who = responsibleFor(t, ctx)[0];
    if (!who) continue;
    const entry = byAssignee.get(t.assigneeId!) ?? { who, tickets: [] };
    entry.tickets.push(t);
    byAssignee.set(t.assigneeId!, entry);
  }
  for (const { who, tickets } of byAssignee.values()) {
    const lines = tickets.map(
      (t) =>
        `${ticketLabel(t, ctx.categoryName)}，${formatLocalShort(t.dueAt, ctx.timeZone)} 到期（还剩${formatDuration(t.dueAt.getTime() - now)}）`,
    );
    const text = [
      `${who.name}您好，您负责的 ${tickets.length} 件工单即将到期：`,
      ...capLines(lines),
      `办好后请回复「#完成 编号 处理结果」；需要协调请回复「#进度 编号 说明」。`,
    ].join('\n');
    ctx.out.push(
      toPerson(
        who,
        text,
        tickets.some((t) => t.urgent),
      ),
    );
    for (const t of tickets) {
      ctx.claims.push({
        kind: 'mark',
        ticketId: t.id,
        mark: 'dueSoonRemindedAt',
        seen: t.marks.dueSoonRemindedAt,
        note: '临近办结时限，已私信提醒处理人',
      });
    }
  }
  if (byAssignee.size) ctx.deps.logger.info({ community: ctx.community.id, tickets: due.length }, 'due-soon reminders sent');
}
