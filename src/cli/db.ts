// `yishiting db copy --from FILE --to postgres://…`: moves a community's SQLite database into the
// PostgreSQL database of a district (src/infra/pg/copy-sqlite-to-pg.ts).
import { existsSync } from 'node:fs';
import { closeDatabase, openDatabase } from '../infra/db/open-database.js';
import { CopyRefused, copySqliteToPg } from '../infra/pg/copy-sqlite-to-pg.js';
import { DatabaseUrlError, isPgUrl, redactDatabaseUrl, validateDatabaseUrl } from '../infra/pg/database-url.js';
import { openPgDatabase } from '../infra/pg/open-pg-database.js';
import { HELP_OPTION, parseCliArgs } from './parse-cli-args.js';
import { progressPrinter } from './progress-printer.js';

const HELP = `用法：yishiting db copy --from <SQLite 数据库文件> --to <postgres://…>

把一个社区的 SQLite 数据库整体复制到街道/区共用的 PostgreSQL 数据库：工单、编号、反映记录、
处理时间线、评价、分类纠正、定时任务记录、待发和已发消息（含图片路径）、工作人员名单、工作台会话。

  --from FILE     源数据库文件，例如 data/yishiting.db（请先停止使用它的机器人）
  --to URL        目标 PostgreSQL 地址，例如 postgres://yishiting:密码@10.0.0.5:5432/district

- 目标库里已有同名社区时拒绝复制，不会覆盖任何数据。
- 全部在一个事务里完成：复制后逐表核对行数，不一致就全部撤销。
- 编号（如 #0012）不变；内部 id 和群的内部编号遇到目标库已占用时顺延，引用随之改写。
- 不复制绑定码、会话绑定和一次性登录链接（只在原进程里有效，工作人员需要时重新绑定/登录）。
- 图片文件不在数据库里：把源机器 data/images/ 下的文件一并拷到新机器的同一路径。
`;

const TABLE_NAMES: Record<string, string> = {
  communities: '社区',
  rooms: '群',
  people: '工作人员',
  tickets: '工单',
  reports: '反映记录',
  ticket_events: '处理时间线',
  ratings: '评价',
  corrections: '分类纠正',
  job_runs: '定时任务记录',
  outbox: '消息队列',
  web_sessions: '工作台会话',
  web_audit: '工作台操作记录',
};

export async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub === '--help' || sub === '-h' || sub === undefined) {
    process.stdout.write(HELP);
    return sub === undefined ? 2 : 0;
  }
  if (sub !== 'copy') {
    process.stderr.write(`未知的子命令「${sub}」，目前只有 db copy。\n\n${HELP}`);
    return 2;
  }
  const parsed = parseCliArgs(rest, { from: { type: 'string' }, to: { type: 'string' }, ...HELP_OPTION }, HELP);
  if (typeof parsed === 'number') return parsed;
  const { from, to } = parsed.values;
  if (!from || !to) {
    process.stderr.write(`请同时给出 --from（SQLite 文件）和 --to（postgres:// 地址）。\n\n${HELP}`);
    return 2;
  }
  if (isPgUrl(from)) {
    process.stderr.write('--from 应为 SQLite 数据库文件，而不是 postgres:// 地址。\n');
    return 2;
  }
  if (!existsSync(from)) {
    process.stderr.write(`找不到数据库文件 ${from}。\n`);
    return 2;
  }
  let url: string;
  try {
    if (!isPgUrl(to)) throw new DatabaseUrlError(`--to 应为 postgres:// 开头的 PostgreSQL 地址，而不是「${to}」。`);
    url = validateDatabaseUrl(to);
  } catch (err) {
    process.stderr.write(`${(err as Error).message}\n`);
    return 2;
  }

  const source = openDatabase(from);
  let target: Awaited<ReturnType<typeof openPgDatabase>> | null = null;
  try {
    target = await openPgDatabase(url);
    process.stderr.write(`正在复制 ${from} → ${redactDatabaseUrl(url)} …\n`);
    const result = await copySqliteToPg(source, target.db, progressPrinter(process.stderr, '复制中'));
    const width = Math.max(...result.tables.map((t) => (TABLE_NAMES[t.table] ?? t.table).length));
    const lines = result.tables.map((t) => `  ${(TABLE_NAMES[t.table] ?? t.table).padEnd(width, '　')}  ${t.copied} 行`);
    process.stdout.write(
      `已复制社区「${result.communities.join('」「')}」，各表行数与源库核对一致：\n${lines.join('\n')}\n` +
        '下一步：把该社区机器人的配置 database 改为这个 postgres:// 地址再启动。\n',
    );
    return 0;
  } catch (err) {
    process.stderr.write(`${err instanceof CopyRefused ? err.message : `复制失败，目标库没有写入任何内容：${(err as Error).message}`}\n`);
    return 1;
  } finally {
    closeDatabase(source);
    await target?.close();
  }
}
