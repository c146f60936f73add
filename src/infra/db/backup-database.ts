// Online, consistent copy of the database with SQLite's backup API while the bot keeps writing.
// The copy is written to a temporary file beside the target and renamed into place only when it
// is complete and passes a quick check, so a failed backup never leaves a half-written file.
import { chmodSync, existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { accessSync, constants } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import Database from 'better-sqlite3';

interface BackupProgress {
  totalPages: number;
  remainingPages: number;
}

export interface BackupOptions {
  /** Replace an existing target file. */
  force?: boolean;
  onProgress?: (progress: BackupProgress) => void;
}

export interface BackupResult {
  pages: number;
  bytes: number;
  /** How often another writer's commit made SQLite restart the copy. */
  restarts: number;
}

/** A backup that cannot be made; the message is one Chinese sentence. */
export class BackupError extends Error {
  override readonly name = 'BackupError';
}

/** At least this many pages per step; more when another process keeps restarting the copy. */
const MIN_STEP = 256;
const STEPS = 20;

export async function backupDatabase(source: string, target: string, options: BackupOptions = {}): Promise<BackupResult> {
  checkTarget(source, target, options.force ?? false);
  let db: Database.Database;
  try {
    db = new Database(source, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 10000');
    db.prepare('select count(*) from sqlite_master').get();
  } catch (err) {
    throw new BackupError(`无法打开数据库 ${source}（${(err as Error).message}），请用 --db 指定正确的数据库文件。`, { cause: err });
  }
  const partial = join(dirname(resolve(target)), `.${basename(target)}.partial-${process.pid}`);
  let step = MIN_STEP;
  let lastRemaining = Number.POSITIVE_INFINITY;
  let restarts = 0;
  try {
    const done = await db.backup(partial, {
      progress({ totalPages, remainingPages }) {
        if (remainingPages > lastRemaining) {
          // Another connection committed: SQLite restarted the copy. Bigger steps finish sooner.
          restarts += 1;
          step *= 4;
        }
        lastRemaining = remainingPages;
        options.onProgress?.({ totalPages, remainingPages });
        return Math.max(step, Math.ceil(totalPages / STEPS));
      },
    });
    chmodSync(partial, 0o600);
    verifyCopy(partial);
    renameSync(partial, target);
    options.onProgress?.({ totalPages: done.totalPages, remainingPages: 0 });
    return { pages: done.totalPages, bytes: statSync(target).size, restarts };
  } catch (err) {
    for (const f of [partial, `${partial}-wal`, `${partial}-shm`]) rmSync(f, { force: true });
    if (err instanceof BackupError) throw err;
    throw new BackupError(`备份失败：${(err as Error).message}`, { cause: err });
  } finally {
    db.close();
  }
}

function checkTarget(source: string, target: string, force: boolean): void {
  if (!existsSync(source)) throw new BackupError(`找不到数据库文件 ${source}，请用 --db 指定。`);
  if (resolve(source) === resolve(target)) throw new BackupError('备份文件不能和数据库是同一个文件，请换一个文件名。');
  const dir = dirname(resolve(target));
  if (!existsSync(dir)) throw new BackupError(`备份目录 ${dirname(target)} 不存在，请先创建它或换一个位置。`);
  try {
    accessSync(dir, constants.W_OK);
  } catch {
    throw new BackupError(`没有权限写入目录 ${dirname(target)}，请换一个可写的位置。`);
  }
  if (existsSync(target)) {
    if (statSync(target).isDirectory())
      throw new BackupError(`${target} 是一个目录，请给出备份文件名，例如 ${join(target, 'yishiting-backup.db')}。`);
    if (!force) throw new BackupError(`备份文件 ${target} 已存在；如要覆盖请加 --force。`);
  }
}

/** quick_check on the copy; a read-write connection so that closing it removes its -wal/-shm files. */
function verifyCopy(file: string): void {
  const copy = new Database(file, { fileMustExist: true });
  try {
    const result = copy.pragma('quick_check', { simple: true });
    if (result !== 'ok') throw new BackupError(`备份副本校验未通过（${String(result)}），请重试。`);
  } finally {
    copy.close();
  }
}
