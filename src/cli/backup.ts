// `yishiting backup <file> [--db FILE] [--force]`: an online, consistent copy of the database
// while the bot keeps running.
import { configFromEnv } from '../config.js';
import { loadConfigFile, optionalConfigFile } from '../infra/config-file.js';
import { backupDatabase, BackupError } from '../infra/db/backup-database.js';
import { DEFAULT_DATABASE } from '../infra/db/open-database.js';
import { isPgUrl, redactDatabaseUrl } from '../infra/pg/database-url.js';
import { HELP_OPTION, parseCliArgs } from './parse-cli-args.js';

const HELP = `用法：yishiting backup <备份文件> [--db 数据库文件] [--config 配置文件] [--force]

在机器人运行时在线备份数据库（SQLite 备份接口，得到一致的副本，不影响机器人继续写入）。

  <备份文件>      备份写到这里，例如 backups/yishiting-2026-11-26.db（目录须已存在）
  --db FILE       要备份的数据库（默认：配置文件中的 database，或 ${DEFAULT_DATABASE}）
  --config FILE   配置文件（默认：$YISHITING_CONFIG 或 ./yishiting.config.yaml）
  --force         备份文件已存在时覆盖它

备份文件只有所有者可读写（权限 600）。恢复时停止机器人，把备份文件复制为数据库文件即可。
`;

function databaseFrom(opts: { db?: string; config?: string }): string {
  const env = configFromEnv();
  if (opts.db) return opts.db;
  if (env.database) return env.database;
  const configFile = optionalConfigFile(opts.config, env.configFile);
  return configFile ? loadConfigFile(configFile).database : DEFAULT_DATABASE;
}

function formatBytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.max(1, Math.round(bytes / 1024))} KB`;
}

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCliArgs(
    argv,
    { db: { type: 'string' }, config: { type: 'string' }, force: { type: 'boolean', default: false }, ...HELP_OPTION },
    HELP,
    true,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) {
    process.stderr.write(
      `${positionals.length === 0 ? '请给出备份文件名' : '只能给出一个备份文件名'}，例如：yishiting backup backups/yishiting.db\n`,
    );
    return 2;
  }
  const target = positionals[0]!;
  let source: string;
  try {
    source = databaseFrom(values);
  } catch (err) {
    process.stderr.write(`配置文件有误：${(err as Error).message}\n`);
    return 2;
  }
  if (isPgUrl(source)) {
    process.stderr.write(
      `backup 只用于 SQLite 数据库文件；PostgreSQL 数据库（${redactDatabaseUrl(source)}）请用 pg_dump 备份，例如：pg_dump -Fc -f yishiting.dump 数据库地址\n`,
    );
    return 2;
  }
  const started = Date.now();
  const tty = process.stderr.isTTY;
  let lastPercent = -1;
  try {
    const result = await backupDatabase(source, target, {
      force: values.force,
      onProgress({ totalPages, remainingPages }) {
        const percent = totalPages === 0 ? 100 : Math.floor(((totalPages - remainingPages) / totalPages) * 100);
        if (percent === lastPercent || (!tty && percent % 25 !== 0 && percent !== 100)) return;
        lastPercent = percent;
        process.stderr.write(tty ? `\r备份中… ${percent}%` : `备份中… ${percent}%\n`);
      },
    });
    if (tty) process.stderr.write('\n');
    const seconds = ((Date.now() - started) / 1000).toFixed(1);
    process.stdout.write(`备份完成：${source} → ${target}（${formatBytes(result.bytes)}，${result.pages} 页，用时 ${seconds} 秒）\n`);
    return 0;
  } catch (err) {
    if (tty) process.stderr.write('\n');
    process.stderr.write(`${err instanceof BackupError ? err.message : `备份失败：${(err as Error).message}`}\n`);
    return 1;
  }
}
