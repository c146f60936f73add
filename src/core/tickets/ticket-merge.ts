// 合并 #A 到 #B, apart from how a store moves the rows: A's reports move to B, B is recounted with
// A's urgency and latest report, A becomes a duplicate of B; both timelines say so.
import { LifecycleError, type PlannedTransition, STATUSES } from './lifecycle.js';
import type { TicketPatch } from './action-patch.js';
import { type ActionInput, StoreInputError } from './ticket-store.js';
import type { TimelineEntry } from './timeline-entry.js';
import type { Ticket } from './types.js';

/** The number of the ticket to merge into; throws unless the action names one. */
export function mergeTargetNumber(input: ActionInput): string {
  if (input.target?.kind !== 'ticket') throw new StoreInputError('合并需要指明并入的工单编号。');
  return input.target.number;
}

/** Checks the target and returns what it takes over from the source besides its reports. */
export function mergeTargetPatch(source: Ticket, target: Ticket) {
  if (target.id === source.id) throw new LifecycleError('illegal_transition', `不能把工单 #${source.number} 合并到它自己。`);
  if (!STATUSES[target.status].active) {
    throw new LifecycleError(
      'illegal_transition',
      `工单 #${target.number} 当前状态为「${STATUSES[target.status].name}」，只能并入仍在办理的工单。`,
    );
  }
  // biome-ignore lint/complexity/useMathMinMax: these are Dates, and the later Date itself is kept.
  const lastReportAt = source.lastReportAt > target.lastReportAt ? source.lastReportAt : target.lastReportAt;
  return { urgent: target.urgent || source.urgent, lastReportAt };
}

/** After `moved` reports went from `source` into `mergedInto`: the source's patch and both timeline entries. */
export function mergeOutcome(source: Ticket, mergedInto: Ticket, moved: number, plan: PlannedTransition, input: ActionInput) {
  const sourcePatch: TicketPatch = { status: 'duplicate', duplicateOf: mergedInto.number, closedAt: input.at, updatedAt: input.at };
  const targetEntry: TimelineEntry = {
    at: input.at,
    actor: input.actor,
    kind: 'merged',
    action: 'merge',
    note: `并入了 #${source.number} 的 ${moved} 条反映，共 ${mergedInto.reporterCount} 户反映`,
  };
  const sourceEntry: TimelineEntry = {
    at: input.at,
    actor: input.actor,
    kind: 'status',
    action: 'merge',
    from: plan.from,
    to: 'duplicate',
    note: `并入 #${mergedInto.number}${input.note?.trim() ? `：${input.note.trim()}` : ''}`,
  };
  return { sourcePatch, targetEntry, sourceEntry };
}
