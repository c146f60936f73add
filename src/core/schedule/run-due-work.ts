// Everything that is due at deps.clock(): reminders, escalations, follow-ups, digests and reports.
// Due work is derived from the database (deadlines and marks on tickets, job runs), never from
// in-memory timers, so a restart loses nothing; after downtime each recipient gets one combined
// message. Called by `start` on a real-time tick and by `sim` on every clock step.
import type { Reply } from '../types.js';
import { combineReplies } from './combine-replies.js';
import { communityContext, type CommunityContext } from './community-context.js';
import { dailyDigest } from './daily-digest.js';
import { monthlySummary } from './monthly-summary.js';
import { weeklyReport } from './weekly-report.js';
import type { DueWorkDeps } from './due-work-deps.js';
import { escalateOverdue } from './escalate-overdue.js';
import { followUp } from './follow-up.js';
import { inLocalWindow } from './local-time.js';
import { remindDueSoon } from './remind-due-soon.js';
import { remindUnacknowledged } from './remind-unacknowledged.js';

export type { DueWorkDeps } from './due-work-deps.js';

type Job = (ctx: CommunityContext, quiet: boolean) => Promise<void>;

/** In order: what should be read first comes first in the combined message. */
const JOBS: readonly [string, Job][] = [
  ['escalate-overdue', escalateOverdue],
  ['remind-unacknowledged', remindUnacknowledged],
  ['remind-due-soon', remindDueSoon],
  ['follow-up', followUp],
  ['daily-digest', dailyDigest],
  ['weekly-report', weeklyReport],
  ['monthly-summary', monthlySummary],
];

/**
 * Runs every due job for every community and returns the replies to send, at most one per
 * recipient and urgency. During quiet hours only urgent work produces messages; the rest stays
 * due (nothing is marked) and goes out, combined, when quiet hours end.
 * One job failing is logged and does not stop the others.
 */
export async function runDueWork(deps: DueWorkDeps): Promise<Reply[]> {
  const now = deps.clock();
  const quietHours = deps.config.sending.quietHours;
  const quiet = quietHours !== null && inLocalWindow(now, quietHours, deps.config.timezone);
  const replies: Reply[] = [];
  for (const community of await deps.store.listCommunities()) {
    const ctx = communityContext(deps, community, now);
    for (const [name, job] of JOBS) {
      try {
        await job(ctx, quiet);
      } catch (err) {
        deps.logger.error({ err, job: name, community: community.id }, 'scheduled job failed');
      }
    }
    replies.push(...ctx.out);
  }
  return combineReplies(replies);
}
