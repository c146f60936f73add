// 紧急工单无人接单: an urgent ticket nobody has taken (#接单) within config.urgent.ackMinutes of its
// report (or reopening) is raised in the staff group to the worker responsible for it and every
// admin, and again every config.urgent.repeatMinutes until someone takes it. Quiet hours do not
// hold it. The "raised at" mark (ackRemindedAt) makes the repeats survive restarts.
import { deadlineRule } from '../tickets/deadlines.js';
import type { Ticket } from '../tickets/types.js';
import {
  admins,
  ensureDirectory,
  responsibleFor,
  toStaff,
  uniqueNames,
  type Addressee,
  type CommunityContext,
} from './community-context.js';
import { formatDuration } from './format-duration.js';
import { capLines, ticketLabel } from './ticket-line.js';

const MINUTE = 60_000;

/** When the ticket's urgent acknowledge clock started: its ack deadline minus the urgent acknowledge time. */
function clockStart(t: Ticket, ctx: CommunityContext): number {
  return t.ackDueAt.getTime() - deadlineRule(t.category, true, ctx.deps.deadlines).acknowledgeMs;
}

function isDue(t: Ticket, ctx: CommunityContext): boolean {
  const { ackMinutes, repeatMinutes } = ctx.deps.config.urgent;
  const now = ctx.now.getTime();
  const start = clockStart(t, ctx);
  if (now < start + ackMinutes * MINUTE) return false;
  const last = t.marks.ackRemindedAt?.getTime() ?? null;
  // A mark from before this clock started belongs to an earlier round (before a reopen).
  return last === null || last < start || now - last >= repeatMinutes * MINUTE;
}

/** Raises every urgent, untaken ticket that is due; runs in quiet hours too. */
export async function raiseUntakenUrgent(ctx: CommunityContext): Promise<void> {
  const { store } = ctx.deps;
  // Any ticket due to be raised has an urgent ack deadline at most one urgent acknowledge time from now.
  const horizon = new Date(ctx.now.getTime() + ctx.deps.deadlines.urgent.acknowledgeMs);
  const due = (await store.listAckOverdue(horizon, ctx.community.id)).filter((t) => t.urgent && t.acknowledgedAt === null && isDue(t, ctx));
  if (due.length === 0) return;
  await ensureDirectory(ctx);
  const named: Addressee[] = [];
  const lines = due.map((t) => {
    const people = responsibleFor(t, ctx);
    named.push(...people);
    const waited = formatDuration(ctx.now.getTime() - clockStart(t, ctx));
    return `${ticketLabel(t, ctx.categoryName)}，已${waited}无人接单，责任人：${uniqueNames(people).join('、') || '（未配置网格员）'}`;
  });
  named.push(...admins(ctx));
  const text = [
    `🚨【紧急工单无人接单】${due.length} 件紧急工单还没有人接单——`,
    ...capLines(lines),
    `请责任人立即接单处置：回复「#接单 ${due[0]!.number}」（换成对应编号）；责任人联系不上时请管理员立即指派。`,
  ].join('\n');
  ctx.out.push(...toStaff(ctx, text, named, true));
  for (const t of due) {
    ctx.claims.push({
      kind: 'mark',
      ticketId: t.id,
      mark: 'ackRemindedAt',
      seen: t.marks.ackRemindedAt,
      note: '紧急工单无人接单，已在工作群提醒责任人和管理员',
    });
  }
  ctx.deps.logger.warn({ community: ctx.community.id, tickets: due.length }, 'untaken urgent tickets raised');
}
