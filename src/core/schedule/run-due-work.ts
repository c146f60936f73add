// Everything that is due at deps.clock(): reminders, escalations, follow-ups, digests and reports.
// Due work is derived from the database (deadlines and marks on tickets, job runs), never from
// in-memory timers, so a restart loses nothing; after downtime each recipient gets one combined
// message. Called by `start` on a real-time tick and by `sim` on every clock step.
import type { Reply } from '../types.js';
import { combineReplies } from './combine-replies.js';
import { communityContext, type CommunityContext } from './community-context.js';
import { dailyDigest } from './daily-digest.js';
import type { DueWorkDeps } from './due-work-deps.js';
import { escalateOverdue } from './escalate-overdue.js';
import { followUp } from './follow-up.js';
import { inLocalWindow } from '../local-time.js';
import { monthlySummary } from './monthly-summary.js';
import { remindDueSoon } from './remind-due-soon.js';
import { raiseUntakenUrgent } from './raise-untaken-urgent.js';
import { remindUnacknowledged } from './remind-unacknowledged.js';
import { weeklyReport } from './weekly-report.js';

export type { DueWorkDeps } from './due-work-deps.js';

type Job = (ctx: CommunityContext, quiet: boolean) => Promise<void>;

/** In order: what should be read first comes first in the combined message. */
const JOBS: readonly [string, Job][] = [
  ['raise-untaken-urgent', raiseUntakenUrgent],
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
 *
 * With `deliver` (e.g. the outbox enqueue), the replies are handed to it BEFORE the "sent" marks
 * are written, so a crash in between repeats a reminder rather than losing it; if `deliver`
 * throws, nothing is marked and the same work is due again on the next call.
 */
export async function runDueWork(deps: DueWorkDeps, deliver?: (replies: Reply[]) => Promise<void>): Promise<Reply[]> {
  const now = deps.clock();
  const { replies, marks } = await collect(deps, now, isQuietAt(deps, now), false);
  const combined = combineReplies(replies);
  if (deliver && combined.length) await deliver(combined);
  for (const mark of marks) {
    try {
      await mark();
    } catch (err) {
      deps.logger.error({ err }, 'could not record a scheduling mark; the reminder may repeat');
    }
  }
  return combined;
}

/**
 * What quiet hours hold back at deps.clock(): the non-urgent messages due work would send now if
 * it were not quiet (they go out when quiet hours end). A preview: nothing is marked, closed or
 * sent. Empty outside quiet hours. For the simulator, which tells the person watching.
 */
export async function heldDueWork(deps: DueWorkDeps): Promise<Reply[]> {
  const now = deps.clock();
  if (!isQuietAt(deps, now)) return [];
  const { replies } = await collect(deps, now, false, true);
  return combineReplies(replies.filter((r) => !r.urgent));
}

function isQuietAt(deps: DueWorkDeps, now: Date): boolean {
  const quietHours = deps.config.sending.quietHours;
  return quietHours !== null && inLocalWindow(now, quietHours, deps.config.timezone);
}

async function collect(
  deps: DueWorkDeps,
  now: Date,
  quiet: boolean,
  preview: boolean,
): Promise<{ replies: Reply[]; marks: CommunityContext['marks'] }> {
  const replies: Reply[] = [];
  const marks: (() => Promise<unknown>)[] = [];
  // A preview's "reminders sent" lines say it was a preview.
  const jobDeps = preview ? { ...deps, logger: deps.logger.child({ preview: true }) } : deps;
  for (const community of await deps.store.listCommunities()) {
    const ctx = communityContext(jobDeps, community, now);
    ctx.preview = preview;
    for (const [name, job] of JOBS) {
      try {
        await job(ctx, quiet);
      } catch (err) {
        jobDeps.logger.error({ err, job: name, community: community.id }, 'scheduled job failed');
      }
    }
    replies.push(...ctx.out);
    marks.push(...ctx.marks);
  }
  return { replies, marks };
}
