// Names this run's PostgreSQL test databases (yst_<run>_…), so that a worker process can keep the
// database of a finished test file for its next one (test/helpers/pg-test-database.ts), and drops
// them all when the run ends.
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { PG_RUN, SERVER } from './pg-test-database.js';

export function setup(): () => Promise<void> {
  // Each project of the config runs this: they share one name.
  process.env[PG_RUN] ??= randomBytes(4).toString('hex');
  const run = process.env[PG_RUN];
  return async () => {
    const client = new pg.Client({ connectionString: SERVER, connectionTimeoutMillis: 2000 });
    // No server: the tests ran on PGlite and made no databases.
    if (
      !(await client.connect().then(
        () => true,
        () => false,
      ))
    )
      return;
    try {
      const { rows } = await client.query<{ name: string }>('select datname as name from pg_database where datname like $1', [
        `yst\\_${run}\\_%`,
      ]);
      for (const { name } of rows) await client.query(`drop database if exists ${name} with (force)`);
    } finally {
      await client.end();
    }
  };
}
