// Moves WAL checkpoints off the thread that handles messages. SQLite normally checkpoints inside
// the commit that pushes the WAL past 1,000 pages: that commit then copies pages into the database
// and fsyncs it, and intake latency grows a long tail (test/bench/store.ts). Instead a worker thread
// with its own connection runs a PASSIVE checkpoint every `intervalMs` (it never blocks writers),
// and the writer keeps a much higher auto-checkpoint limit only as a safety net.
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/** Pages after which the writing connection checkpoints by itself (when the worker falls behind). */
export const SAFETY_AUTOCHECKPOINT_PAGES = 10_000;

// Plain CommonJS evaluated in the worker: no TypeScript loader needed there.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file, { fileMustExist: true });
db.pragma('busy_timeout = 1000');
const timer = setInterval(() => {
  try {
    const [r] = db.pragma('wal_checkpoint(PASSIVE)');
    parentPort.postMessage({ walPages: r.log, checkpointed: r.checkpointed });
  } catch (err) {
    parentPort.postMessage({ error: String(err && err.message) });
  }
}, workerData.intervalMs);
parentPort.on('message', () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

export interface CheckpointResult {
  /** Frames in the WAL, and how many of them are now copied into the database. */
  walPages: number;
  checkpointed: number;
}

export interface CheckpointerOptions {
  intervalMs?: number;
  onCheckpoint?: (result: CheckpointResult) => void;
  onError?: (message: string) => void;
}

export interface WalCheckpointer {
  stop(): Promise<void>;
}

/** Starts the background checkpointer for a database file; it does not keep the process alive. */
export function startWalCheckpointer(file: string, options: CheckpointerOptions = {}): WalCheckpointer {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(WORKER_SOURCE, { eval: true, workerData: { file, intervalMs: options.intervalMs ?? 500, driver } });
  worker.on('message', (m: CheckpointResult | { error: string }) => {
    if ('error' in m) options.onError?.(m.error);
    else options.onCheckpoint?.(m);
  });
  worker.on('error', (err) => options.onError?.(err.message));
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  // After the listeners: attaching a 'message' listener refs the worker again.
  worker.unref();
  return {
    async stop() {
      worker.postMessage('stop');
      await exited;
    },
  };
}
