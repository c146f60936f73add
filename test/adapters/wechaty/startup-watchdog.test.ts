import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import type { Wechaty } from 'wechaty';
import { startupWatchdog } from '../../../src/adapters/wechaty/startup-watchdog.js';
import { createRecordingLogger } from '../../helpers/recording-logger.js';

const fakeBot = () => new EventEmitter() as unknown as Wechaty & EventEmitter;

describe('start-up watchdog', () => {
  it('turns a loop of connection errors into one clear Chinese reason, logging only the first', async () => {
    const bot = fakeBot();
    const logger = createRecordingLogger();
    const dog = startupWatchdog({ bot, timeoutMs: 60_000, logger });
    bot.on('error', () => undefined); // the app's own listener (attachBot) is always there
    for (let i = 0; i < 50; i++) bot.emit('error', new Error('getaddrinfo ENOTFOUND login.wx.qq.com'));
    expect(await dog.failed).toBe('找不到微信服务器（域名解析失败，可能没有联网）');
    expect(logger.entries.filter((e) => e.level === 'warn')).toHaveLength(1);
    expect(bot.listenerCount('error')).toBe(1);
  });

  it('names a refused connection', async () => {
    const bot = fakeBot();
    const dog = startupWatchdog({ bot, timeoutMs: 60_000, logger: createRecordingLogger() });
    bot.on('error', () => undefined);
    for (let i = 0; i < 3; i++) bot.emit('error', new Error('connect ECONNREFUSED 127.0.0.1:443'));
    expect(await dog.failed).toBe('微信服务器拒绝连接');
  });

  it('stands down once a QR code arrives, whatever errors follow', async () => {
    const bot = fakeBot();
    const dog = startupWatchdog({ bot, timeoutMs: 60_000, logger: createRecordingLogger() });
    bot.emit('scan', 'https://login.weixin.qq.com/l/xyz', 2);
    bot.on('error', () => undefined); // the app's own listener stays
    for (let i = 0; i < 50; i++) bot.emit('error', new Error('ECONNRESET'));
    const outcome = await Promise.race([dog.failed, Promise.resolve('still running')]);
    expect(outcome).toBe('still running');
    expect(bot.listenerCount('scan')).toBe(0);
  });
});
