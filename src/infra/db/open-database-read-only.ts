// For commands that only read (export, stats): open an existing database without writing to it,
// without migrating it or touching its permissions, and without leaving -wal/-shm files behind.
//
// SQLite in WAL mode needs the -wal and -shm files even to read, and a read-only connection
// cannot remove them when it closes. So:
// - the bot is running (the -wal file exists): read-only, through the bot's own -wal/-shm;
// - nobody has the database open and we may write the file: a normal connection made read-only
//   with PRAGMA query_only; as the last connection to close, SQLite removes -wal/-shm itself;
// - the file is read-only to us and nobody has it open: SQLite would have to create -wal/-shm
//   beside it (impossible in a read-only directory, and it could not remove them), so we read a
//   private copy in a temporary directory instead, removed on close.
import { accessSync, constants, copyFileSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { drizzle } from 'drizzle-orm/better-sqlite3';
import type { Db } from './open-database.js';
import * as schema from './schema.js';

export interface ReadOnlyDb {
  db: Db;
  close(): void;
}

export function openDatabaseReadOnly(file: string): ReadOnlyDb {
  if (!existsSync(file)) throw new Error(`找不到数据库文件 ${file}。`);
  const inUse = existsSync(`${file}-wal`);
  const copyDir = !inUse && !isWritable(file) ? mkdtempSync(join(tmpdir(), 'yishiting-read-')) : null;
  const path = copyDir ? join(copyDir, 'copy.db') : file;
  let sqlite: Database.Database;
  try {
    if (copyDir) copyFileSync(file, path);
    sqlite = new Database(path, { readonly: inUse, fileMustExist: true });
    sqlite.pragma('busy_timeout = 10000');
    sqlite.pragma('query_only = ON');
  } catch (err) {
    if (copyDir) rmSync(copyDir, { recursive: true, force: true });
    throw new Error(`无法打开数据库 ${file}：${(err as Error).message}`, { cause: err });
  }
  const db = drizzle(sqlite, { schema }) as Db;
  return {
    db,
    close() {
      sqlite.close();
      if (copyDir) rmSync(copyDir, { recursive: true, force: true });
    },
  };
}

function isWritable(file: string): boolean {
  try {
    accessSync(file, constants.W_OK);
    return true;
  } catch {
    return false;
  }
}
