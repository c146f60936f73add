// One bot process of a district, for the many-processes test and `npm run bench:pg`: it opens the
// shared store (postgres://… or an SQLite file), puts its communities in, then obeys one JSON
// command per stdin line and answers one JSON line on stdout:
//   {"cmd":"intake","community":"…","prefix":"p0","from":0,"to":2000}  reports (a building each, so
//       each opens a ticket unless it is a redelivery) → {"done":"intake","opened","repeat","ms","p99"}
//       (and {"progress":n} every 10 reports, each one committed before it is printed)
//   {"cmd":"due","at":"<ISO>"}  runDueWork at that time, replies queued → {"done":"due","replies":n}
//   {"cmd":"quit"}
// Usage: node --import tsx district-worker.ts <db> <account> <community,…>
import { createInterface } from 'node:readline';
import { createConfig } from '../../src/config.js';
import { runDueWork } from '../../src/core/schedule/run-due-work.js';
import { syncConfig } from '../../src/core/sync-config.js';
import type { Ticket } from '../../src/core/tickets/types.js';
import { loadDeadlines } from '../../src/infra/db/load-deadlines.js';
import { openStore } from '../../src/infra/open-store.js';
import { createRecordingLogger } from '../helpers/recording-logger.js';

const [target, account, names] = process.argv.slice(2);
if (!target || !account || !names) throw new Error('usage: district-worker.ts <db> <account> <community,…>');

/** A community's config: its residents' and staff groups and one admin. */
function districtCommunity(name: string) {
  return {
    name,
    groups: [
      { topic: `${name}业主群`, role: 'residents' as const },
      { topic: `${name}工作群`, role: 'staff' as const },
    ],
    staff: [{ remark: `${name}主任`, name: `${name}主任`, role: 'admin' as const, covers: ['*'] }],
  };
}

let now = new Date('2026-03-02T01:00:00.000Z');
const opened = await openStore(target, { clock: () => now, account });
const store = opened.tickets;
const config = createConfig({ bot: { session: account }, communities: names.split(',').map(districtCommunity) });
const rooms = await syncConfig(store, config);
const deadlines = loadDeadlines('rules');
const deps = {
  clock: () => now,
  store,
  config,
  deadlines,
  logger: createRecordingLogger(),
  categories: [{ code: 'lighting', name: '照明' }],
};
const say = (line: object) => process.stdout.write(`${JSON.stringify(line)}\n`);
say({ ready: true });

async function intake(community: string, prefix: string, from: number, to: number): Promise<void> {
  const c = (await store.listCommunities()).find((x) => x.name === community)!;
  const room = rooms.find((r) => r.communityId === c.id && r.role === 'residents')!;
  const ack = (r: { ticket: Ticket }) => [
    { to: { kind: 'room' as const, roomKey: room.key }, text: `已登记 #${r.ticket.number}`, mentions: ['居民'], urgent: false },
  ];
  const took: number[] = [];
  let opened = 0;
  let repeat = 0;
  const start = performance.now();
  for (let j = from; j < to; j++) {
    const t0 = performance.now();
    const r = await store.intake(
      {
        communityId: c.id,
        roomKey: room.key,
        messageId: `${prefix}-m${j}`,
        text: `${prefix}-${j}号楼的路灯不亮了`,
        reporterName: `居民${j % 50}`,
        reporterKey: `居民${j % 50}`,
        at: now,
        category: 'lighting',
        urgent: false,
        building: `${prefix}-${j}号楼`,
      },
      { mergeWindowHours: 72, deadlines },
      ack,
    );
    took.push(performance.now() - t0);
    if (r.kind === 'opened') opened++;
    else if (r.kind === 'repeat') repeat++;
    if ((j + 1 - from) % 10 === 0) say({ progress: j + 1 - from });
  }
  const ms = performance.now() - start;
  took.sort((a, b) => a - b);
  say({ done: 'intake', opened, repeat, ms, p99: took[Math.min(took.length - 1, Math.floor(took.length * 0.99))] ?? 0 });
}

for await (const line of createInterface({ input: process.stdin })) {
  const cmd = JSON.parse(line) as { cmd: string; community?: string; prefix?: string; from?: number; to?: number; at?: string };
  if (cmd.cmd === 'intake') await intake(cmd.community!, cmd.prefix!, cmd.from!, cmd.to!);
  else if (cmd.cmd === 'due') {
    now = new Date(cmd.at!);
    say({ done: 'due', replies: (await runDueWork(deps, { queue: true })).length });
  } else break;
}
await opened.close();
process.exit(0); // stdin, still open, would keep the process alive
