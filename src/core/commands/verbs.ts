// The chat verbs: what people type, the usage a malformed command gets back, the help line, and
// who may use it. Verbs that change a ticket's status take their names, argument hint, summary
// and roles from the lifecycle table (B's lifecycle.ts), so help, parsing and permissions agree.
import { TRANSITIONS, rolesFor, type ActionCode } from '../tickets/lifecycle.js';
import type { Role } from '../tickets/types.js';
import type { Verb } from './command.js';

export interface VerbSpec {
  verb: Verb;
  /** The lifecycle action behind the verb, or null for reading/admin verbs outside it. */
  action: ActionCode | null;
  /** What people type; the first is the canonical name shown in help. */
  names: readonly string[];
  /** Argument hint after the verb, e.g. "编号 说明". */
  hint: string;
  /** Usage for a malformed command, with an example. */
  usage: string;
  /** One line for 帮助. */
  summary: string;
  /** Who may use it (for lifecycle verbs: who the table permits in some status). */
  roles: ReadonlySet<Role>;
}

const ALL: ReadonlySet<Role> = new Set(['resident', 'worker', 'admin']);
const STAFF: ReadonlySet<Role> = new Set(['worker', 'admin']);
const ADMIN: ReadonlySet<Role> = new Set(['admin']);

/** A verb backed by a lifecycle action: names, hint, summary and roles come from the table. */
function lifecycleVerb(verb: Verb, action: ActionCode, example: string, extraNames: string[] = []): VerbSpec {
  const row = TRANSITIONS.find((r) => r.action === action);
  if (!row) throw new Error(`lifecycle has no action ${action}`);
  const roles = rolesFor(action) as Set<Role | 'system'>;
  roles.delete('system');
  return {
    verb,
    action,
    names: [row.verb, ...row.aliases, ...extraNames],
    hint: row.args,
    usage: `#${row.verb} ${row.args}，例如：${example}`,
    summary: row.summary,
    roles: roles as Set<Role>,
  };
}

function ownVerb(verb: Verb, names: string[], hint: string, example: string, summary: string, roles: ReadonlySet<Role>): VerbSpec {
  const usage = `#${names[0]}${hint ? ` ${hint}` : ''}${example ? `，例如：${example}` : ''}`;
  return { verb, action: null, names, hint, usage, summary, roles };
}

/** In help order: residents' verbs first, then workers', then admins'. */
export const VERBS: readonly VerbSpec[] = [
  ownVerb('help', ['帮助', 'help', '菜单', '命令'], '', '', '查看你可以用的命令', ALL),
  ownVerb('query', ['查询', '查', '进展'], '编号', '#查询 12', '查看工单的状态、处理人、期限和最新进展', ALL),
  lifecycleVerb('withdraw', 'withdraw', '#撤销 12', ['撤回']),
  lifecycleVerb('rate', 'rate', '#评价 12 5 或 #评价 12 满意', ['打分']),
  lifecycleVerb('reopen', 'reopen', '#没修好 12 灯还是不亮', ['未修好']),
  lifecycleVerb('take', 'take', '#接单 12', ['认领']),
  lifecycleVerb('progress', 'note', '#进度 12 已联系物业，明天上午更换', ['反馈']),
  lifecycleVerb('done', 'resolve', '#完成 12 已更换灯泡'),
  lifecycleVerb('transfer', 'handover', '#转派 12 @赵师傅'),
  lifecycleVerb('refer', 'refer', '#转办 12 供电公司'),
  lifecycleVerb('return', 'return', '#退回 12 不在我的网格'),
  ownVerb('mine', ['我的工单', '我的'], '', '', '列出我负责的未办结工单', STAFF),
  ownVerb('queue', ['待办', '待处理', '工单列表'], '', '', '列出本社区未办结的工单（最急的在前）', STAFF),
  lifecycleVerb('close', 'close', '#关闭 12 不属于社区管辖'),
  lifecycleVerb('merge', 'merge', '#合并 12 15（把12号并入15号）'),
  ownVerb('split', ['拆分'], '编号 @反映人', '#拆分 12 @张阿姨', '把误合并的一位反映人的反映拆成新工单', ADMIN),
  ownVerb('bind', ['绑定'], '绑定码', '私聊发“绑定 482913”', '用管理员给的绑定码登记为工作人员（私聊）', ALL),
];

export function verbSpec(verb: Verb): VerbSpec {
  const spec = VERBS.find((v) => v.verb === verb);
  if (!spec) throw new Error(`no verb spec for ${verb}`);
  return spec;
}
