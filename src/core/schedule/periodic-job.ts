// Daily, weekly and monthly jobs keep their last run in the database (job_runs), one name per job
// and community. A job is due when its latest slot (e.g. today 18:00) is after its last run;
// after downtime it runs once — covering everything since its last run — not once per missed slot.
// The first time a job is seen it only records "now", so a fresh install does not post a digest
// for a period it was not running.
import type { CommunityContext } from './community-context.js';

/** Last runs read from (and written to) the store, kept per store so a no-op tick costs no query. */
const lastRuns = new WeakMap<object, Map<string, Date>>();

export async function runPeriodic(ctx: CommunityContext, job: string, slot: Date, run: (since: Date) => Promise<void>): Promise<void> {
  const { store } = ctx.deps;
  const name = `${job}:${ctx.community.id}`;
  let cache = lastRuns.get(store);
  if (!cache) {
    cache = new Map();
    lastRuns.set(store, cache);
  }
  const last = cache.get(name) ?? (await store.getJobRun(name));
  if (last === null) {
    if (ctx.preview) return;
    await store.setJobRun(name, ctx.now);
    cache.set(name, ctx.now);
    return;
  }
  cache.set(name, last);
  if (last.getTime() >= slot.getTime()) return;
  await run(last);
  const at = ctx.now;
  ctx.marks.push(async () => {
    await store.setJobRun(name, at);
    cache.set(name, at);
  });
}
