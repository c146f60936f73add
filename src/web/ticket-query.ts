// The list's query string, validated at the edge (zod), and the page of tickets it selects: the
// store filters, sorts, counts and pages (so 100k tickets cost one indexed query, not a scan here).
// The pager's links carry a keyset cursor (after/before a ticket id), so a deep page costs what
// the first does; `page` alone (a typed-in page number) still skips by offset.
import { z } from 'zod';
import { ACTIVE_STATUSES, isStatus, STATUS_CODES } from '../core/tickets/lifecycle.js';
import type { TicketFilter, TicketStore } from '../core/tickets/ticket-store.js';
import type { Status, Ticket } from '../core/tickets/types.js';

const PAGE_SIZE = 50;
export const SORTS = { priority: '紧迫程度', due: '办结期限', opened: '反映时间（新→旧）', updated: '最近变动' } as const;

const flag = z.enum(['', '1']).optional();
const short = (max: number) => z.string().trim().max(max).optional();

export const listQuerySchema = z.object({
  status: z.union([z.enum(['', 'active', 'all']), z.string().refine(isStatus, '未知状态')]).optional(),
  category: z
    .string()
    .trim()
    .regex(/^[a-z0-9_-]*$/i, '类别代码只含字母、数字')
    .max(40)
    .optional(),
  building: short(40),
  community: short(60),
  urgent: flag,
  overdue: flag,
  assignee: short(40),
  q: short(100),
  sort: z.enum(['', ...(Object.keys(SORTS) as (keyof typeof SORTS)[])]).optional(),
  page: z
    .string()
    .regex(/^\d{1,6}$/, '页码应为数字')
    .optional(),
  after: z
    .string()
    .regex(/^\d{1,9}$/, '翻页位置有误')
    .optional(),
  before: z
    .string()
    .regex(/^\d{1,9}$/, '翻页位置有误')
    .optional(),
});

export type ListQuery = z.infer<typeof listQuerySchema>;

/** Active statuses unless `status` names one, or 'all'. */
function statusesOf(status: string | undefined): Status[] {
  if (!status || status === 'active') return [...ACTIVE_STATUSES];
  if (status === 'all') return [...STATUS_CODES];
  return [status as Status];
}

/** Past its resolution deadline, or past the take deadline with nobody on it, while still active. */
export function isOverdue(t: Ticket, now: Date): boolean {
  if (!ACTIVE_STATUSES.includes(t.status)) return false;
  if (t.dueAt.getTime() <= now.getTime()) return true;
  return t.acknowledgedAt === null && t.status !== 'in_progress' && t.ackDueAt.getTime() <= now.getTime();
}

export interface ListResult {
  tickets: Ticket[];
  total: number;
  page: number;
  pages: number;
  /** Whether a page comes before / after this one (the pager's links). */
  hasPrev: boolean;
  hasNext: boolean;
}

/** The page `q` asks for, of one community, or of all (`communityId` undefined: a district admin). */
export async function selectTickets(store: TicketStore, communityId: number | undefined, q: ListQuery, now: Date): Promise<ListResult> {
  const filter: TicketFilter = {
    ...(communityId === undefined ? {} : { communityId }),
    statuses: statusesOf(q.status),
    ...(q.category ? { category: q.category } : {}),
    ...(q.q ? { text: q.q } : {}),
    ...(q.building ? { building: q.building } : {}),
    ...(q.urgent === '1' ? { urgent: true } : {}),
    ...(q.overdue === '1' ? { overdueAt: now } : {}),
    ...(q.assignee ? { assigneeName: q.assignee === '-' ? null : q.assignee } : {}),
    order: q.sort || 'priority',
  };
  const total = await store.countTickets(filter);
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const page = Math.min(pages, Math.max(1, Number(q.page ?? 1)));
  // One ticket more than a page tells whether the walk goes on in that direction.
  if (q.after || q.before) {
    const found = await store.listTickets({
      ...filter,
      ...(q.after ? { after: Number(q.after) } : { before: Number(q.before) }),
      limit: PAGE_SIZE + 1,
    });
    const more = found.length > PAGE_SIZE;
    const tickets = q.after ? found.slice(0, PAGE_SIZE) : found.slice(found.length > PAGE_SIZE ? 1 : 0);
    return q.after
      ? { tickets, total, page, pages, hasPrev: true, hasNext: more }
      : { tickets, total, page, pages, hasPrev: more, hasNext: true };
  }
  const tickets = await store.listTickets({ ...filter, offset: (page - 1) * PAGE_SIZE, limit: PAGE_SIZE });
  return { tickets, total, page, pages, hasPrev: page > 1, hasNext: page < pages };
}
