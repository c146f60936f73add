// The ticket lifecycle in one table: statuses with their Chinese names, and every action with the
// statuses it starts from, where it leads, who may do it and what it needs. The store enforces it,
// the command handler checks permissions with it, and the help text is generated from it.
import { STATUS_CODES, type Actor, type Status, type Ticket } from './types.js';
import { isAdminRole, STAFF_ROLES } from './staff-roles.js';

export { STATUS_CODES };

export interface StatusInfo {
  /** Chinese display name shown in replies, exports and help. */
  name: string;
  /** Someone still has to work on it (counts as open for merging, reminders, 待办). */
  active: boolean;
  /** An ending: nothing more happens unless it is reopened. */
  final: boolean;
}

export const STATUSES: Readonly<Record<Status, StatusInfo>> = {
  open: { name: '已受理', active: true, final: false },
  assigned: { name: '已派单', active: true, final: false },
  in_progress: { name: '办理中', active: true, final: false },
  resolved: { name: '已办结', active: false, final: false },
  closed: { name: '已关闭', active: false, final: true },
  unresolved: { name: '未解决关闭', active: false, final: true },
  referred: { name: '已转办', active: false, final: true },
  duplicate: { name: '已合并', active: false, final: true },
  withdrawn: { name: '已撤销', active: false, final: true },
  not_report: { name: '非诉求', active: false, final: true },
};

/**
 * Statuses a new report can merge into and that reminders/escalations look at: the one source for
 * "still being worked on" (the store's merge index and queries are derived from it, see schema.ts).
 */
export const ACTIVE_STATUSES: readonly Status[] = STATUS_CODES.filter((s) => STATUSES[s].active);

export function statusName(status: Status): string {
  return STATUSES[status].name;
}

export function isStatus(value: string): value is Status {
  return Object.hasOwn(STATUSES, value);
}

export type ActionCode =
  | 'take'
  | 'handover'
  | 'note'
  | 'resolve'
  | 'refer'
  | 'return'
  | 'close'
  | 'merge'
  | 'withdraw'
  | 'reopen'
  | 'rate'
  | 'auto_close'
  | 'recategorise'
  | 'not_report';

/**
 * Who may perform a transition.
 * - reporter: anyone who reported this ticket (residents act only on their own reports)
 * - assignee: a worker who is the ticket's assignee, or any worker while it has no assignee
 * - worker: any worker
 * - admin: any admin (all staff powers)
 * - system: the bot itself (follow-up auto-close, recalled report)
 */
type Permit = 'reporter' | 'assignee' | 'worker' | 'admin' | 'system';

/** What the action needs besides the ticket number. */
type TargetKind = 'person' | 'text' | 'ticket';

/**
 * Where a transition leads: a status, 'same' (status unchanged, e.g. a progress note),
 * 'reopen' (assigned back to the previous assignee, or open when there was none),
 * 'rated' (closed for a rating ≥ 3, reopened for a rating ≤ 2).
 */
type Destination = Status | 'same' | 'reopen' | 'rated';

export interface Transition {
  action: ActionCode;
  /** The Chinese verb typed in chat commands. */
  verb: string;
  /** Other words for the same action. */
  aliases: readonly string[];
  /** Argument hint for usage/help, after the verb. */
  args: string;
  /** One line for the help text. */
  summary: string;
  from: readonly Status[];
  to: Destination;
  who: readonly Permit[];
  noteRequired: boolean;
  target: TargetKind | null;
  ratingRequired: boolean;
}

const ACTIVE = ACTIVE_STATUSES;

function t(row: Partial<Transition> & Pick<Transition, 'action' | 'verb' | 'summary' | 'from' | 'to' | 'who'>): Transition {
  return { aliases: [], args: '编号', noteRequired: false, target: null, ratingRequired: false, ...row };
}

/** Every allowed transition. An action may have several rows (different starting statuses). */
export const TRANSITIONS: readonly Transition[] = [
  t({
    action: 'take',
    verb: '接单',
    summary: '接下工单，开始办理',
    from: ['open', 'assigned'],
    to: 'in_progress',
    who: ['assignee', 'admin'],
  }),
  t({
    action: 'handover',
    verb: '转派',
    aliases: ['派单', '指派'],
    args: '编号 @工作人员',
    summary: '把工单交给另一位工作人员',
    from: ACTIVE,
    to: 'assigned',
    who: ['assignee', 'admin'],
    target: 'person',
  }),
  t({
    action: 'note',
    verb: '进度',
    args: '编号 说明',
    summary: '登记办理进度',
    from: ACTIVE,
    to: 'same',
    who: ['assignee', 'admin'],
    noteRequired: true,
  }),
  t({
    action: 'resolve',
    verb: '完成',
    aliases: ['办结'],
    args: '编号 处理结果',
    summary: '办结工单并请居民评价',
    from: ACTIVE,
    to: 'resolved',
    who: ['assignee', 'admin'],
    noteRequired: true,
  }),
  t({
    action: 'refer',
    verb: '转办',
    args: '编号 承办单位',
    summary: '转交其他单位办理（如供电公司、燃气公司）',
    from: ACTIVE,
    to: 'referred',
    who: ['assignee', 'admin'],
    target: 'text',
  }),
  t({
    action: 'return',
    verb: '退回',
    args: '编号 [原因]',
    summary: '退回待派单队列',
    from: ['assigned', 'in_progress'],
    to: 'open',
    who: ['assignee', 'admin'],
  }),
  t({
    action: 'close',
    verb: '关闭',
    args: '编号 原因',
    summary: '关闭工单（未办结的须写明原因）',
    from: ACTIVE,
    to: 'unresolved',
    who: ['admin'],
    noteRequired: true,
  }),
  t({ action: 'close', verb: '关闭', args: '编号 [说明]', summary: '关闭已办结的工单', from: ['resolved'], to: 'closed', who: ['admin'] }),
  t({
    action: 'merge',
    verb: '合并',
    args: '编号 到 编号',
    summary: '把重复工单并入另一张工单',
    from: ACTIVE,
    to: 'duplicate',
    who: ['admin'],
    target: 'ticket',
  }),
  t({
    action: 'withdraw',
    verb: '撤销',
    args: '编号',
    summary: '撤销自己反映的问题',
    from: ACTIVE,
    to: 'withdrawn',
    who: ['reporter', 'admin', 'system'],
  }),
  t({
    action: 'reopen',
    verb: '没修好',
    aliases: ['没有修好', '未解决'],
    args: '编号 [说明]',
    summary: '问题没有解决，重新办理',
    from: ['resolved', 'closed'],
    to: 'reopen',
    who: ['reporter', 'admin'],
  }),
  t({
    action: 'rate',
    verb: '评价',
    args: '编号 1-5（或 满意/不满意）',
    summary: '对办结结果评价',
    from: ['resolved', 'closed'],
    to: 'rated',
    who: ['reporter'],
    ratingRequired: true,
  }),
  t({
    action: 'recategorise',
    verb: '改类',
    args: '编号 类别',
    summary: '改正工单的类别，时限和负责人随之改变',
    from: ACTIVE,
    to: 'same',
    who: ['worker', 'admin'],
  }),
  t({
    action: 'not_report',
    verb: '不是诉求',
    args: '编号',
    summary: '撤下误登记的工单（不计入统计）',
    from: ACTIVE,
    to: 'not_report',
    who: ['worker', 'admin'],
  }),
  t({
    action: 'auto_close',
    verb: '回访关闭',
    args: '编号',
    summary: '回访期满未评价，自动关闭',
    from: ['resolved'],
    to: 'closed',
    who: ['system'],
  }),
];

/** Ratings at or below this reopen the ticket (不满意). */
export const LOW_RATING = 2;

export type LifecycleErrorCode =
  | 'unknown_action'
  | 'illegal_transition'
  | 'not_permitted'
  | 'note_required'
  | 'target_required'
  | 'bad_rating'
  | 'already_rated';

/** A refused lifecycle step. `message` is one Chinese sentence fit to send back to the chat. */
export class LifecycleError extends Error {
  override readonly name = 'LifecycleError';
  constructor(
    readonly code: LifecycleErrorCode,
    message: string,
  ) {
    super(message);
  }
}

export function verbOf(action: ActionCode): string {
  return TRANSITIONS.find((r) => r.action === action)?.verb ?? action;
}

/** What the checker needs to know beyond the ticket and the actor. */
export interface TransitionContext {
  /** The actor is among the ticket's reporters (by reporter key). */
  isReporter: boolean;
  note?: string | null;
  hasTarget?: boolean;
  rating?: number | null;
}

export interface PlannedTransition {
  row: Transition;
  from: Status;
  to: Status;
}

function permits(permit: Permit, ticket: Ticket, actor: Actor, ctx: TransitionContext): boolean {
  switch (permit) {
    case 'reporter':
      return ctx.isReporter;
    case 'assignee':
      return actor.role === 'worker' && (ticket.assigneeId === null || ticket.assigneeId === actor.personId);
    case 'worker':
      return actor.role === 'worker';
    case 'admin':
      return isAdminRole(actor.role);
    case 'system':
      return actor.role === 'system';
  }
}

function refusal(row: Transition, ticket: Ticket, actor: Actor): LifecycleError {
  const n = `#${ticket.number}`;
  const staffOnly = !row.who.includes('reporter');
  if (staffOnly && actor.role === 'resident') {
    return new LifecycleError('not_permitted', `只有工作人员可以「${row.verb}」工单 ${n}。`);
  }
  if (row.who.length === 1 && row.who[0] === 'admin') {
    return new LifecycleError('not_permitted', `只有管理员可以「${row.verb}」工单 ${n}。`);
  }
  if (row.who.length === 1 && row.who[0] === 'system') {
    return new LifecycleError('not_permitted', `「${row.verb}」由系统自动执行，不能手动操作。`);
  }
  if (row.who.includes('assignee') && actor.role === 'worker' && ticket.assigneeName) {
    return new LifecycleError('not_permitted', `工单 ${n} 由${ticket.assigneeName}负责，只有负责人或管理员可以「${row.verb}」。`);
  }
  if (row.who.includes('reporter') && !staffOnly) {
    return new LifecycleError('not_permitted', `只有反映人本人可以对工单 ${n}「${row.verb}」。`);
  }
  return new LifecycleError('not_permitted', `您没有权限对工单 ${n}「${row.verb}」。`);
}

function destination(row: Transition, ticket: Ticket, rating: number | null | undefined): Status {
  switch (row.to) {
    case 'same':
      return ticket.status;
    case 'reopen':
      return ticket.assigneeId === null ? 'open' : 'assigned';
    case 'rated':
      return rating !== null && rating !== undefined && rating <= LOW_RATING
        ? destination({ ...row, to: 'reopen' }, ticket, null)
        : 'closed';
    default:
      return row.to;
  }
}

/**
 * Checks one action against the table and returns where it leads; throws a LifecycleError with a
 * Chinese message when the status does not allow it, the actor may not do it, or something is missing.
 */
export function planTransition(ticket: Ticket, action: ActionCode, actor: Actor, ctx: TransitionContext): PlannedTransition {
  const rows = TRANSITIONS.filter((r) => r.action === action);
  const first = rows[0];
  if (!first) throw new LifecycleError('unknown_action', `没有「${action}」这个操作。`);
  const row = rows.find((r) => r.from.includes(ticket.status));
  if (!row) {
    const allowed = [...new Set(rows.flatMap((r) => r.from))].map(statusName).join('、');
    return fail(
      'illegal_transition',
      `工单 #${ticket.number} 当前状态为「${statusName(ticket.status)}」，不能「${first.verb}」（仅限${allowed}的工单）。`,
    );
  }
  if (!row.who.some((p) => permits(p, ticket, actor, ctx))) throw refusal(row, ticket, actor);
  if (row.noteRequired && !ctx.note?.trim()) {
    return fail('note_required', `「${row.verb}」需要写明说明，例如：#${row.verb} ${ticket.number} ${noteExample(row.action)}`);
  }
  if (row.target && !ctx.hasTarget) {
    return fail('target_required', `「${row.verb}」需要指明${targetName(row.target)}，用法：#${row.verb} ${row.args}`);
  }
  if (row.ratingRequired) {
    const r = ctx.rating;
    if (r === null || r === undefined || !Number.isInteger(r) || r < 1 || r > 5) {
      return fail('bad_rating', `评价请用 1 到 5 分（或“满意”“不满意”），例如：#评价 ${ticket.number} 5`);
    }
    if (ticket.rating !== null && ticket.status === 'closed') {
      return fail('already_rated', `工单 #${ticket.number} 已经评价过了，谢谢！`);
    }
  }
  return { row, from: ticket.status, to: destination(row, ticket, ctx.rating) };
}

function fail(code: LifecycleErrorCode, message: string): never {
  throw new LifecycleError(code, message);
}

function targetName(kind: TargetKind): string {
  return { person: '接手的工作人员', text: '承办单位', ticket: '并入的工单编号' }[kind];
}

function noteExample(action: ActionCode): string {
  return action === 'resolve' ? '已更换灯泡' : action === 'close' ? '不属于社区管辖' : '已联系物业，明天上门';
}

/** Which roles an action is meant for (help text); 'reporter' counts as resident (own reports only). */
export function rolesFor(action: ActionCode): Set<Actor['role']> {
  const roles = new Set<Actor['role']>();
  for (const row of TRANSITIONS.filter((r) => r.action === action)) {
    for (const p of row.who) {
      if (p === 'reporter') roles.add('resident');
      else if (p === 'assignee' || p === 'worker') roles.add('worker');
      else if (p === 'admin') for (const r of STAFF_ROLES.filter(isAdminRole)) roles.add(r);
      else roles.add(p);
    }
  }
  return roles;
}
