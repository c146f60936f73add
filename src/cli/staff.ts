// `yishiting staff bind <name> --role worker|admin|district [--covers …]`: registers a staff member and
// prints a one-time binding code; the person sends "绑定 <code>" to the bot in a private chat.
import { existsSync } from 'node:fs';
import { configFromEnv, type Config } from '../config.js';
import { addStaffToConfig } from '../infra/add-staff-to-config.js';
import { configFilePath, loadConfigFile } from '../infra/config-file.js';
import { resolveDatabaseTarget } from '../infra/database-target.js';
import { openStore, type Store } from '../infra/open-store.js';
import { bindingCodeText } from '../core/identity/binding-code-text.js';
import { BINDING_CODE_MINUTES } from '../core/identity/binding-policy.js';
import { isStaffRole, STAFF_ROLE_NAMES } from '../core/tickets/staff-roles.js';
import { HELP_OPTION, parseCliArgs } from './parse-cli-args.js';

const HELP = `用法：yishiting staff bind <称呼> --role worker|admin|district [--covers 范围,…] [--community 社区] [--config 文件] [--db 文件]

为工作人员生成一次性绑定码（10 分钟内有效，只能用一次；发在群里立即作废）。对方用自己的微信私聊机器人发送“绑定 <绑定码>”，
机器人就认得他了。名单里还没有这个人时，会同时把他加进配置文件的工作人员名单。

  --role       worker（网格员/维修人员）、admin（社区管理员）或 district（街道管理员：本社区的管理员，
               网页上可看所有社区）
  --covers     负责的小区/楼栋/片区，用逗号分隔；默认 *（全部）
  --community  社区名称（配置里有多个社区时必填）
  --config     配置文件（默认 yishiting.config.yaml）
  --db         数据库文件或 postgres:// 地址（默认配置里的 database）

更稳妥的做法仍是在机器人微信号的手机上给此人设置备注（备注即名单里的 remark）。
`;

function fail(message: string, code = 2): number {
  process.stderr.write(`${message}\n`);
  return code;
}

export async function run(argv: string[]): Promise<number> {
  const [sub, ...rest] = argv;
  if (!sub) return fail(`请写出子命令。\n\n${HELP}`);
  if (sub === '--help' || sub === '-h' || sub === 'help') {
    process.stdout.write(HELP);
    return 0;
  }
  if (sub !== 'bind') return fail(`没有 staff ${sub} 这个子命令。\n\n${HELP}`);

  const parsed = parseCliArgs(
    rest,
    {
      role: { type: 'string' },
      covers: { type: 'string' },
      community: { type: 'string' },
      config: { type: 'string' },
      db: { type: 'string' },
      ...HELP_OPTION,
    },
    HELP,
    true,
  );
  if (typeof parsed === 'number') return parsed;
  const { values, positionals } = parsed;
  const name = positionals.join(' ').trim();
  if (!name) return fail('请写出要绑定的人的称呼，例如：yishiting staff bind 李网格员 --role worker');
  if (!isStaffRole(values.role))
    return fail('--role 必须是 worker（网格员/维修人员）、admin（社区管理员）或 district（街道管理员，可看所有社区）。');
  const role = values.role;
  const covers = values.covers
    ? values.covers
        .split(/[,，、]/)
        .map((s) => s.trim())
        .filter(Boolean)
    : ['*'];

  const env = configFromEnv();
  const configFile = configFilePath(values.config, env.configFile);
  if (!existsSync(configFile)) return fail(`找不到配置文件 ${configFile}，请先运行 yishiting init，或用 --config 指定。`, 1);
  let config: Config;
  try {
    config = loadConfigFile(configFile);
  } catch (err) {
    return fail(`配置文件有误：${(err as Error).message}`);
  }
  const index = values.community
    ? config.communities.findIndex((c) => c.name === values.community)
    : config.communities.length === 1
      ? 0
      : -1;
  if (index < 0) {
    return fail(
      values.community
        ? `配置里没有名为「${values.community}」的社区（有：${config.communities.map((c) => c.name).join('、')}）。`
        : `配置里有多个社区，请用 --community 指定（${config.communities.map((c) => c.name).join('、')}）。`,
    );
  }
  const community = config.communities[index]!;

  let opened: Store;
  try {
    opened = await openStore(resolveDatabaseTarget(values.db ?? env.database ?? config.database));
  } catch (err) {
    return fail(`无法打开数据库：${(err as Error).message}`, 1);
  }
  const store = opened.tickets;
  try {
    const now = new Date();
    const c = await store.ensureCommunity(community.name);
    let person = (await store.findStaffByName(c.id, name)) ?? null;
    if (!person) {
      const roster = (await store.listStaff(c.id)).map((p) => ({ remark: p.remark, name: p.name, role: p.role, covers: p.covers }));
      const entry = { remark: name, name, role, covers };
      // The config roster is the source of truth at the next start: add them there too.
      const configKnows = community.staff.some((s) => s.remark === name);
      if (!configKnows) addStaffToConfig(configFile, index, entry);
      const synced = await store.syncStaff(c.id, [...roster.filter((p) => p.remark !== name), entry]);
      person = synced.find((p) => p.remark === name) ?? null;
      process.stdout.write(
        `已把 ${name}（${STAFF_ROLE_NAMES[role]}）加入 ${community.name} 的工作人员名单${configKnows ? '' : `（并写入 ${configFile}）`}。\n`,
      );
    } else if (person.role !== role) {
      process.stdout.write(`提示：${person.name} 在名单里的角色是 ${person.role}，以配置文件为准；如需修改请编辑配置文件。\n`);
    }
    if (!person) return fail(`无法登记 ${name}，请检查配置文件的工作人员名单。`, 1);
    const code = await store.createBindingCode(person.id, now, new Date(now.getTime() + BINDING_CODE_MINUTES * 60_000));
    process.stdout.write(`${bindingCodeText(person.name, code)}\n`);
    return 0;
  } catch (err) {
    return fail(`生成绑定码失败：${(err as Error).message}`, 1);
  } finally {
    await opened.close();
  }
}
