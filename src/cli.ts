// The `yishiting` command: a table of sub-commands, each in src/cli/<name>.ts exporting
// `run(argv): Promise<number>` (the exit code). Modules load lazily so that `classify`
// never pays for WeChat or the database.

type SubCommand = { summary: string; load: () => Promise<{ run(argv: string[]): Promise<number> }> };

const commands: Record<string, SubCommand> = {
  init: { summary: '生成一份带注释的配置文件', load: () => import('./cli/init.js') },
  start: { summary: '启动机器人（扫码登录微信）', load: () => import('./cli/start.js') },
  sim: { summary: '用模拟微信回放脚本或交互演练', load: () => import('./cli/sim.js') },
  classify: { summary: '从标准输入逐行判断消息是否为诉求', load: () => import('./cli/classify.js') },
  rules: { summary: '检查规则文件（rules check）或解释一条消息（rules explain）', load: () => import('./cli/rules.js') },
  staff: { summary: '工作人员管理：生成绑定码（staff bind）', load: () => import('./cli/staff.js') },
  backup: { summary: '在线备份数据库', load: () => import('./cli/backup.js') },
  db: { summary: '把社区的 SQLite 数据库复制到共用的 PostgreSQL（db copy）', load: () => import('./cli/db.js') },
  export: { summary: '导出台账（xlsx 或 csv）', load: () => import('./cli/export.js') },
  web: { summary: '工作台网页（web）与一次性登录链接（web link）', load: () => import('./cli/web.js') },
  stats: { summary: '统计：分类、状态、按时办结率、满意率', load: () => import('./cli/stats.js') },
};

function usage(): string {
  const width = Math.max(...Object.keys(commands).map((c) => c.length));
  const lines = Object.entries(commands).map(([name, c]) => `  ${name.padEnd(width)}  ${c.summary}`);
  return ['用法：yishiting <命令> [参数]', '', '命令：', ...lines, '', '每个命令都可加 --help 查看详细说明。'].join('\n');
}

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === 'help' || name === '--help' || name === '-h') {
    process.stdout.write(`${usage()}\n`);
    return 0;
  }
  const command = commands[name];
  if (!command) {
    process.stderr.write(`未知命令「${name}」。\n\n${usage()}\n`);
    return 2;
  }
  const mod = await command.load();
  return mod.run(rest);
}
