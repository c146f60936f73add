// 每周热点 in the staff group (config.schedule.weeklyReport: ISO weekday and local time): the
// categories and buildings residents reported most in the seven whole local days before the
// report day, with the change against the seven days before those. On a Monday (the default)
// that is last week, Monday to Sunday, titled 上周; on another weekday it is titled 近7天. The
// title's dates are the first and last day counted.
import { buildingKey } from '../tickets/building-key.js';
import type { Ticket } from '../tickets/types.js';
import { ensureDirectory, toStaff, type CommunityContext } from './community-context.js';
import { addLocalDays, latestWeeklySlot, localParts, zonedTime } from '../local-time.js';
import { runPeriodic } from './periodic-job.js';
import { ticketsSince, within } from './tickets-since.js';

const TOP = 5;

export async function weeklyReport(ctx: CommunityContext, quiet: boolean): Promise<void> {
  if (quiet) return;
  const { weekday, time } = ctx.deps.config.schedule.weeklyReport;
  const slot = latestWeeklySlot(ctx.now, weekday, time, ctx.timeZone);
  await runPeriodic(ctx, 'weekly', slot, async () => {
    await ensureDirectory(ctx);
    ctx.out.push(...toStaff(ctx, await weeklyText(ctx, slot), [], false));
    ctx.deps.logger.info({ community: ctx.community.id }, 'weekly hot-spot report sent');
  });
}

/** Counts per key, most first (ties by key). */
function tally(tickets: Ticket[], key: (t: Ticket) => string | null): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of tickets) {
    const k = key(t);
    if (k !== null) m.set(k, (m.get(k) ?? 0) + 1);
  }
  return new Map([...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])));
}

/** "+3", "-1", "持平", or "新" for something absent last week. */
export function change(now: number, before: number | undefined): string {
  if (!before) return '新';
  const d = now - before;
  return d === 0 ? '持平' : d > 0 ? `+${d}` : String(d);
}

function topLines(thisWeek: Map<string, number>, lastWeek: Map<string, number>, name: (k: string) => string): string {
  if (thisWeek.size === 0) return '无';
  return [...thisWeek]
    .slice(0, TOP)
    .map(([k, n]) => `${name(k)} ${n}（${change(n, lastWeek.get(k))}）`)
    .join('、');
}

async function weeklyText(ctx: CommunityContext, slot: Date): Promise<string> {
  const day = localParts(slot, ctx.timeZone);
  const weekEnd = zonedTime(day.year, day.month, day.day, 0, 0, ctx.timeZone); // the report day's 00:00, not counted
  const weekStart = addLocalDays(weekEnd, -7, ctx.timeZone);
  const prevStart = addLocalDays(weekEnd, -14, ctx.timeZone);
  // A merged duplicate, a withdrawn report or one that was no report (#不是诉求) is not a problem of its own.
  const counted = (await ticketsSince(ctx, prevStart)).filter(
    (t) => t.status !== 'duplicate' && t.status !== 'withdrawn' && t.status !== 'not_report',
  );
  const thisWeek = counted.filter((t) => within(t.createdAt, weekStart, weekEnd));
  const lastWeek = counted.filter((t) => within(t.createdAt, prevStart, weekStart));
  const from = localParts(weekStart, ctx.timeZone);
  const to = localParts(addLocalDays(weekEnd, -1, ctx.timeZone), ctx.timeZone);
  const title = from.weekday === 1 ? '上周热点' : '近7天热点';
  const households = thisWeek.reduce((n, t) => n + t.reporterCount, 0);
  const byBuilding = (t: Ticket) => buildingKey(t.building);
  return [
    `【${title}】${ctx.community.name} ${from.month}月${from.day}日—${to.month}月${to.day}日`,
    `共收到诉求 ${thisWeek.length} 件（${households} 户次反映），前一周 ${lastWeek.length} 件（${change(thisWeek.length, lastWeek.length || undefined)}）。`,
    `类别：${topLines(
      tally(thisWeek, (t) => t.category),
      tally(lastWeek, (t) => t.category),
      ctx.categoryName,
    )}`,
    `楼栋：${topLines(tally(thisWeek, byBuilding), tally(lastWeek, byBuilding), (k) => k)}`,
    '括号内为与前一周相比的变化；同一楼栋同类问题反复出现的，建议排查根源。',
  ].join('\n');
}
