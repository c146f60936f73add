import { describe, expect, it } from 'vitest';
import type { Reply } from '../../../src/core/types.js';
import type { Batch } from '../../../src/infra/outbox/merge-batch.js';
import { createOutboxSender, type Transport } from '../../../src/infra/outbox/outbox-sender.js';
import { createSteppedClock } from '../../../src/infra/stepped-clock.js';
import { createMemoryOutbox } from '../../helpers/memory-outbox.js';
import { createRecordingLogger } from '../../helpers/recording-logger.js';

const room = (roomKey: string, text: string, mentions: string[] = [], urgent = false): Reply => ({
  to: { kind: 'room', roomKey },
  text,
  mentions,
  urgent,
});
const dm = (name: string, text: string): Reply => ({ to: { kind: 'contact', name, remark: name }, text, mentions: [], urgent: false });

interface Sent {
  at: number;
  to: Batch['to'];
  text: string;
}

// 10:00 in Asia/Shanghai is 02:00 UTC.
function setup(start = '2026-03-02T02:00:00Z', failWith?: (n: number) => Error | null, onSleep?: () => void) {
  const clock = createSteppedClock(start);
  const queue = createMemoryOutbox();
  const sent: Sent[] = [];
  let calls = 0;
  const transport: Transport = async (batch, text) => {
    const err = failWith?.(calls++);
    if (err) throw err;
    sent.push({ at: clock.now().getTime(), to: batch.to, text });
  };
  const logger = createRecordingLogger();
  const sender = createOutboxSender({
    queue,
    transport,
    clock: clock.now,
    sleep: async (ms) => {
      onSleep?.();
      await clock.sleep(ms);
    },
    minIntervalMs: 1500,
    quietHours: { start: '22:00', end: '07:00' },
    timeZone: 'Asia/Shanghai',
    maxAttempts: 3,
    logger,
  });
  return { clock, queue, sent, sender, logger };
}

describe('outbox sender', () => {
  it('sends unrecorded replies at once, one message each, and logs a failed one without throwing', async () => {
    const { sender, sent, queue, logger } = setup('2026-03-02T02:00:00Z', (n) => (n === 1 ? new Error('offline') : null));
    await sender.sendUnrecorded([room('r1', '抱歉', ['李叔']), dm('张阿姨', '抱歉'), room('r1', '再次抱歉')]);
    expect(sent.map((s) => s.text)).toEqual(['@李叔 抱歉', '再次抱歉']);
    expect(queue.rows).toEqual([]);
    expect(logger.entries.map((e) => e.msg)).toEqual(['unrecorded send failed']);
    expect(sender.lastSendAt()).not.toBeNull();
  });

  it('keeps at least the minimum interval between two sends on the injected clock', async () => {
    const { sender, sent } = setup();
    await sender.enqueue([room('r1', 'a'), room('r2', 'b'), dm('李网格员', 'c')]);
    expect(await sender.drain()).toBe(3);
    const gaps = sent.slice(1).map((s, i) => s.at - sent[i]!.at);
    expect(gaps).toEqual([1500, 1500]);
  });

  it('merges replies to the same room into one message and combines their mentions', async () => {
    const { sender, sent, queue } = setup();
    await sender.enqueue([room('r1', '第一条', ['张阿姨']), room('r2', '别的群'), room('r1', '第二条', ['李叔', '张阿姨'])]);
    await sender.drain();
    expect(sent.map((s) => s.text)).toEqual(['@张阿姨 @李叔 第一条\n\n第二条', '别的群']);
    expect(queue.rows.every((r) => r.sentAt)).toBe(true);
  });

  it('sends urgent replies before anything already queued', async () => {
    const { sender, sent } = setup();
    await sender.enqueue([room('r1', '普通回复'), dm('王主任', '普通私聊')]);
    await sender.enqueue([room('staff', '紧急：燃气泄漏', [], true)]);
    await sender.drain();
    expect(sent[0]!.text).toBe('紧急：燃气泄漏');
  });

  it('holds non-urgent group posts during quiet hours until 07:00 local time but lets urgent ones and private replies through', async () => {
    // 23:30 in Shanghai.
    const { sender, sent, clock } = setup('2026-03-02T15:30:00Z');
    await sender.enqueue([room('r1', '受理回复'), room('staff', '紧急告警', [], true), dm('李网格员', '私聊回复')]);
    await sender.drain();
    expect(sent.map((s) => s.text)).toEqual(['紧急告警', '私聊回复']);
    const wake = await sender.nextWakeAt();
    expect(wake?.toISOString()).toBe('2026-03-02T23:00:00.000Z'); // 07:00 Shanghai
    clock.set(wake!);
    await sender.drain();
    expect(sent.map((s) => s.text)).toEqual(['紧急告警', '私聊回复', '受理回复']);
  });

  it('retries a failed send with exponential back-off and does not block other destinations', async () => {
    const { sender, sent, queue, clock } = setup('2026-03-02T02:00:00Z', (n) => (n < 2 ? new Error('Ret 1205') : null));
    await sender.enqueue([room('r1', '会失败')]);
    await sender.drain();
    expect(sent).toEqual([]);
    expect(queue.rows[0]!.attempts).toBe(1);
    const firstRetry = (await sender.nextWakeAt())!.getTime() - clock.now().getTime();
    clock.set((await sender.nextWakeAt())!);
    await sender.enqueue([dm('李网格员', '别人的消息')]);
    await sender.drain(); // r1 fails again (attempt 2), the DM goes out
    expect(sent.map((s) => s.text)).toEqual(['别人的消息']);
    const secondRetry = (await sender.nextWakeAt())!.getTime() - clock.now().getTime();
    expect(secondRetry).toBeGreaterThanOrEqual(firstRetry * 2 - 1500);
    clock.set((await sender.nextWakeAt())!);
    await sender.drain();
    expect(sent.map((s) => s.text)).toEqual(['别人的消息', '会失败']);
  });

  it('gives up after maxAttempts but keeps the row and logs the failure', async () => {
    const { sender, queue, clock, logger } = setup('2026-03-02T02:00:00Z', () => new Error('Ret 1205'));
    await sender.enqueue([room('r1', '一直失败')]);
    for (let i = 0; i < 5; i++) {
      await sender.drain();
      const wake = await sender.nextWakeAt();
      if (!wake) break;
      clock.set(wake);
    }
    expect(queue.rows).toHaveLength(1);
    expect(queue.rows[0]).toMatchObject({ dead: true, attempts: 3, sentAt: null });
    expect(logger.entries.some((e) => e.level === 'error')).toBe(true);
    expect(await sender.nextWakeAt()).toBeNull();
  });

  it('runs one drain at a time and picks up replies enqueued while draining', async () => {
    const { sender, sent } = setup();
    await sender.enqueue([room('r1', 'a'), room('r2', 'b')]);
    const first = sender.drain();
    await sender.enqueue([room('r3', 'c')]);
    const second = sender.drain();
    await Promise.all([first, second]);
    expect(sent.map((s) => s.text)).toEqual(['a', 'b', 'c']);
  });
});

describe('outbox sender stop', () => {
  it('stops a long drain after the current wait and leaves the rest in the outbox', async () => {
    let waits = 0;
    const { sender, sent, queue } = setup(undefined, undefined, () => {
      waits += 1;
      sender.stop(); // e.g. SIGINT arrives while waiting between sends
    });
    await sender.enqueue([room('r1', 'a'), room('r2', 'b'), room('r3', 'c')]);
    await sender.drain();
    expect(waits).toBe(1);
    expect(sent.map((s) => s.text)).toEqual(['a']);
    expect(queue.rows.filter((r) => !r.sentAt)).toHaveLength(2);
  });
});
