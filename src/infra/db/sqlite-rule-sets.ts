// RuleSetStore over SQLite: the next revision is read and written in one write transaction.
import { desc, eq } from 'drizzle-orm';
import { hashRuleFiles, toPublishedRuleSet, type RuleSetStore } from '../rules/rule-set-store.js';
import type { Db } from './open-database.js';
import { ruleSets } from './schema.js';
import { writeTransaction } from './write-transaction.js';

export function createSqliteRuleSetStore(db: Db): RuleSetStore {
  const latestRow = (name: string) =>
    db.select().from(ruleSets).where(eq(ruleSets.name, name)).orderBy(desc(ruleSets.revision)).limit(1).get();
  return {
    publish: async (name, files, by, at) => {
      const hash = hashRuleFiles(files);
      return writeTransaction(db, () => {
        const latest = latestRow(name);
        if (latest?.hash === hash) return null;
        const revision = (latest?.revision ?? 0) + 1;
        db.insert(ruleSets)
          .values({ name, revision, hash, files: JSON.stringify(files), publishedBy: by, publishedAt: at })
          .run();
        return revision;
      });
    },
    latest: async (name) => {
      const row = latestRow(name);
      return row ? toPublishedRuleSet(row) : null;
    },
  };
}
