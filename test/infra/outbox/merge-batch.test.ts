import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/types.js';
import { formatOutgoing, mergeBatch } from '../../../src/infra/outbox/merge-batch.js';
import type { OutboxItem } from '../../../src/infra/outbox/outbox-queue.js';

let id = 0;
const item = (reply: Partial<Reply> & { text: string }): OutboxItem => ({
  id: ++id,
  reply: { to: { kind: 'room', roomKey: 'r1' }, mentions: [], urgent: false, ...reply },
  attempts: 0,
  notBefore: new Date(0),
  createdAt: new Date(0),
});

describe('mergeBatch', () => {
  it('never merges an urgent alert with ordinary replies, nor replies to other places', () => {
    const items = [
      item({ text: '紧急', urgent: true }),
      item({ text: '普通' }),
      item({ text: '别的群', to: { kind: 'room', roomKey: 'r2' } }),
      item({ text: '紧急二', urgent: true }),
    ];
    expect(mergeBatch(items)).toMatchObject({ text: '紧急\n\n紧急二', urgent: true, ids: [items[0]!.id, items[3]!.id] });
  });

  it('stops merging at the item and length limits', () => {
    const many = Array.from({ length: 12 }, (_, i) => item({ text: `第${i + 1}条` }));
    expect(mergeBatch(many, { maxItems: 8, maxChars: 1500 })!.ids).toHaveLength(8);
    const long = [item({ text: 'x'.repeat(900) }), item({ text: 'y'.repeat(900) })];
    expect(mergeBatch(long, { maxItems: 8, maxChars: 1500 })!.ids).toHaveLength(1);
  });

  it('puts room mentions in front, once each; private messages get none', () => {
    expect(formatOutgoing({ to: { kind: 'room', roomKey: 'r1' }, text: '已受理', mentions: ['张阿姨', '刘大爷'] })).toBe(
      '@张阿姨 @刘大爷 已受理',
    );
    expect(formatOutgoing({ to: { kind: 'contact', name: '李网格员', remark: null }, text: '提醒', mentions: ['张阿姨'] })).toBe('提醒');
  });
});
