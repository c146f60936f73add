// Everything that is due at deps.clock(): reminders, escalations, follow-ups, digests and reports.
// Due work is derived from the database (deadlines and marks on tickets, job runs), never from
// in-memory timers, so a restart loses nothing; after downtime each recipient gets one combined
// message. Called by `start` on a real-time tick and by `sim` on every clock step.
import type { Reply } from '../types.js';
import { combineReplies } from './combine-replies.js';
import type { DueClaim } from '../tickets/ticket-store.js';
import { ownCommunities } from '../own-communities.js';
import { communityContext, type CommunityContext } from './community-context.js';
import { dailyDigest } from './daily-digest.js';
import type { DueWorkDeps } from './due-work-deps.js';
import { escalateOverdue } from './escalate-overdue.js';
import { followUp } from './follow-up.js';
import { inLocalWindow } from '../local-time.js';
import { monthlySummary } from './monthly-summary.js';
import { settleJobRuns } from './periodic-job.js';
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

/** Who gets the replies: returned only (tests, previews), or queued in the store's outbox as well. */
export interface DueWorkOptions {
  /** Queue the replies in the outbox in the same transaction as the claims (the running bot). */
  queue?: boolean;
}

/**
 * Runs every due job for this process's communities and returns the replies to send, at most one
 * per recipient and urgency. During quiet hours only urgent work produces messages; the rest stays
 * due (nothing is marked) and goes out, combined, when quiet hours end.
 * One job failing is logged and does not stop the others.
 *
 * Many processes, one store: the marks saying what was sent are claimed by compare-and-set and,
 * with `queue`, the replies queued, all in ONE transaction (TicketStore.claimDueWork). When another
 * process claimed any of this work first, nothing is written and nothing returned: what is still
 * due is due again on the next call. A crash leaves either everything (claims + outbox rows) or
 * nothing.
 */
export async function runDueWork(deps: DueWorkDeps, options: DueWorkOptions = {}): Promise<Reply[]> {
  const now = deps.clock();
  const { replies, claims } = await collect(deps, now, isQuietAt(deps, now), false);
  const combined = combineReplies(replies);
  if (claims.length === 0 && combined.length === 0) return [];
  const won = await deps.store.claimDueWork(claims, options.queue ? combined : [], now);
  settleJobRuns(deps.store, claims, now, won);
  if (!won) {
    deps.logger.info({ claims: claims.length }, 'due work claimed by another process first; what is still due runs next time');
    return [];
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

async function collect(deps: DueWorkDeps, now: Date, quiet: boolean, preview: boolean): Promise<{ replies: Reply[]; claims: DueClaim[] }> {
  const replies: Reply[] = [];
  const claims = new Map<string, DueClaim>();
  // A preview's "reminders sent" lines say it was a preview.
  const jobDeps = preview ? { ...deps, logger: deps.logger.child({ preview: true }) } : deps;
  for (const community of await ownCommunities(deps)) {
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
    // One claim per mark: two for the same mark in one transaction would make the second lose.
    for (const c of ctx.claims) {
      const key = c.kind === 'job' ? `job:${c.name}` : `mark:${c.ticketId}:${c.mark}`;
      if (!claims.has(key)) claims.set(key, c);
    }
  }
  return { replies, claims: [...claims.values()] };
}
