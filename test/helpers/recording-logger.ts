// A Logger that records entries, so tests can assert what was logged (and what was not).
import type { Logger } from '../../src/core/types.js';

export interface LogEntry {
  level: 'debug' | 'info' | 'warn' | 'error';
  obj: object | string;
  msg?: string;
}

export function createRecordingLogger(entries: LogEntry[] = []): Logger & { entries: LogEntry[] } {
  const make = (): Logger & { entries: LogEntry[] } => ({
    entries,
    debug: (obj, msg) => void entries.push({ level: 'debug', obj, msg }),
    info: (obj, msg) => void entries.push({ level: 'info', obj, msg }),
    warn: (obj, msg) => void entries.push({ level: 'warn', obj, msg }),
    error: (obj, msg) => void entries.push({ level: 'error', obj, msg }),
    child: () => make(),
  });
  return make();
}
