// Offline or refused, Wechaty's start() resolves and then error events loop with no back-off.
// The watchdog turns that into one clear failure: the login service did not answer (no QR code,
// no login) within the time limit, or it refused the connection.
import type { Wechaty } from 'wechaty';
import type { Logger } from '../../core/types.js';

export interface Watchdog {
  /** Resolves with a short Chinese reason when start-up failed; never rejects. */
  failed: Promise<string>;
  cancel(): void;
}

const NETWORK_ERRORS = /ENOTFOUND|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EAI_AGAIN|ENETUNREACH|EHOSTUNREACH|socket hang up|timeout/i;

export function startupWatchdog(options: { bot: Wechaty; timeoutMs: number; logger: Logger; maxErrors?: number }): Watchdog {
  const { bot, logger } = options;
  let settle: (reason: string) => void = () => undefined;
  const failed = new Promise<string>((resolve) => {
    settle = resolve;
  });
  let done = false;
  let errors = 0;
  let lastError = '';

  const finish = (reason: string | null): void => {
    if (done) return;
    done = true;
    clearTimeout(timer);
    bot.off('scan', onProgress);
    bot.off('login', onProgress);
    bot.off('error', onError);
    if (reason) settle(reason);
  };
  const onProgress = (): void => finish(null);
  const onError = (err: unknown): void => {
    errors += 1;
    lastError = err instanceof Error ? err.message : String(err);
    if (errors === 1) logger.warn({ err: lastError }, 'error before login');
    if (NETWORK_ERRORS.test(lastError) && errors >= 3) finish(describe(lastError));
    else if (errors >= (options.maxErrors ?? 20)) finish(describe(lastError));
  };
  const timer = setTimeout(() => {
    finish(lastError ? describe(lastError) : `${Math.round(options.timeoutMs / 1000)} 秒内没有拿到登录二维码`);
  }, options.timeoutMs);
  timer.unref?.();

  bot.on('scan', onProgress);
  bot.on('login', onProgress);
  bot.on('error', onError);
  return { failed, cancel: () => finish(null) };
}

function describe(error: string): string {
  if (/ENOTFOUND|EAI_AGAIN/i.test(error)) return '找不到微信服务器（域名解析失败，可能没有联网）';
  if (/ECONNREFUSED/i.test(error)) return '微信服务器拒绝连接';
  if (/ETIMEDOUT|timeout/i.test(error)) return '连接微信服务器超时';
  if (/ENETUNREACH|EHOSTUNREACH/i.test(error)) return '网络不可达';
  return `登录服务出错（${error.slice(0, 120)}）`;
}
