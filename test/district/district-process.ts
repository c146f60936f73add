// Starts district-worker.ts as a separate process and talks to it: one JSON command per line in,
// the JSON lines it answers out.
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';

const SCRIPT = fileURLToPath(new URL('./district-worker.ts', import.meta.url));

export interface WorkerAnswer {
  done: string;
  opened?: number;
  repeat?: number;
  ms?: number;
  p99?: number;
  replies?: number;
}

export interface DistrictProcess {
  child: ChildProcessWithoutNullStreams;
  ready: Promise<void>;
  /** Reports committed so far by the running intake command. */
  progress(): number;
  /** Resolves once the running intake has committed at least `n` reports. */
  until(n: number): Promise<void>;
  /** Sends a command and resolves with its answer (rejects if the process dies first). */
  send(cmd: object): Promise<WorkerAnswer>;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>;
}

export function startDistrictProcess(db: string, account: string, communities: string[]): DistrictProcess {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT, db, account, communities.join(',')], {
    stdio: ['pipe', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  let progress = 0;
  let markReady = () => {};
  let failReady: (e: Error) => void = () => {};
  const ready = new Promise<void>((resolve, reject) => {
    markReady = resolve;
    failReady = reject;
  });
  const answers: ((a: WorkerAnswer) => void)[] = [];
  const progressWaiters: { n: number; resolve: () => void }[] = [];
  createInterface({ input: child.stdout }).on('line', (line) => {
    const msg = JSON.parse(line) as { ready?: boolean; progress?: number } & WorkerAnswer;
    if (msg.ready) return markReady();
    if (msg.progress !== undefined) {
      progress = msg.progress;
      for (const w of progressWaiters.filter((x) => x.n <= progress)) {
        progressWaiters.splice(progressWaiters.indexOf(w), 1);
        w.resolve();
      }
      return;
    }
    answers.shift()?.(msg);
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null; stderr: string }>((resolve) =>
    child.on('exit', (code, signal) => {
      failReady(new Error(`worker ${account} exited before it was ready: ${stderr}`));
      resolve({ code, signal, stderr });
    }),
  );
  return {
    child,
    ready,
    progress: () => progress,
    until: (n) => (progress >= n ? Promise.resolve() : new Promise((resolve) => progressWaiters.push({ n, resolve }))),
    send(cmd) {
      progress = 0;
      const answer = new Promise<WorkerAnswer>((resolve, reject) => {
        answers.push(resolve);
        void exited.then(({ signal, stderr: err }) => reject(new Error(`worker ${account} ended (${signal ?? 'exit'}): ${err}`)));
      });
      child.stdin.write(`${JSON.stringify(cmd)}\n`);
      return answer;
    },
    exited,
  };
}
