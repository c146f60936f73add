// `yishiting start`: the only place that reads the environment and files for the live bot and
// starts real WeChat. config → database → rules → core → Wechaty (wechaty-puppet-wechat4u by
// default, imported here only) → outbox; a start-up watchdog, QR in the terminal, re-reading
// rules and config on change, and a clean shutdown on SIGINT/SIGTERM.
import { chmodSync, existsSync, statSync, unlinkSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { setTimeout as delay } from 'node:timers/promises';
import qrcodeTerminal from 'qrcode-terminal';
import type { ContactSelf } from 'wechaty';
import { ScanStatus } from 'wechaty-puppet/types';
import { createApp, type App } from './app.js';
import { configFromEnv, type Config } from './config.js';
import { configFilePath, loadConfigFile } from './infra/config-file.js';
import { resolveDatabaseTarget } from './infra/database-target.js';
import { createLogger, LogFileError } from './infra/logger.js';
import { resolveRulesDir } from './infra/resolve-rules-dir.js';
import { watchBotFiles } from './app/watch-bot-files.js';
import { startupWatchdog } from './adapters/wechaty/startup-watchdog.js';
import { findCurrentRoom } from './adapters/wechaty/find-current-room.js';
import type { RunningWeb } from './web/serve-web.js';

export interface StartOptions {
  configFile?: string;
  /** An SQLite file or a postgres:// address (--db); default $YISHITING_DB, then the config's database. */
  database?: string;
  rulesDir?: string;
  /** Human-readable status lines (QR, login) go here; logs go to the log file. */
  out?: NodeJS.WritableStream;
}

const say = (out: NodeJS.WritableStream, line: string): void => void out.write(`${line}\n`);

async function loadPuppet(name: string): Promise<unknown> {
  const mod = (await import(name)) as Record<string, unknown>;
  const Ctor = (mod.default ?? Object.values(mod).find((v) => typeof v === 'function' && /^Puppet/.test((v as { name: string }).name))) as
    | (new () => unknown)
    | undefined;
  if (typeof Ctor !== 'function') throw new Error(`${name} 不是一个 Wechaty puppet 模块`);
  return new Ctor();
}

export async function runStart(options: StartOptions = {}): Promise<number> {
  const out = options.out ?? process.stdout;
  const env = configFromEnv();
  const configFile = configFilePath(options.configFile, env.configFile);
  if (!existsSync(configFile)) {
    say(out, `找不到配置文件 ${configFile}，请先运行 yishiting init 生成一份，按注释填写后再启动。`);
    return 1;
  }
  let config: Config;
  try {
    config = loadConfigFile(configFile);
  } catch (err) {
    say(out, `配置文件有误：${(err as Error).message}`);
    return 2;
  }

  // Session cookies, the database and images are private: everything we create is mode 600/700.
  process.umask(0o077);
  const dataDir = resolve('data');
  await mkdir(dataDir, { recursive: true, mode: 0o700 });
  let logger: ReturnType<typeof createLogger>;
  try {
    logger = createLogger({
      level: process.env.YISHITING_LOG_LEVEL ?? 'info',
      file: process.env.YISHITING_LOG_FILE ?? join(dataDir, 'yishiting.log'),
    });
  } catch (err) {
    if (!(err instanceof LogFileError)) throw err;
    say(out, err.message);
    return 2;
  }
  const puppetName = env.puppet ?? config.bot.puppet;
  const sessionName = join(dataDir, config.bot.session);
  const memoryCard = `${sessionName}.memory-card.json`;
  const rulesDir = resolveRulesDir(options.rulesDir ?? config.rulesDir, options.rulesDir !== undefined);

  // An interrupted first login can leave an empty session file that Wechaty cannot parse.
  if (existsSync(memoryCard) && statSync(memoryCard).size === 0) unlinkSync(memoryCard);

  let app: App;
  try {
    const puppet = await loadPuppet(puppetName);
    app = await createApp({
      config,
      database: resolveDatabaseTarget(options.database ?? env.database ?? config.database),
      rulesDir,
      puppet: puppet as never,
      clock: () => new Date(),
      sleep: (ms) => delay(ms),
      logger,
      dataDir,
      sessionName,
      timers: 'real',
      tickMs: config.schedule.tickSeconds * 1000,
      silenceAlert: true,
      shareRules: true,
    });
  } catch (err) {
    say(out, `无法启动：${(err as Error).message}`);
    return 2;
  }

  const { bot } = app;
  // Armed at start and again after every logout: wechat4u then starts a new QR login, and when
  // the login service is unreachable it retries in a tight loop with no back-off.
  let watchdog = startupWatchdog({ bot, timeoutMs: 20_000, logger });
  let onWatchdogArmed: (w: typeof watchdog) => void = () => undefined;
  const protectSession = (): void => {
    try {
      if (existsSync(memoryCard)) chmodSync(memoryCard, 0o600);
    } catch (err) {
      logger.warn({ err }, 'could not restrict the session file');
    }
  };
  bot.on('scan', (qrcode: string, status: ScanStatus) => {
    // wechat4u reports the phone's scan as a second 'scan' (status Scanned) with the same code.
    if (status === ScanStatus.Scanned || status === ScanStatus.Confirmed) {
      say(out, '已扫码，请在手机上确认登录。');
      return;
    }
    say(out, '请用社区工作微信扫描下面的二维码登录（二维码过期会自动刷新）：');
    qrcodeTerminal.generate(qrcode, { small: true }, (text: string) => say(out, text));
    logger.info('login QR code shown');
  });
  bot.on('login', (user: ContactSelf) => {
    protectSession();
    say(out, `已登录：${user.name()}。机器人开始工作，按 Ctrl+C 停止。`);
    logger.info('logged in');
  });
  // wechat4u fires 'ready' once the contact list is loaded (~20 s after login): check every
  // configured group is visible, since a topic typo would silently ignore a whole group.
  bot.on('ready', () => {
    void (async () => {
      for (const room of app.rooms.all()) {
        const found = await findCurrentRoom(bot, room.topic).catch(() => undefined);
        if (!found)
          say(
            out,
            `注意：找不到群「${room.topic}」。请确认机器人微信号在这个群里，并且配置里的群名与微信群名完全一致（也可能是群还没保存到通讯录）。`,
          );
      }
    })();
  });
  bot.on('logout', () => {
    // Stopping ends the web session too (wechat4u reports it as a logout, twice): not an alarm.
    if (stopping) return;
    say(out, '!!! 微信已退出登录（可能在手机上被踢下线）。请重新扫码登录，期间群里的消息收不到。');
    logger.error('LOGGED OUT: the bot no longer receives messages until someone scans the QR code again');
    watchdog.cancel();
    watchdog = startupWatchdog({ bot, timeoutMs: 20_000, logger });
    onWatchdogArmed(watchdog);
  });

  const watcher = watchBotFiles({
    configFile,
    rulesDir,
    reloadConfig: () => app.reloadConfig(() => loadConfigFile(configFile)),
    reloadRules: () => app.reloadRules(),
    onError: (err) => logger.warn({ err }, 'file watch problem'),
  });

  // One process for small offices: the dashboard beside the bot when the config gives it a port.
  // Loaded only then: a bot without a dashboard carries no Hono app and no page code.
  let web: RunningWeb | null = null;
  if (config.web.port !== undefined) {
    try {
      const [{ createWebApp }, { serveWeb }] = await Promise.all([import('./web/create-web-app.js'), import('./web/serve-web.js')]);
      const secureCookies = config.web.baseUrl?.startsWith('https:') ?? false;
      web = await serveWeb(createWebApp({ ...app.web, secureCookies }), config.web.host, config.web.port);
      say(out, `工作台已启动：http://${config.web.host}:${web.port}/`);
    } catch (err) {
      say(out, `注意：工作台无法监听 ${config.web.host}:${config.web.port}（${(err as Error).message}），机器人照常工作。`);
    }
  }

  let stopping: Promise<void> | null = null;
  const stop = (why: string): Promise<void> => {
    stopping ??= (async () => {
      logger.info({ why }, 'shutting down');
      await web?.close();
      watcher.close();
      watchdog.cancel();
      // The process ends right after: leave the WeChat session alive for the next start (README).
      await app.stop({ keepSession: true });
      protectSession();
    })();
    return stopping;
  };
  const finished = new Promise<number>((resolveExit) => {
    const onSignal = (signal: NodeJS.Signals): void => {
      if (stopping) {
        say(out, '强制退出。');
        process.exit(130);
      }
      say(out, '正在停止机器人（未发出的消息保存在发送队列里，下次启动继续发送）…');
      void stop(signal).then(() => resolveExit(0));
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    onWatchdogArmed = (armed) =>
      void armed.failed.then(async (reason) => {
        if (armed !== watchdog) return;
        say(out, `无法连接微信登录服务：${reason}。请检查网络后重新运行 yishiting start。`);
        await stop('watchdog');
        resolveExit(3);
      });
    onWatchdogArmed(watchdog);
  });

  say(out, `议事亭启动中（配置 ${configFile}，日志 ${process.env.YISHITING_LOG_FILE ?? join(dataDir, 'yishiting.log')}）…`);
  try {
    await app.start();
  } catch (err) {
    say(out, `无法连接微信登录服务：${(err as Error).message}。`);
    await stop('start failed');
    return 3;
  }
  return finished;
}
