import { beforeEach, describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/types.js';
import { createSqliteOutboxQueue } from '../../../src/infra/db/sqlite-outbox-queue.js';
import type { OutboxQueue } from '../../../src/infra/outbox/outbox-queue.js';
import { createPgOutboxQueue } from '../../../src/infra/pg/pg-outbox-queue.js';
import { countRows, DIALECTS, useDialectDatabase } from '../../helpers/dialect-database.js';
import { at } from './store-fixture.js';

const room = (text: string, urgent = false): Reply => ({ to: { kind: 'room', roomKey: 'g1' }, text, mentions: ['张阿姨'], urgent });
const dm = (text: string): Reply => ({ to: { kind: 'contact', name: '李网格员', remark: '李网格员' }, text, mentions: [], urgent: false });

describe.each(DIALECTS)('the outbox table on %s', (dialect) => {
  const db = useDialectDatabase(dialect);
  let queue: OutboxQueue;
  beforeEach(() => {
    const d = db();
    queue = d.dialect === 'sqlite' ? createSqliteOutboxQueue(d.db) : createPgOutboxQueue(d.db);
  });

  it('hands out urgent items first, then in the order they were queued, with their destination intact', async () => {
    await queue.enqueue([room('一'), dm('二')], at(0));
    await queue.enqueue([room('紧急', true)], at(1));
    const items = await queue.pending(at(1), 10);
    expect(items.map((i) => i.reply.text)).toEqual(['紧急', '一', '二']);
    expect(items[2]!.reply).toEqual(dm('二'));
    expect(items[1]!.reply).toEqual(room('一'));
    expect(await queue.pending(at(0.5), 10)).toHaveLength(2);
  });

  it('holds a failed item until its retry time and counts attempts', async () => {
    await queue.enqueue([room('一')], at(0));
    const [item] = await queue.pending(at(0), 10);
    await queue.markFailed([item!.id], 'WeChat said no', at(2));
    expect(await queue.pending(at(1), 10)).toEqual([]);
    expect(await queue.nextAt()).toEqual(at(2));
    const [retry] = await queue.pending(at(2), 10);
    expect(retry).toMatchObject({ id: item!.id, attempts: 1 });
  });

  it('keeps sent and given-up items in the table but never hands them out again', async () => {
    await queue.enqueue([room('一'), room('二')], at(0));
    const [a, b] = await queue.pending(at(0), 10);
    await queue.markSent([a!.id], at(1));
    await queue.markFailed([b!.id], 'banned', null);
    expect(await queue.pending(at(5), 10)).toEqual([]);
    expect(await queue.nextAt()).toBeNull();
    expect(await countRows(db(), 'outbox')).toBe(2);
  });

  it('refuses a reply without text or destination and queues none of the batch', async () => {
    await expect(queue.enqueue([room('好'), room('  ')], at(0))).rejects.toThrow('第 2 条待发消息无效');
    expect(await countRows(db(), 'outbox')).toBe(0);
  });

  it('remembers when the latest send happened', async () => {
    expect(await queue.lastSentAt()).toBeNull();
    await queue.enqueue([room('一'), room('二')], at(0));
    const [a, b] = await queue.pending(at(0), 10);
    await queue.markSent([b!.id], at(3));
    await queue.markSent([a!.id], at(1));
    expect(await queue.lastSentAt()).toEqual(at(3));
  });

  it('queues a reply with a key once', async () => {
    await queue.enqueue([{ ...room('已受理'), key: 'ack:m1' }], at(0));
    await queue.enqueue([{ ...room('已受理'), key: 'ack:m1' }, room('另一条')], at(1));
    expect((await queue.pending(at(1), 10)).map((i) => i.reply.text)).toEqual(['已受理', '另一条']);
  });

  it('respects the page limit', async () => {
    await queue.enqueue([room('1'), room('2'), room('3')], at(0));
    expect((await queue.pending(at(0), 2)).map((i) => i.reply.text)).toEqual(['1', '2']);
  });

  describe('several bot processes on one store', () => {
    const LEASE = 60_000;
    const processOf = (owner: string, account: string | null, roomKeys: string[] | null): OutboxQueue => {
      const d = db();
      const scope = { owner, account, roomKeys: () => roomKeys, leaseMs: LEASE };
      return d.dialect === 'sqlite' ? createSqliteOutboxQueue(d.db, scope) : createPgOutboxQueue(d.db, scope);
    };
    const toRoom = (roomKey: string, text: string): Reply => ({ to: { kind: 'room', roomKey }, text, mentions: [], urgent: false });

    it('sends a group message only from a process whose account is in that group', async () => {
      const a = processOf('A', 'acct-a', ['g1']);
      const b = processOf('B', 'acct-b', ['g2']);
      await a.enqueue([toRoom('g1', '一'), toRoom('g2', '二')], at(0));
      expect((await a.pending(at(0), 10)).map((i) => i.reply.text)).toEqual(['一']);
      expect((await b.pending(at(0), 10)).map((i) => i.reply.text)).toEqual(['二']);
    });

    it('sends a private message only from the account that queued it (a remark or contact id means something to it alone)', async () => {
      const a = processOf('A', 'acct-a', []);
      const b = processOf('B', 'acct-b', []);
      await a.enqueue([dm('给李网格员')], at(0));
      expect(await b.pending(at(0), 10)).toEqual([]);
      expect((await a.pending(at(0), 10)).map((i) => i.reply.text)).toEqual(['给李网格员']);
      expect(await b.nextAt()).toBeNull();
    });

    it('leases what a process took: nobody else sends it until the lease ends, then another process does', async () => {
      const a = processOf('A', 'acct', ['g1']);
      const b = processOf('B', 'acct', ['g1']);
      await a.enqueue([toRoom('g1', '一')], at(0));
      const [taken] = await a.pending(at(0), 10);
      expect(await b.pending(at(0), 10)).toEqual([]);
      expect((await a.pending(at(0), 10)).map((i) => i.id)).toEqual([taken!.id]); // still its own
      // A dies before marking it sent; B wakes when the lease ends and takes it (at-least-once).
      expect(await b.nextAt()).toEqual(new Date(at(0).getTime() + LEASE));
      const later = new Date(at(0).getTime() + LEASE);
      expect((await b.pending(later, 10)).map((i) => i.id)).toEqual([taken!.id]);
      expect(await a.pending(later, 10)).toEqual([]);
      await b.markSent([taken!.id], later);
      expect(await a.pending(new Date(later.getTime() + 10 * LEASE), 10)).toEqual([]);
    });

    it('gives a restarted process of the same account its rows back at once (the owner is the account)', async () => {
      const before = processOf('acct', 'acct', ['g1']);
      await before.enqueue([toRoom('g1', '一'), dm('私信')], at(0));
      const taken = await before.pending(at(0), 10);
      expect(taken).toHaveLength(2);
      // Killed before sending; the next start of the same account takes them without waiting for the lease.
      const after = processOf('acct', 'acct', ['g1']);
      expect((await after.pending(at(0.01), 10)).map((i) => i.id)).toEqual(taken.map((i) => i.id));
      expect(await processOf('other', 'other', ['g1']).pending(at(0.01), 10)).toEqual([]);
    });

    it('releases the rows of a failed send at once', async () => {
      const a = processOf('A', null, null);
      const b = processOf('B', null, null);
      await a.enqueue([toRoom('g1', '一')], at(0));
      const [taken] = await a.pending(at(0), 10);
      await a.markFailed([taken!.id], 'WeChat said no', at(0.01));
      expect((await b.pending(at(0.01), 10)).map((i) => i.id)).toEqual([taken!.id]);
    });
  });
});
