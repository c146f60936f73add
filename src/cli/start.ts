// `yishiting start [--config FILE] [--db FILE] [--rules DIR]`: runs the bot on real WeChat.
import { HELP_OPTION, parseCliArgs } from './parse-cli-args.js';

const HELP = `用法：yishiting start [--config 文件] [--db 数据库] [--rules 目录]

启动机器人：读取配置、打开数据库、加载规则，在终端显示微信登录二维码，扫码后开始工作。
按 Ctrl+C 停止；未发出的消息留在发送队列里，下次启动继续发送。

  --config 文件   配置文件（默认 yishiting.config.yaml，或环境变量 YISHITING_CONFIG）；
                  还没有配置文件时先运行 yishiting init
  --db 数据库     数据库文件或 postgres:// 地址（默认配置里的 database，即 data/yishiting.db）
  --rules 目录    规则目录（默认配置里的 rulesDir，即 rules/）

环境变量：WECHATY_PUPPET 指定其他微信接入方式；YISHITING_LOG_FILE 日志文件（默认 data/yishiting.log）；
YISHITING_LOG_LEVEL 日志级别（默认 info）。
`;

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCliArgs(
    argv,
    { config: { type: 'string' }, db: { type: 'string' }, rules: { type: 'string' }, ...HELP_OPTION },
    HELP,
  );
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const { runStart } = await import('../main.js');
  const code = await runStart({ configFile: values.config, database: values.db, rulesDir: values.rules });
  // Wechaty and wechat4u leave handles open; the bot has stopped and flushed, so leave now.
  setImmediate(() => process.exit(code));
  return code;
}
