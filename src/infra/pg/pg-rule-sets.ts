// RuleSetStore over PostgreSQL: publishing takes an advisory lock, so that two processes
// publishing at once get consecutive revisions instead of one failing on the unique index.
import { desc, eq } from 'drizzle-orm';
import { hashRuleFiles, toPublishedRuleSet, type RuleSetStore } from '../rules/rule-set-store.js';
import type { PgDb } from './open-pg-database.js';
import { lockForTransaction } from './pg-locks.js';
import { ruleSets } from './pg-schema.js';

export function createPgRuleSetStore(db: PgDb): RuleSetStore {
  const latestRow = async (tx: PgDb, name: string) =>
    (await tx.select().from(ruleSets).where(eq(ruleSets.name, name)).orderBy(desc(ruleSets.revision)).limit(1))[0];
  return {
    publish: (name, files, by, at) => {
      const hash = hashRuleFiles(files);
      return db.transaction(async (tx) => {
        await lockForTransaction(tx, 'ruleSets');
        const latest = await latestRow(tx, name);
        if (latest?.hash === hash) return null;
        const revision = (latest?.revision ?? 0) + 1;
        await tx.insert(ruleSets).values({ name, revision, hash, files: JSON.stringify(files), publishedBy: by, publishedAt: at });
        return revision;
      });
    },
    latest: async (name) => {
      const row = await latestRow(db, name);
      return row ? toPublishedRuleSet(row) : null;
    },
  };
}
