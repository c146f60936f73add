import { describe, expect, it } from 'vitest';
import {
  LifecycleError,
  planTransition,
  STATUS_CODES,
  statusName,
  type ActionCode,
  type TransitionContext,
} from '../../../src/core/tickets/lifecycle.js';
import type { Actor, Status, Ticket } from '../../../src/core/tickets/types.js';

const worker: Actor = { personId: 1, name: '李网格员', key: '李网格员', role: 'worker' };
const otherWorker: Actor = { personId: 2, name: '赵师傅', key: '赵师傅', role: 'worker' };
const admin: Actor = { personId: 3, name: '王主任', key: '王主任', role: 'admin' };
const resident: Actor = { personId: null, name: '张阿姨', key: '张阿姨', role: 'resident' };
const system: Actor = { personId: null, name: '系统', key: 'system', role: 'system' };

function ticket(status: Status, over: Partial<Ticket> = {}): Ticket {
  const t0 = new Date('2026-03-02T01:00:00Z');
  return {
    id: 1,
    communityId: 1,
    number: '12',
    category: 'lighting',
    urgent: false,
    building: '3号楼',
    status,
    reporterCount: 1,
    priority: 1,
    assigneeId: null,
    assigneeName: null,
    roomKey: 'g1',
    createdAt: t0,
    updatedAt: t0,
    lastReportAt: t0,
    ackDueAt: t0,
    dueAt: t0,
    acknowledgedAt: null,
    resolvedAt: null,
    closedAt: null,
    rating: null,
    referredTo: null,
    duplicateOf: null,
    repeatOf: null,
    reopenCount: 0,
    marks: { ackRemindedAt: null, dueSoonRemindedAt: null, escalatedAt: null, followUpAskedAt: null, followUpRemindedAt: null },
    ...over,
  };
}

// The contract, written out independently of the table: action → (from-status → to-status).
const EXPECTED: Record<ActionCode, Partial<Record<Status, Status>>> = {
  take: { open: 'in_progress', assigned: 'in_progress' },
  handover: { open: 'assigned', assigned: 'assigned', in_progress: 'assigned' },
  note: { open: 'open', assigned: 'assigned', in_progress: 'in_progress' },
  resolve: { open: 'resolved', assigned: 'resolved', in_progress: 'resolved' },
  refer: { open: 'referred', assigned: 'referred', in_progress: 'referred' },
  return: { assigned: 'open', in_progress: 'open' },
  close: { open: 'unresolved', assigned: 'unresolved', in_progress: 'unresolved', resolved: 'closed' },
  merge: { open: 'duplicate', assigned: 'duplicate', in_progress: 'duplicate' },
  withdraw: { open: 'withdrawn', assigned: 'withdrawn', in_progress: 'withdrawn' },
  reopen: { resolved: 'assigned', closed: 'assigned' },
  rate: { resolved: 'closed', closed: 'closed' },
  auto_close: { resolved: 'closed' },
  recategorise: { open: 'open', assigned: 'assigned', in_progress: 'in_progress' },
  not_report: { open: 'not_report', assigned: 'not_report', in_progress: 'not_report' },
};

/** An actor allowed to do each action on a ticket assigned to `worker`, with everything it needs. */
function allowedCase(action: ActionCode): { actor: Actor; ctx: TransitionContext } {
  const ctx: TransitionContext = { isReporter: false, note: '已联系物业', hasTarget: true, rating: 5 };
  if (action === 'auto_close') return { actor: system, ctx };
  if (action === 'rate' || action === 'withdraw' || action === 'reopen') return { actor: resident, ctx: { ...ctx, isReporter: true } };
  if (action === 'close' || action === 'merge') return { actor: admin, ctx };
  return { actor: worker, ctx };
}

describe('lifecycle table', () => {
  const assigned = { assigneeId: 1, assigneeName: '李网格员' };

  for (const [action, moves] of Object.entries(EXPECTED) as [ActionCode, Partial<Record<Status, Status>>][]) {
    for (const from of STATUS_CODES) {
      const to = moves[from];
      if (to) {
        it(`allows ${action} from ${from} to ${to}`, () => {
          const { actor, ctx } = allowedCase(action);
          const plan = planTransition(ticket(from, assigned), action, actor, ctx);
          expect(plan).toMatchObject({ from, to });
        });
      } else {
        it(`refuses ${action} from ${from} with a message naming the status`, () => {
          const { actor, ctx } = allowedCase(action);
          const attempt = () => planTransition(ticket(from, assigned), action, actor, ctx);
          expect(attempt).toThrow(LifecycleError);
          expect(attempt).toThrow(`当前状态为「${statusName(from)}」`);
          try {
            attempt();
          } catch (err) {
            expect((err as LifecycleError).code).toBe('illegal_transition');
          }
        });
      }
    }
  }
});

function refusal(fn: () => unknown): LifecycleError {
  try {
    fn();
  } catch (err) {
    if (err instanceof LifecycleError) return err;
    throw err;
  }
  throw new Error('expected a LifecycleError');
}

describe('who may act', () => {
  const ctx: TransitionContext = { isReporter: false, note: '说明', hasTarget: true, rating: 5 };

  it('refuses a resident who tries a staff action, saying only staff may', () => {
    const err = refusal(() => planTransition(ticket('open'), 'take', resident, ctx));
    expect(err.code).toBe('not_permitted');
    expect(err.message).toBe('只有工作人员可以「接单」工单 #12。');
  });

  it('lets any worker take an unassigned ticket', () => {
    expect(planTransition(ticket('open'), 'take', otherWorker, ctx).to).toBe('in_progress');
  });

  it("refuses a worker acting on another worker's ticket and names the assignee", () => {
    const t = ticket('in_progress', { assigneeId: 1, assigneeName: '李网格员' });
    const err = refusal(() => planTransition(t, 'resolve', otherWorker, ctx));
    expect(err.message).toContain('由李网格员负责');
  });

  it("lets an admin act on anyone's ticket", () => {
    const t = ticket('in_progress', { assigneeId: 1, assigneeName: '李网格员' });
    expect(planTransition(t, 'resolve', admin, ctx).to).toBe('resolved');
  });

  it("gives a district admin the powers of an admin (close, merge, anyone's ticket)", () => {
    const district: Actor = { ...admin, personId: 9, name: '街道刘科长', key: '街道刘科长', role: 'district' };
    const t = ticket('in_progress', { assigneeId: 1, assigneeName: '李网格员' });
    expect(planTransition(t, 'resolve', district, ctx).to).toBe('resolved');
    expect(planTransition(ticket('resolved'), 'close', district, ctx).to).toBe('closed');
  });

  it('keeps close and merge to admins', () => {
    expect(refusal(() => planTransition(ticket('open'), 'close', worker, ctx)).message).toBe('只有管理员可以「关闭」工单 #12。');
    expect(refusal(() => planTransition(ticket('open'), 'merge', worker, ctx)).code).toBe('not_permitted');
  });

  it('lets a resident withdraw, reopen and rate only their own report', () => {
    const own = { ...ctx, isReporter: true };
    expect(planTransition(ticket('open'), 'withdraw', resident, own).to).toBe('withdrawn');
    expect(refusal(() => planTransition(ticket('open'), 'withdraw', resident, ctx)).message).toBe('只有反映人本人可以对工单 #12「撤销」。');
    expect(refusal(() => planTransition(ticket('resolved'), 'rate', resident, ctx)).code).toBe('not_permitted');
    expect(refusal(() => planTransition(ticket('resolved'), 'reopen', resident, ctx)).code).toBe('not_permitted');
  });

  it('does not let staff rate a ticket they did not report', () => {
    expect(refusal(() => planTransition(ticket('resolved'), 'rate', admin, ctx)).code).toBe('not_permitted');
  });

  it('keeps auto-close to the system', () => {
    expect(refusal(() => planTransition(ticket('resolved'), 'auto_close', admin, ctx)).message).toContain('由系统自动执行');
    expect(planTransition(ticket('resolved'), 'auto_close', system, ctx).to).toBe('closed');
  });
});

describe('what an action needs', () => {
  it('requires a note to resolve, to add progress and to close unresolved', () => {
    for (const action of ['resolve', 'note'] as const) {
      const err = refusal(() => planTransition(ticket('in_progress'), action, worker, { isReporter: false, note: '  ' }));
      expect(err.code).toBe('note_required');
    }
    expect(refusal(() => planTransition(ticket('open'), 'close', admin, { isReporter: false })).code).toBe('note_required');
    expect(planTransition(ticket('resolved'), 'close', admin, { isReporter: false }).to).toBe('closed');
  });

  it('requires a target to hand over, refer and merge', () => {
    for (const action of ['handover', 'refer', 'merge'] as const) {
      const err = refusal(() => planTransition(ticket('open'), action, admin, { isReporter: false, hasTarget: false }));
      expect(err.code).toBe('target_required');
    }
  });

  it('accepts ratings 1–5 only', () => {
    const own = (rating: number | null) => ({ isReporter: true, rating });
    for (const bad of [0, 6, 2.5, null]) {
      expect(refusal(() => planTransition(ticket('resolved'), 'rate', resident, own(bad))).code).toBe('bad_rating');
    }
    expect(planTransition(ticket('resolved'), 'rate', resident, own(3)).to).toBe('closed');
  });

  it('reopens on a low rating: back to the assignee, or to the queue when there is none', () => {
    const own = { isReporter: true, rating: 2 };
    expect(planTransition(ticket('resolved', { assigneeId: 1 }), 'rate', resident, own).to).toBe('assigned');
    expect(planTransition(ticket('resolved'), 'rate', resident, own).to).toBe('open');
    expect(planTransition(ticket('closed'), 'reopen', resident, { isReporter: true }).to).toBe('open');
  });

  it('refuses a second rating once a ticket is closed with one', () => {
    const err = refusal(() => planTransition(ticket('closed', { rating: 4 }), 'rate', resident, { isReporter: true, rating: 5 }));
    expect(err.code).toBe('already_rated');
  });
});
