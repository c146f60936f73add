// Opens (creating if needed) the SQLite database, sets the pragmas every connection needs and
// applies the committed drizzle migrations. The default file is data/yishiting.db, mode 600.
import { chmodSync, closeSync, mkdirSync, openSync } from 'node:fs';
import { dirname, join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle, type BetterSQLite3Database } from 'drizzle-orm/better-sqlite3';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { PACKAGE_ROOT } from '../package-root.js';
import * as schema from './schema.js';

export const DEFAULT_DATABASE = 'data/yishiting.db';
/** Not compiled: read from src/ also when the bot runs from dist/. */
const MIGRATIONS = join(PACKAGE_ROOT, 'src/infra/db/migrations');

export type Db = BetterSQLite3Database<typeof schema> & { $client: Database.Database };

export interface OpenDatabaseOptions {
  /**
   * NORMAL (default): in WAL mode a commit survives a crash of the process; a power cut may lose
   * the last few commits but never corrupts. FULL: fsync on every commit (see test/bench/store.ts).
   */
  synchronous?: 'NORMAL' | 'FULL';
  /** How long a writer waits for another process's lock before failing (default 10 s). */
  busyTimeoutMs?: number;
}

/** Raised when the database file cannot be opened or migrated; the message says what to check. */
class DatabaseOpenError extends Error {
  override readonly name = 'DatabaseOpenError';
}

/** Opens `file` (or ':memory:'), migrated and ready: WAL, foreign keys, busy timeout. */
export function openDatabase(file: string = DEFAULT_DATABASE, options: OpenDatabaseOptions = {}): Db {
  const memory = file === ':memory:' || file === '';
  if (!memory) prepareFile(file);
  let sqlite: Database.Database;
  try {
    sqlite = new Database(file);
  } catch (err) {
    throw new DatabaseOpenError(`无法打开数据库 ${file}：${(err as Error).message}`, { cause: err });
  }
  try {
    sqlite.pragma(`busy_timeout = ${options.busyTimeoutMs ?? 10_000}`);
    if (!memory) sqlite.pragma('journal_mode = WAL');
    sqlite.pragma(`synchronous = ${options.synchronous ?? 'NORMAL'}`);
    // 32 MB page cache: the duplicate lookup and the index updates of a large ticket table stay in memory.
    sqlite.pragma('cache_size = -32768');
    const db = drizzle(sqlite, { schema }) as Db;
    // Foreign keys stay off while migrating (SQLite's procedure for a table rebuild, which drizzle-kit
    // generates for a new CHECK: the old table is dropped while other tables point at its rows; a
    // PRAGMA inside the migration's transaction would do nothing), and are checked afterwards.
    // (better-sqlite3 turns them on by default.)
    sqlite.pragma('foreign_keys = OFF');
    const before = migrationsRun(sqlite);
    applyMigrations(db);
    const broken = migrationsRun(sqlite) === before ? [] : (sqlite.pragma('foreign_key_check') as unknown[]);
    if (broken.length > 0) throw new DatabaseOpenError(`数据库 ${file} 迁移后有 ${broken.length} 处外键不一致，请从备份恢复。`);
    sqlite.pragma('foreign_keys = ON');
    return db;
  } catch (err) {
    sqlite.close();
    if (err instanceof DatabaseOpenError) throw err;
    throw new DatabaseOpenError(`数据库 ${file} 无法使用（${(err as Error).message}），请检查文件是否损坏或被其他程序占用。`, {
      cause: err,
    });
  }
}

/** Creates the directory and the file with owner-only permissions before SQLite touches it. */
function prepareFile(file: string): void {
  try {
    mkdirSync(dirname(file), { recursive: true });
    closeSync(openSync(file, 'a', 0o600));
    chmodSync(file, 0o600);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? String(err);
    throw new DatabaseOpenError(`无法创建或打开数据库文件 ${file}（${code}），请检查目录是否存在且可写。`, { cause: err });
  }
}

/** How many migrations the file has run (drizzle's own bookkeeping table). */
function migrationsRun(sqlite: Database.Database): number {
  const table = sqlite.prepare("select 1 from sqlite_master where type = 'table' and name = '__drizzle_migrations'").get();
  return table ? (sqlite.prepare('select count(*) as n from __drizzle_migrations').get() as { n: number }).n : 0;
}

/**
 * drizzle's migrate() checks which migrations ran before it takes the write lock, so two processes
 * opening a fresh file together can both try; the loser's transaction rolls back, and a second
 * attempt sees the migrations applied.
 */
function applyMigrations(db: Db): void {
  try {
    migrate(db, { migrationsFolder: MIGRATIONS });
  } catch {
    migrate(db, { migrationsFolder: MIGRATIONS });
  }
}

/** Closes the connection (checkpointing the WAL). */
export function closeDatabase(db: Db): void {
  db.$client.close();
}
