// 超时督办: active tickets past their resolution deadline are listed in the staff group with how
// long they are overdue, their age and who handles them. Each ticket is escalated again only
// after its repeat interval (config.schedule.escalationRepeatHours; urgent tickets on the much
// shorter urgent clock from rules/deadlines.yaml), never more often. Urgent ones go out at once,
// even in quiet hours; the others wait for the morning.
import { deadlineRule } from '../tickets/deadlines.js';
import type { Ticket } from '../tickets/types.js';
import {
  admins,
  dueSoonOrOverdue,
  ensureDirectory,
  responsibleFor,
  toStaff,
  uniqueNames,
  type Addressee,
  type CommunityContext,
} from './community-context.js';
import { formatDuration, HOUR_MS } from './format-duration.js';
import { capLines, ticketLabel } from './ticket-line.js';

/** "超时2小时", or "刚到办结时限" in its first minute. */
export function overdueBy(ms: number): string {
  return ms < 60_000 ? '刚到办结时限' : `超时${formatDuration(ms)}`;
}

/** How long after one escalation of `t` the next one may follow. */
function escalationIntervalMs(t: Ticket, ctx: CommunityContext): number {
  const configured = ctx.deps.config.schedule.escalationRepeatHours * HOUR_MS;
  if (!t.urgent) return configured;
  return Math.min(configured, deadlineRule(t.category, true, ctx.deps.deadlines).escalateEveryMs);
}

/** Whether `t` (already overdue) is due for an escalation at `now`; the second value says if it is a repeat. */
function escalationDue(t: Ticket, ctx: CommunityContext): { due: boolean; repeat: boolean } {
  const last = t.marks.escalatedAt;
  // A mark from before the current deadline belongs to an earlier round (before a reopen).
  if (last === null || last.getTime() < t.dueAt.getTime()) return { due: true, repeat: false };
  return { due: ctx.now.getTime() - last.getTime() >= escalationIntervalMs(t, ctx), repeat: true };
}

export async function escalateOverdue(ctx: CommunityContext, quiet: boolean): Promise<void> {
  const now = ctx.now.getTime();
  const overdue = (await dueSoonOrOverdue(ctx)).filter((t) => t.dueAt.getTime() <= now);
  const due = overdue
    .map((t) => ({ t, ...escalationDue(t, ctx) }))
    .filter((e) => e.due && (!quiet || e.t.urgent))
    .sort((a, b) => a.t.dueAt.getTime() - b.t.dueAt.getTime());
  if (due.length === 0) return;
  await ensureDirectory(ctx);
  for (const urgent of [true, false]) {
    const batch = due.filter((e) => e.t.urgent === urgent);
    if (batch.length === 0) continue;
    const named: Addressee[] = urgent ? [...admins(ctx)] : [];
    const lines = batch.map(({ t, repeat }) => {
      const people = responsibleFor(t, ctx);
      named.push(...people);
      const handler = t.assigneeName ?? `未接单（责任人：${uniqueNames(people).join('、') || '未配置'}）`;
      const age = formatDuration(now - t.createdAt.getTime());
      return `${ticketLabel(t, ctx.categoryName)}，${overdueBy(now - t.dueAt.getTime())}（受理至今${age}），处理人：${handler}${repeat ? '，再次督办' : ''}`;
    });
    const title = urgent
      ? `🚨【紧急工单超时督办】${batch.length} 件紧急工单已超过办结时限：`
      : `【超时督办】${batch.length} 件工单已超过办结时限：`;
    const ask = urgent ? '请立即处置并在群里反馈进展。' : '请处理人抓紧办理，并用「#进度 编号 说明」反馈进展。';
    ctx.out.push(...toStaff(ctx, [title, ...capLines(lines), ask].join('\n'), named, urgent));
    for (const { t, repeat } of batch) {
      const note = `${overdueBy(now - t.dueAt.getTime())}，${repeat ? '再次' : ''}督办`;
      ctx.claims.push({ kind: 'mark', ticketId: t.id, mark: 'escalatedAt', seen: t.marks.escalatedAt, note });
    }
  }
  ctx.deps.logger.info({ community: ctx.community.id, tickets: due.length }, 'overdue escalations sent');
}
