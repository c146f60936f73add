// Kills a bot process (test/app/fixtures/intake-child.ts) with SIGKILL at random moments while it
// takes in reports, restarts it where it stopped, and then counts, from the database and from what
// the processes printed: reports whose acknowledgement was neither sent nor waiting in the outbox
// (lost), and sends of something already sent (duplicates).
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import Database from 'better-sqlite3';

const CHILD = fileURLToPath(new URL('../app/fixtures/intake-child.ts', import.meta.url));

export interface CrashOptions {
  file: string;
  kills: number;
  seed: number;
  /** Queue the acknowledgement after the intake's transaction (the behaviour before #8 §3). */
  legacy?: boolean;
  /** Each run is killed after a random number of handled messages in this range, plus a random 0–2 ms: mid-way through a later one. */
  minMessages?: number;
  maxMessages?: number;
}

export interface CrashFigures {
  kills: number;
  reports: number;
  /** Reports with no acknowledgement sent and none waiting in the outbox. */
  lost: number;
  /** Sends whose outbox rows had all been sent before. */
  duplicateSends: number;
  /** The most duplicate sends that followed one crash. */
  maxDuplicatesPerCrash: number;
  sends: number;
}

/** A seeded generator, so that a failing run can be repeated. */
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1_103_515_245 + 12_345) % 2 ** 31;
    return s / 2 ** 31;
  };
}

interface Run {
  lines: string[];
}

interface Kill {
  afterMessages: number;
  delayMs: number;
}

/** Runs the child until it is killed as `kill` says; null: let it only drain the outbox and exit. */
function runChild(file: string, first: number, legacy: boolean, kill: Kill | null): Promise<Run> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', CHILD, file, kill === null ? 'drain' : String(first), ...(legacy ? ['--legacy'] : [])],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  const lines: string[] = [];
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  createInterface({ input: child.stdout }).on('line', (line) => {
    lines.push(line);
    if (kill && line.startsWith('handled ') && --kill.afterMessages === 0) setTimeout(() => child.kill('SIGKILL'), kill.delayMs);
  });
  return new Promise((resolve, reject) => {
    child.on('close', (code, signal) => {
      const expected = kill === null ? code === 0 : signal === 'SIGKILL';
      if (expected) resolve({ lines });
      else reject(new Error(`intake child ended unexpectedly (${code ?? signal}): ${stderr}`));
    });
  });
}

export async function crashIntake(options: CrashOptions): Promise<CrashFigures> {
  const next = random(options.seed);
  const legacy = options.legacy ?? false;
  const min = options.minMessages ?? 1;
  const max = options.maxMessages ?? 20;
  const sentIds = new Map<number, number>();
  let first = 0;
  let duplicateSends = 0;
  let maxDuplicatesPerCrash = 0;
  let sends = 0;
  const record = (run: Run) => {
    let duplicates = 0;
    for (const line of run.lines) {
      if (line.startsWith('handled ')) first = Math.max(first, Number(line.slice(8)) + 1);
      if (!line.startsWith('sent ')) continue;
      sends += 1;
      const ids = line.slice(5).split(',').map(Number);
      if (ids.every((id) => sentIds.has(id))) duplicates += 1;
      for (const id of ids) sentIds.set(id, (sentIds.get(id) ?? 0) + 1);
    }
    // A duplicate comes from the crash before this run (sent, not yet marked sent).
    duplicateSends += duplicates;
    maxDuplicatesPerCrash = Math.max(maxDuplicatesPerCrash, duplicates);
  };
  for (let k = 0; k < options.kills; k++) {
    const kill = { afterMessages: min + Math.floor(next() * (max - min + 1)), delayMs: Math.floor(next() * 3) };
    record(await runChild(options.file, first, legacy, kill));
  }
  // One last start sends what the last crash left in the outbox, then stops before new messages.
  record(await runChild(options.file, first, legacy, null));

  const db = new Database(options.file, { readonly: true });
  const reports = db.prepare('select source_key as sourceKey from reports').all() as { sourceKey: string }[];
  const acks = new Map(
    (db.prepare("select id, key, status from outbox where key like 'ack:%'").all() as { id: number; key: string; status: string }[]).map(
      (r) => [r.key, r],
    ),
  );
  db.close();
  let lost = 0;
  for (const { sourceKey } of reports) {
    const ack = acks.get(`ack:${sourceKey}:0`);
    const sentOrDue = ack !== undefined && (sentIds.has(ack.id) || ack.status === 'pending');
    if (!sentOrDue) lost += 1;
  }
  return { kills: options.kills, reports: reports.length, lost, duplicateSends, maxDuplicatesPerCrash, sends };
}
