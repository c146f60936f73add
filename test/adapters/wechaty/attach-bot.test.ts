import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { Wechaty } from 'wechaty';
import { attachBot } from '../../../src/adapters/wechaty/attach-bot.js';
import { createRoomRegistry } from '../../../src/adapters/wechaty/room-registry.js';
import { createSteppedClock } from '../../../src/infra/stepped-clock.js';
import { createRecordingLogger } from '../../helpers/recording-logger.js';

describe('attachBot error handling', () => {
  it('survives a storm of error events, logs the first and then at most one line a minute, and keeps a listener after detach', () => {
    const bot = new EventEmitter() as unknown as Wechaty & EventEmitter;
    const clock = createSteppedClock('2026-03-02T02:00:00Z');
    const logger = createRecordingLogger();
    const binding = attachBot(
      bot,
      { rooms: createRoomRegistry([]), botName: () => '社区小助手', clock: clock.now, startedAt: clock.now(), saveImage: async () => null },
      { onMessage: async () => undefined },
      logger,
    );
    for (let i = 0; i < 1000; i++) bot.emit('error', new Error('getaddrinfo ENOTFOUND login.wx.qq.com'));
    expect(logger.entries.filter((e) => e.msg === 'wechaty error event')).toHaveLength(1);
    clock.advance(61_000);
    bot.emit('error', new Error('again'));
    const logged = logger.entries.filter((e) => e.msg === 'wechaty error event');
    expect(logged).toHaveLength(2);
    expect(logged[1]!.obj).toMatchObject({ suppressedSinceLast: 999 });
    binding.detach();
    expect(() => bot.emit('error', new Error('late error during shutdown'))).not.toThrow();
  });
});

describe('attachBot room topics', () => {
  it('hands a topic change over normalised, as every name read from WeChat', async () => {
    const bot = new EventEmitter() as unknown as Wechaty & EventEmitter;
    const clock = createSteppedClock('2026-03-02T02:00:00Z');
    const seen: string[][] = [];
    const binding = attachBot(
      bot,
      { rooms: createRoomRegistry([]), botName: () => '社区小助手', clock: clock.now, startedAt: clock.now(), saveImage: async () => null },
      { onMessage: async () => undefined, onRoomTopic: async (oldTopic, newTopic) => void seen.push([oldTopic, newTopic]) },
      createRecordingLogger(),
    );
    bot.emit('room-topic', { id: '@@r1' }, '金阳花园\u200B业主一群 ', '\uFEFF金阳花园业主群');
    await binding.idle();
    expect(seen).toEqual([['金阳花园业主群', '金阳花园业主一群']]);
  });
});
