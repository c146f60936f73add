// 月度通报 to the residents' groups (off unless config.schedule.monthlySummary): last month's
// reports handled, median time to fix and satisfaction, on the 1st at the weekly report's time.
import { createStatsAccumulator, formatRate } from '../stats/ticket-stats.js';
import { ensureDirectory, type CommunityContext } from './community-context.js';
import { formatDuration } from './format-duration.js';
import { latestMonthlySlot, localParts, zonedTime } from '../local-time.js';
import { runPeriodic } from './periodic-job.js';
import { ticketsSince, within } from './tickets-since.js';

export async function monthlySummary(ctx: CommunityContext, quiet: boolean): Promise<void> {
  const { schedule } = ctx.deps.config;
  if (quiet || !schedule.monthlySummary) return;
  const slot = latestMonthlySlot(ctx.now, schedule.weeklyReport.time, ctx.timeZone);
  await runPeriodic(ctx, 'monthly', slot, async () => {
    await ensureDirectory(ctx);
    const text = await monthlyText(ctx, slot);
    for (const room of ctx.residentRooms) ctx.out.push({ to: { kind: 'room', roomKey: room.key }, text, mentions: [], urgent: false });
    ctx.deps.logger.info({ community: ctx.community.id, rooms: ctx.residentRooms.length }, 'monthly summary sent');
  });
}

async function monthlyText(ctx: CommunityContext, slot: Date): Promise<string> {
  const p = localParts(slot, ctx.timeZone);
  const monthEnd = zonedTime(p.year, p.month, 1, 0, 0, ctx.timeZone);
  const prev = new Date(Date.UTC(p.year, p.month - 2, 1));
  const monthStart = zonedTime(prev.getUTCFullYear(), prev.getUTCMonth() + 1, 1, 0, 0, ctx.timeZone);
  const tickets = await ticketsSince(ctx, monthStart);
  const received = tickets.filter(
    (t) => within(t.createdAt, monthStart, monthEnd) && t.status !== 'duplicate' && t.status !== 'withdrawn' && t.status !== 'not_report',
  );
  const handled = createStatsAccumulator(monthEnd);
  for (const t of tickets) if (within(t.resolvedAt, monthStart, monthEnd)) handled.add(t);
  const s = handled.result();
  const median = s.medianResolveMs === null ? '—' : formatDuration(s.medianResolveMs);
  const satisfaction = s.ratedCount ? `满意率 ${formatRate(s.satisfactionRate)}（${s.ratedCount} 件有评价）` : '暂无评价';
  return [
    `【${prev.getUTCMonth() + 1}月诉求办理情况】`,
    `上月共收到居民反映 ${received.length} 件，办结 ${s.resolvedCount} 件，从反映到办结的用时中位数为 ${median}，${satisfaction}。`,
    '感谢大家的反映和监督！有问题继续在群里说，我们及时跟进。',
  ].join('\n');
}
