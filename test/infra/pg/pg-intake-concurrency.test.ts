// Intakes for one community from several connection pools at once (as several bot processes would
// run them): numbers stay 1..N without gaps or duplicates, each issue becomes one ticket whatever
// order its reports arrive in, and a message delivered twice is taken in once, with one
// acknowledgement queued per report. On PGlite (no server) the same intakes run through its one connection.
import { eq, inArray, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { ReportInput } from '../../../src/core/tickets/ticket-store.js';
import { intake } from '../../../src/infra/pg/pg-intake.js';
import { communities, outbox, reports, tickets } from '../../../src/infra/pg/pg-schema.js';
import { usePgPools } from '../../helpers/pg-pools.js';
import { POLICY, T0 } from '../db/store-fixture.js';

const ISSUES = 12;
const REPORTERS = 3;
const POOLS = 4;

describe('PostgreSQL intake under concurrency', () => {
  const { db, dbFor } = usePgPools(POOLS, 3);

  it('hands out gap-free numbers per community and merges each duplicate once', async () => {
    const made = await db()
      .insert(communities)
      .values([
        { name: '金阳社区', createdAt: T0 },
        { name: '银湖社区', createdAt: T0 },
      ])
      .returning();
    const inputs: ReportInput[] = [];
    for (const community of made) {
      for (let issue = 1; issue <= ISSUES; issue++) {
        for (let r = 1; r <= REPORTERS; r++) {
          const name = `居民${r}`;
          inputs.push({
            communityId: community.id,
            roomKey: `room-${community.id}`,
            messageId: `m-${issue}-${r}`,
            text: `${issue}号楼的路灯不亮了`,
            reporterName: name,
            reporterKey: name,
            at: new Date(T0.getTime() + r * 60_000),
            category: 'lighting',
            urgent: false,
            building: `${issue}号楼`,
          });
        }
      }
    }
    // Every message twice (a redelivery), interleaved so that the copies race each other.
    const deliveries = [...inputs, ...inputs.slice().reverse()];
    const results = await Promise.all(
      deliveries.map((input, i) =>
        intake(dbFor(i), input, POLICY, (result) => [
          {
            to: { kind: 'room', roomKey: input.roomKey! },
            text: `已收到 #${result.ticket.number}`,
            mentions: [],
            urgent: false,
            key: `ack:${result.report.id}`,
          },
        ]),
      ),
    );

    const kinds = results.map((r) => r.kind);
    expect(kinds.filter((k) => k === 'repeat')).toHaveLength(inputs.length);
    expect(kinds.filter((k) => k === 'opened')).toHaveLength(made.length * ISSUES);
    expect(kinds.filter((k) => k === 'merged')).toHaveLength(made.length * ISSUES * (REPORTERS - 1));

    for (const community of made) {
      const rows = await db().select().from(tickets).where(eq(tickets.communityId, community.id));
      expect(rows.map((t) => Number(t.number)).sort((a, b) => a - b)).toEqual(Array.from({ length: ISSUES }, (_, i) => i + 1));
      expect(new Set(rows.map((t) => t.buildingKey)).size).toBe(ISSUES);
      expect(rows.every((t) => t.reporterCount === REPORTERS)).toBe(true);
      const [c] = await db().select().from(communities).where(eq(communities.id, community.id));
      expect(c!.lastNumber).toBe(ISSUES);
    }
    const [counts] = await db()
      .select({ reports: sql<number>`(select count(*)::int from ${reports})`, outbox: sql<number>`(select count(*)::int from ${outbox})` })
      .from(communities)
      .limit(1);
    expect(counts).toEqual({ reports: inputs.length, outbox: inputs.length });
  });

  it('settles a source key two transactions insert at once by its unique index; the loser gives its number back', async () => {
    // The same message under two communities takes two different community locks, so both
    // transactions pass the repeat lookup; the unique source key decides (ON CONFLICT DO NOTHING).
    const made = await db()
      .insert(communities)
      .values([1, 2, 3, 4, 5, 6].map((i) => ({ name: `冲突社区${i}`, createdAt: T0 })))
      .returning();
    for (let round = 0; round < 3; round++) {
      const pair = [made[round * 2]!, made[round * 2 + 1]!];
      const results = await Promise.all(
        pair.map((c, i) => intake(dbFor(i), { ...sameMessage, communityId: c.id, messageId: `race-${round}` }, POLICY)),
      );
      expect(results.map((r) => r.kind).sort()).toEqual(['opened', 'repeat']);
      const numbers = await db()
        .select({ n: communities.lastNumber })
        .from(communities)
        .where(
          inArray(
            communities.id,
            pair.map((c) => c.id),
          ),
        );
      expect(numbers.map((r) => r.n).sort()).toEqual([0, 1]);
    }
  });
});

const sameMessage = {
  roomKey: 'shared-room',
  text: '3号楼的路灯不亮了',
  reporterName: '张阿姨',
  reporterKey: '张阿姨',
  at: T0,
  category: 'lighting',
  urgent: false,
  building: '3号楼',
};
