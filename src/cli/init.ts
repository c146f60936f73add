// `yishiting init [--out FILE] [--force]`: writes a commented config file to start from.
import { chmodSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { DEFAULT_CONFIG_FILE } from '../infra/config-file.js';
import { CONFIG_TEMPLATE } from '../infra/config-template.js';
import { HELP_OPTION, parseCliArgs } from './parse-cli-args.js';

const HELP = `用法：yishiting init [--out 文件] [--force]

生成一份带注释的配置文件（默认 yishiting.config.yaml），按注释填写群名和工作人员名单后，
运行 yishiting start 启动机器人。

  --out 文件   写到哪个文件（默认 yishiting.config.yaml）
  --force      文件已存在时覆盖
`;

export async function run(argv: string[]): Promise<number> {
  const parsed = parseCliArgs(argv, { out: { type: 'string' }, force: { type: 'boolean' }, ...HELP_OPTION }, HELP);
  if (typeof parsed === 'number') return parsed;
  const { values } = parsed;
  const out = resolve(values.out ?? DEFAULT_CONFIG_FILE);
  if (existsSync(out) && !values.force) {
    process.stderr.write(`配置文件 ${out} 已存在，未覆盖；如确需重新生成，请加 --force。\n`);
    return 1;
  }
  try {
    mkdirSync(dirname(out), { recursive: true });
    // The config holds staff remarks and settings: owner-only, like exports. The mode option only
    // applies to a new file; --force over an existing one needs the chmod.
    writeFileSync(out, CONFIG_TEMPLATE, { encoding: 'utf8', mode: 0o600 });
    chmodSync(out, 0o600);
  } catch (err) {
    process.stderr.write(`无法写入 ${out}：${(err as NodeJS.ErrnoException).code ?? (err as Error).message}。\n`);
    return 1;
  }
  process.stdout.write(
    `已生成配置文件 ${out}。\n下一步：按注释填写群名和工作人员名单，然后运行 yishiting start（或 npm start）扫码登录。\n`,
  );
  return 0;
}
