// The process logger: pino, JSON lines to stderr (or a file), English messages. Never pass the
// text of chatter to it: log ids, kinds and decisions, not what residents wrote.
import { mkdirSync, openSync } from 'node:fs';
import { dirname } from 'node:path';
import { pino } from 'pino';
import type { Logger } from '../core/types.js';

export interface LoggerOptions {
  level?: string;
  /** Append JSON lines to this file instead of stderr. */
  file?: string;
}

export function createLogger(options: LoggerOptions = {}): Logger {
  const level = options.level ?? 'info';
  if (options.file) {
    const fd = openLogFile(options.file);
    return pino({ level, base: undefined }, pino.destination({ fd, sync: false })) as unknown as Logger;
  }
  return pino({ level, base: undefined }, pino.destination({ fd: 2, sync: true })) as unknown as Logger;
}

/** The log file cannot be opened for appending; the message is one sentence for the operator. */
export class LogFileError extends Error {
  override readonly name = 'LogFileError';
}

const WHY: Record<string, string> = {
  EACCES: '没有写入权限',
  EPERM: '没有写入权限',
  EISDIR: '这是一个目录',
  ENOTDIR: '路径中有一段不是目录',
  EROFS: '所在的磁盘是只读的',
  ENOSPC: '磁盘已满',
};

/**
 * Opens (creating) the log file now, so that a bad path is one clear sentence at start-up, not
 * an asynchronous error event with a stack trace after the bot has begun.
 */
function openLogFile(file: string): number {
  try {
    mkdirSync(dirname(file), { recursive: true });
    return openSync(file, 'a', 0o600);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code ?? '';
    const why = WHY[code] ?? `${code || (err as Error).message}`;
    throw new LogFileError(`无法写入日志文件 ${file}（${why}），请检查权限，或用环境变量 YISHITING_LOG_FILE 换一个可写的位置。`, {
      cause: err,
    });
  }
}

/** A logger that drops everything (benchmarks, quiet CLI runs). */
export function createSilentLogger(): Logger {
  return pino({ level: 'silent' }) as unknown as Logger;
}
