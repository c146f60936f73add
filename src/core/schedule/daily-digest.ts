// 每日简报 in the staff group at config.schedule.digestTime (local): what came in, what was done,
// what is overdue, how residents rated. After downtime one digest covers the whole gap.
import { createStatsAccumulator, formatRate, satisfactionVerdict } from '../stats/ticket-stats.js';
import { ACTIVE_STATUSES } from '../tickets/lifecycle.js';
import type { Ticket } from '../tickets/types.js';
import { ensureDirectory, responsibleFor, toStaff, uniqueNames, type CommunityContext } from './community-context.js';
import { overdueBy } from './escalate-overdue.js';
import { DAY_MS } from './format-duration.js';
import { formatLocalShort, latestDailySlot, localParts } from '../local-time.js';
import { runPeriodic } from './periodic-job.js';
import { ticketLabel } from './ticket-line.js';
import { ticketsSince, within } from './tickets-since.js';

/** How many overdue tickets the digest names (the rest are counted). */
const NAMED_OVERDUE = 5;

export async function dailyDigest(ctx: CommunityContext, quiet: boolean): Promise<void> {
  if (quiet) return;
  const slot = latestDailySlot(ctx.now, ctx.deps.config.schedule.digestTime, ctx.timeZone);
  await runPeriodic(ctx, 'digest', slot, async (since) => {
    await ensureDirectory(ctx);
    ctx.out.push(...toStaff(ctx, await digestText(ctx, since), [], false));
    ctx.deps.logger.info({ community: ctx.community.id }, 'daily digest sent');
  });
}

async function digestText(ctx: CommunityContext, since: Date): Promise<string> {
  const now = ctx.now;
  const end = new Date(now.getTime() + 1); // what this very run changed (an auto-close) counts too
  const tickets = await ticketsSince(ctx, since);
  const created = tickets.filter((t) => within(t.createdAt, since, end));
  const resolved = tickets.filter((t) => within(t.resolvedAt, since, end));
  const rated = createStatsAccumulator(now);
  // A verdict (a rating, or "not fixed" on an unrated ticket) given in the period.
  for (const t of tickets) if (satisfactionVerdict(t) !== null && within(t.updatedAt, since, end)) rated.add(t);
  const ratings = rated.result();
  const autoClosed = tickets.filter((t) => t.status === 'closed' && t.rating === null && t.resolvedAt && within(t.closedAt, since, end));
  const overdue = (await ctx.deps.store.listDueBy(now, ctx.community.id)).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime());
  const active = await ctx.deps.store.listTickets({ communityId: ctx.community.id, statuses: ACTIVE_STATUSES });

  const day = localParts(now, ctx.timeZone);
  const period = now.getTime() - since.getTime() > DAY_MS + 60_000 ? `（${formatLocalShort(since, ctx.timeZone)} 以来）` : '';
  const urgent = created.filter((t) => t.urgent).length;
  // Overdue urgent tickets come first, counted and each named with who must act.
  const urgentOverdue = overdue.filter((t) => t.urgent);
  const calmOverdue = overdue.filter((t) => !t.urgent);
  const handler = (t: Ticket) => t.assigneeName ?? `未接单（责任人：${uniqueNames(responsibleFor(t, ctx)).join('、') || '未配置'}）`;
  const lines = [
    `【每日简报】${ctx.community.name} ${day.month}月${day.day}日${period}`,
    ...(urgentOverdue.length
      ? [
          `🚨 紧急工单超时 ${urgentOverdue.length} 件：`,
          ...urgentOverdue.map(
            (t) => `${ticketLabel(t, ctx.categoryName)}，${overdueBy(now.getTime() - t.dueAt.getTime())}，处理人：${handler(t)}`,
          ),
        ]
      : []),
    `新增诉求 ${created.length} 件${urgent ? `（紧急 ${urgent} 件）` : ''}，办结 ${resolved.length} 件；目前在办 ${active.length} 件，其中超时 ${overdue.length} 件。`,
    ratings.ratedCount
      ? `居民评价 ${ratings.ratedCount} 件，满意 ${ratings.satisfiedCount} 件，满意率 ${formatRate(ratings.satisfactionRate)}。`
      : '没有新的居民评价。',
  ];
  if (autoClosed.length) lines.push(`回访期满未评价、自动关闭 ${autoClosed.length} 件。`);
  if (calmOverdue.length) {
    lines.push(urgentOverdue.length ? '其他超时工单：' : '超时工单：');
    for (const t of calmOverdue.slice(0, NAMED_OVERDUE)) {
      lines.push(`${ticketLabel(t, ctx.categoryName)}，${overdueBy(now.getTime() - t.dueAt.getTime())}，处理人：${handler(t)}`);
    }
    if (calmOverdue.length > NAMED_OVERDUE) lines.push(`…另有 ${calmOverdue.length - NAMED_OVERDUE} 件超时，发「#待办」查看全部。`);
  }
  return lines.join('\n');
}
