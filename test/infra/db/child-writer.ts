// Spawns report-writer.ts in its own process and reads what it prints, line by line.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./fixtures/report-writer.ts', import.meta.url));

export interface ChildWriter {
  child: ChildProcessWithoutNullStreams;
  /** Numbers printed so far (each one committed before it was printed). */
  numbers: string[];
  /** Resolves once `predicate` holds for the lines seen so far (checked on every new line). */
  until(predicate: (numbers: string[]) => boolean): Promise<void>;
  ready: Promise<void>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

/**
 * `go`: 'opened' waits for a line 'go' (child.stdin) once the database is open, 'closed' waits for
 * it before opening the database; `ready` resolves when it waits.
 */
export function startWriter(db: string, writer: string, count: number | 'forever', go: 'opened' | 'closed' | null = null): ChildWriter {
  const flag = go === 'opened' ? ['--wait-go'] : go === 'closed' ? ['--open-on-go'] : [];
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, db, writer, String(count), ...flag], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  const numbers: string[] = [];
  const waiters: { predicate: (n: string[]) => boolean; resolve: () => void; reject: (e: Error) => void }[] = [];
  let stderr = '';
  let markReady = () => {};
  const ready = new Promise<void>((resolve) => (markReady = resolve));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  createInterface({ input: child.stdout }).on('line', (line) => {
    if (line === 'ready') return markReady();
    if (line === 'done') return;
    numbers.push(line);
    for (const w of [...waiters]) {
      if (w.predicate(numbers)) {
        waiters.splice(waiters.indexOf(w), 1);
        w.resolve();
      }
    }
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) => {
    child.on('close', (code, signal) => {
      for (const w of waiters.splice(0)) w.reject(new Error(`writer exited (${code ?? signal}) before the condition held: ${stderr}`));
      resolve({ code, signal, stderr });
    });
  });
  return {
    child,
    numbers,
    ready,
    exited,
    until: (predicate) =>
      predicate(numbers) ? Promise.resolve() : new Promise((resolve, reject) => waiters.push({ predicate, resolve, reject })),
  };
}
