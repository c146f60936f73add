// `yishiting web [--config FILE] [--db DB] [--host 127.0.0.1] [--port 8080]`: serves the staff
// dashboard until SIGINT/SIGTERM. `yishiting web link --remark <备注>` prints a one-time sign-in URL.
import { existsSync } from 'node:fs';
import { resolveDatabaseTarget } from '../infra/database-target.js';
import { configFromEnv, type Config } from '../config.js';
import { configFilePath, loadConfigFile } from '../infra/config-file.js';
import { createLogger } from '../infra/logger.js';
import { resolveRulesDir } from '../infra/resolve-rules-dir.js';
import { createWebApp } from '../web/create-web-app.js';
import { LOGIN_LINK_MINUTES } from '../core/commands/login-command.js';
import { createLoginLink, DEFAULT_BASE_URL } from '../web/login-link.js';
import { ownCommunities } from '../core/own-communities.js';
import { followConfigFiles } from '../web/follow-config-files.js';
import { openDashboard } from '../web/open-dashboard.js';
import { serveWeb } from '../web/serve-web.js';
import { HELP_OPTION, parseCliArgs } from './parse-cli-args.js';

/** How often standalone `yishiting web` looks for rules published by another process (the bot ticks every 30 s). */
const RULE_FOLLOW_MS = 30_000;

const HELP = `用法：yishiting web [--config 文件] [--db 文件] [--host 地址] [--port 端口]
      yishiting web link --remark 备注名 [--config 文件] [--db 文件] [--base 网址]

启动工作台网页（工单列表、工单详情与办理），按 Ctrl+C 停止。工作人员不用密码：私聊机器人发送
#登录 得到一次性登录链接；也可以由管理员在服务器上用 web link 生成。

  --host 地址     监听地址（默认 127.0.0.1，只有本机能访问；手机访问请在前面放一个 https 反向代理）
  --port 端口     监听端口（默认配置里的 web.port，否则 8080）
  --remark 备注名 web link：名单里工作人员的备注名
  --base 网址     web link：登录链接的开头（默认 ${DEFAULT_BASE_URL}）
  --config 文件   配置文件（默认 yishiting.config.yaml）
  --db 数据库     数据库文件或 postgres:// 地址（默认配置里的 database）
`;

function fail(message: string, code = 2): number {
  process.stderr.write(`${message}\n`);
  return code;
}

export async function run(argv: string[]): Promise<number> {
  const link = argv[0] === 'link';
  const parsed = parseCliArgs(
    link ? argv.slice(1) : argv,
    {
      config: { type: 'string' },
      db: { type: 'string' },
      host: { type: 'string' },
      port: { type: 'string' },
      remark: { type: 'string' },
      base: { type: 'string' },
      ...HELP_OPTION,
    },
    HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const env = configFromEnv();
  const configFile = configFilePath(values.config, env.configFile);
  if (!existsSync(configFile)) return fail(`找不到配置文件 ${configFile}，请先运行 yishiting init，或用 --config 指定。`, 1);
  let config: Config;
  try {
    config = loadConfigFile(configFile);
  } catch (err) {
    return fail(`配置文件有误：${(err as Error).message}`);
  }
  let database: string;
  try {
    database = resolveDatabaseTarget(values.db ?? env.database ?? config.database);
  } catch (err) {
    return fail((err as Error).message);
  }
  const logger = createLogger({ level: process.env.YISHITING_LOG_LEVEL ?? 'warn' });
  const rulesDir = resolveRulesDir(config.rulesDir, false);
  const clock = () => new Date();
  if (link) {
    if (values.host || values.port) return fail('web link 不接受 --host / --port（用 --base 指定链接开头）。');
    const remark = values.remark?.trim();
    if (!remark) return fail('请用 --remark 写出工作人员的备注名，例如：yishiting web link --remark 王主任');
    const base = values.base ?? DEFAULT_BASE_URL;
    if (!/^https?:\/\/[^\s/]+/.test(base)) return fail(`--base 应为 http:// 或 https:// 开头的网址，而不是「${base}」。`);
    let dashboard: Awaited<ReturnType<typeof openDashboard>>;
    try {
      dashboard = await openDashboard(config, database, rulesDir, logger, clock);
    } catch (err) {
      return fail(`无法打开：${(err as Error).message}`, 1);
    }
    try {
      // A district's store holds other accounts' communities: the remark is looked up in this config's.
      const own = (await ownCommunities(dashboard.web.deps)).map((c) => c.id);
      const person = await dashboard.web.deps.store.findPersonByRemark(remark, own);
      if (!person) return fail(`名单里没有备注为「${remark}」的工作人员（以配置文件为准）。`, 1);
      process.stdout.write(`${await createLoginLink(dashboard.web.auth, person, base, clock())}\n`);
      process.stderr.write(`（${LOGIN_LINK_MINUTES} 分钟内有效，只能用一次；请只发给 ${person.name} 本人）\n`);
      return 0;
    } finally {
      await dashboard.close();
    }
  }
  if (values.remark || values.base) return fail('--remark 和 --base 只用于 web link。');
  const port = values.port === undefined ? (config.web.port ?? 8080) : Number(values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) return fail(`--port 应为 0–65535 的整数，而不是「${values.port}」。`);
  const host = values.host ?? config.web.host;
  let dashboard: Awaited<ReturnType<typeof openDashboard>>;
  try {
    dashboard = await openDashboard(config, database, rulesDir, logger, clock);
  } catch (err) {
    return fail(`无法启动：${(err as Error).message}`, 1);
  }
  let server: Awaited<ReturnType<typeof serveWeb>>;
  try {
    server = await serveWeb(
      createWebApp({ ...dashboard.web, secureCookies: config.web.baseUrl?.startsWith('https:') ?? false }),
      host,
      port,
    );
  } catch (err) {
    await dashboard.close();
    return fail(`无法监听 ${host}:${port}：${(err as Error).message}`, 1);
  }
  // A roster edit (someone removed) takes effect at once, as in the running bot.
  const watcher = followConfigFiles(dashboard, { configFile, rulesDir }, logger);
  // Rules published by another process on the store (another machine of a district) are followed.
  const ruleTimer = setInterval(() => void dashboard.tick(), RULE_FOLLOW_MS);
  process.stdout.write(`工作台已启动：http://${host.includes(':') ? `[${host}]` : host}:${server.port}/ （按 Ctrl+C 停止）\n`);
  return new Promise<number>((done) => {
    const stop = (): void => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      watcher.close();
      clearInterval(ruleTimer);
      void server
        .close()
        .then(() => dashboard.close())
        .then(() => done(0));
    };
    process.on('SIGINT', stop);
    process.on('SIGTERM', stop);
  });
}
