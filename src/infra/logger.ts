// The process logger: pino, JSON lines to stderr (or a file), English messages. Never pass the
// text of chatter to it: log ids, kinds and decisions, not what residents wrote.
import { mkdirSync } from 'node:fs';
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
    mkdirSync(dirname(options.file), { recursive: true });
    return pino({ level, base: undefined }, pino.destination({ dest: options.file, append: true, sync: false, mkdir: true })) as unknown as Logger;
  }
  return pino({ level, base: undefined }, pino.destination({ fd: 2, sync: true })) as unknown as Logger;
}

/** A logger that drops everything (benchmarks, quiet CLI runs). */
export function createSilentLogger(): Logger {
  return pino({ level: 'silent' }) as unknown as Logger;
}
