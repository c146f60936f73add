// 待接单提醒: a ticket nobody has taken by its acknowledge deadline → one reminder in the staff
// group naming (and @-mentioning) the grid worker responsible for it. Once per deadline: a
// reopened ticket gets a new ackDueAt and so a new reminder.
import type { Ticket } from '../tickets/types.js';
import { ensureDirectory, responsibleFor, toStaff, uniqueNames, type Addressee, type CommunityContext } from './community-context.js';
import { formatDuration } from './format-duration.js';
import { capLines, ticketLabel } from './ticket-line.js';

function alreadyReminded(t: Ticket): boolean {
  const at = t.marks.ackRemindedAt;
  return at !== null && at.getTime() >= t.ackDueAt.getTime();
}

/** Reminders for tickets past their acknowledge deadline; non-urgent ones wait while `quiet`. */
export async function remindUnacknowledged(ctx: CommunityContext, quiet: boolean): Promise<void> {
  const { store } = ctx.deps;
  const due = (await store.listAckOverdue(ctx.now, ctx.community.id)).filter(
    // Urgent tickets are raised by raise-untaken-urgent.ts, sooner and repeatedly.
    (t) => !t.urgent && !alreadyReminded(t) && t.dueAt.getTime() > ctx.now.getTime() && !quiet,
  );
  if (due.length === 0) return;
  await ensureDirectory(ctx);
  for (const urgent of [true, false]) {
    const tickets = due.filter((t) => t.urgent === urgent);
    if (tickets.length === 0) continue;
    const named: Addressee[] = [];
    const lines = tickets.map((t) => {
      const people = responsibleFor(t, ctx);
      named.push(...people);
      const who = uniqueNames(people).join('、') || '（未配置网格员）';
      const waited = formatDuration(ctx.now.getTime() - t.createdAt.getTime());
      return `${ticketLabel(t, ctx.categoryName)}，已等待${waited}，责任人：${who}`;
    });
    const first = tickets[0]!.number;
    const text = [
      `⏰ 待接单提醒：${tickets.length} 件工单已过受理时限，仍无人接单——`,
      ...capLines(lines),
      `请尽快接单：回复「#接单 ${first}」（换成对应编号）。`,
    ].join('\n');
    ctx.out.push(...toStaff(ctx, text, named, urgent));
    for (const t of tickets) {
      ctx.claims.push({
        kind: 'mark',
        ticketId: t.id,
        mark: 'ackRemindedAt',
        seen: t.marks.ackRemindedAt,
        note: '超过受理时限未接单，已在工作群提醒',
      });
    }
  }
  ctx.deps.logger.info({ community: ctx.community.id, tickets: due.length }, 'ack reminders sent');
}
