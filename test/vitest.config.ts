// Three projects: `unit` runs in-process tests without per-file isolation (each worker loads
// wechaty, drizzle, jieba … once instead of once per file: module loading was most of the suite's
// time); `slow` holds the tests that start processes, kill them or drive the whole bot for
// simulated hours or days, with longer timeouts. A new test of that kind belongs in SLOW.
import { fileURLToPath } from 'node:url';
import { configDefaults, defineConfig } from 'vitest/config';

const SLOW = [
  'test/e2e/**/*.test.ts',
  'test/cli/built-command.test.ts',
  'test/cli/sim-cli.test.ts',
  'test/cli/pg-cli.test.ts',
  'test/infra/db/crash-safety.test.ts',
  'test/infra/db/concurrent-writers.test.ts',
  'test/infra/db/backup-database.test.ts',
  'test/app/durable-acknowledgement.test.ts',
  'test/cli/export-readonly.test.ts',
  'test/cli/sim-banner.test.ts',
];

// Files that vi.mock a module of ours run in a process of their own: in a shared worker an earlier
// file may have loaded the module (and its importers) unmocked already.
const MOCKING = ['test/app/rule-sync.test.ts'];

export default defineConfig({
  test: {
    // This file lives in test/; the project root is one level up.
    root: fileURLToPath(new URL('..', import.meta.url)),
    environment: 'node',
    pool: 'forks',
    // One worker process per core (vitest's default leaves one core to the main process: on two
    // cores that is a single worker, and the suite's waits on processes, the database and the
    // disk then leave a core idle).
    maxWorkers: '100%',
    // Names the run's PostgreSQL test databases, which worker processes reuse across files, and drops them at the end.
    globalSetup: ['test/helpers/pg-global-setup.ts'],
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...SLOW, ...MOCKING],
          isolate: false,
          testTimeout: 10_000,
          hookTimeout: 10_000,
        },
      },
      { extends: true, test: { name: 'mocking', include: MOCKING, isolate: true, testTimeout: 10_000, hookTimeout: 10_000 } },
      {
        extends: true,
        // Not isolated either: the e2e files share one load of wechaty and the bot's modules.
        test: { name: 'slow', include: SLOW, isolate: false, testTimeout: 120_000, hookTimeout: 60_000 },
      },
    ],
  },
});
