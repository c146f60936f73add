// zod schemas for what enters the TicketStore: every store implementation validates with these
// before writing anything, and turns problems into one Chinese sentence (StoreInputError).
import { z } from 'zod';
import { isStatus, TRANSITIONS } from './lifecycle.js';
import { STAFF_ROLES } from './staff-roles.js';
import { StoreInputError, type ActionInput, type ReportInput, type TicketFilter } from './ticket-store.js';

const FIELD_NAMES: Record<string, string> = {
  communityId: '社区',
  roomKey: '群',
  messageId: '消息编号',
  text: '内容',
  reporterName: '反映人',
  reporterKey: '反映人标识',
  at: '时间',
  category: '类别',
  urgent: '是否紧急',
  building: '楼栋',
  number: '工单编号',
  action: '操作',
  actor: '操作人',
  note: '说明',
  target: '对象',
  rating: '评价',
  statuses: '状态',
};

const date = z.date().refine((d) => !Number.isNaN(d.getTime()), '不是有效的时间');
const id = z.number().int().positive();
const nonEmpty = z.string().trim().min(1, '不能为空');

/** The longest report text the store keeps (intake shortens longer ones, see fit-report-text.ts). */
export const REPORT_TEXT_LIMIT = 10_000;

const categoryCode = z.string().regex(/^[a-z][a-z0-9_]*$/, '类别代码只能是小写字母、数字和下划线');

const reportInputSchema = z.object({
  communityId: id,
  roomKey: nonEmpty.nullable(),
  messageId: nonEmpty,
  text: nonEmpty.max(REPORT_TEXT_LIMIT, '过长'),
  reporterName: nonEmpty,
  reporterKey: nonEmpty,
  reporterContactId: nonEmpty.nullable().optional(),
  reporterLogin: z.string().nullable().optional(),
  at: date,
  category: categoryCode,
  urgent: z.boolean(),
  building: nonEmpty.nullable(),
  imagePath: nonEmpty.nullable().optional(),
});

const actor = z.object({
  personId: id.nullable(),
  name: nonEmpty,
  key: nonEmpty,
  role: z.enum(['resident', ...STAFF_ROLES, 'system']),
});

const actionCodes = [...new Set(TRANSITIONS.map((t) => t.action))] as [string, ...string[]];

const actionInputSchema = z.object({
  communityId: id,
  number: z
    .string()
    .trim()
    .regex(/^\d{1,9}$/, '应为数字编号'),
  action: z.enum(actionCodes),
  actor,
  at: date,
  note: z.string().max(2_000, '过长').nullable().optional(),
  category: categoryCode.optional(),
  target: z
    .discriminatedUnion('kind', [
      z.object({ kind: z.literal('person'), personId: id }),
      z.object({ kind: z.literal('text'), text: nonEmpty }),
      z.object({
        kind: z.literal('ticket'),
        number: z
          .string()
          .trim()
          .regex(/^\d{1,9}$/, '应为数字编号'),
      }),
    ])
    .nullable()
    .optional(),
  rating: z.number().nullable().optional(),
  own: z
    .object({
      reportIds: z.array(id),
      claim: z.object({ contactId: nonEmpty, login: z.string() }).optional(),
    })
    .optional(),
});

const filterSchema = z.object({
  communityId: id.optional(),
  assigneeId: id.optional(),
  statuses: z.array(z.string().refine(isStatus, '未知状态')).optional(),
  category: categoryCode.optional(),
  updatedSince: date.optional(),
  text: z.string().min(1).max(100).optional(),
  building: z.string().min(1).max(100).optional(),
  urgent: z.boolean().optional(),
  overdueAt: date.optional(),
  assigneeName: z.string().min(1).max(100).nullable().optional(),
  order: z.enum(['priority', 'due', 'opened', 'updated']).optional(),
  offset: z.number().int().min(0).optional(),
  limit: z.number().int().positive().optional(),
  after: id.optional(),
  before: id.optional(),
});

function describe(error: z.ZodError, what: string): string {
  const problems = error.issues.map((issue) => {
    const field = issue.path.map((p) => FIELD_NAMES[String(p)] ?? String(p)).join('.') || what;
    const missing = issue.code === 'invalid_type' && issue.input === undefined;
    return missing
      ? `缺少${field}`
      : `${field}${issue.message.startsWith('不') || issue.message.startsWith('应') ? '' : '：'}${issue.message}`;
  });
  return `${what}无效：${problems.join('；')}。`;
}

function check<T>(schema: z.ZodType, input: unknown, what: string): T {
  const parsed = schema.safeParse(input);
  if (!parsed.success) throw new StoreInputError(describe(parsed.error, what));
  return input as T;
}

/** Validates a report before intake; throws StoreInputError naming what is wrong. */
export function validateReport(input: ReportInput, categories?: readonly string[]): ReportInput {
  const report = check<ReportInput>(reportInputSchema, input, '反映记录');
  if (categories && !categories.includes(report.category)) {
    throw new StoreInputError(`反映记录无效：未知类别「${report.category}」。`);
  }
  return report;
}

export function validateAction(input: ActionInput): ActionInput {
  return check<ActionInput>(actionInputSchema, input, '工单操作');
}

export function validateFilter(input: TicketFilter): TicketFilter {
  return check<TicketFilter>(filterSchema, input, '查询条件');
}

/** Validates a category code (split corrections, queries). */
export function validateCategory(category: string): string {
  return check<string>(categoryCode, category, '类别');
}

/** Throws unless `at` is a valid Date. */
export function validateDate(at: Date, what = '时间'): Date {
  return check<Date>(date, at, what);
}
