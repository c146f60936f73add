// Daily, weekly and monthly jobs keep their last run in the database (job_runs), one name per job
// and community. A job is due when its latest slot (e.g. today 18:00) is after its last run;
// after downtime it runs once — covering everything since its last run — not once per missed slot.
// The first time a job is seen it only records "now", so a fresh install does not post a digest
// for a period it was not running. Runs are claimed like reminders (a compare-and-set on the last
// run, see TicketStore.claimDueWork): of several processes, one posts each digest.
import type { DueClaim, TicketStore } from '../tickets/ticket-store.js';
import type { CommunityContext } from './community-context.js';

/** Last runs read from (and claimed in) the store, kept per store so a no-op tick costs no query. */
const lastRuns = new WeakMap<object, Map<string, Date>>();

function cacheOf(store: TicketStore): Map<string, Date> {
  let cache = lastRuns.get(store);
  if (!cache) {
    cache = new Map();
    lastRuns.set(store, cache);
  }
  return cache;
}

export async function runPeriodic(ctx: CommunityContext, job: string, slot: Date, run: (since: Date) => Promise<void>): Promise<void> {
  const { store } = ctx.deps;
  const name = `${job}:${ctx.community.id}`;
  const cache = cacheOf(store);
  const last = cache.get(name) ?? (await store.getJobRun(name));
  if (last === null) {
    if (!ctx.preview) ctx.claims.push({ kind: 'job', name, seen: null });
    return;
  }
  cache.set(name, last);
  if (last.getTime() >= slot.getTime()) return;
  await run(last);
  ctx.claims.push({ kind: 'job', name, seen: last });
}

/**
 * After claimDueWork: remember the runs this process claimed at `at`, or — when another process
 * won — forget them all, since another process may have run any job since they were read.
 */
export function settleJobRuns(store: TicketStore, claims: readonly DueClaim[], at: Date, won: boolean): void {
  const cache = cacheOf(store);
  if (!won) {
    cache.clear();
    return;
  }
  for (const c of claims) if (c.kind === 'job') cache.set(c.name, at);
}
