import { describe, expect, it } from 'vitest';
import { computeDeadlines, deadlineRule, type Deadlines } from '../../../src/core/tickets/deadlines.js';

const H = 3_600_000;
const D = 24 * H;
const deadlines: Deadlines = {
  default: { acknowledgeMs: 2 * H, resolveMs: 5 * D, escalateEveryMs: 24 * H },
  urgent: { acknowledgeMs: 1 * H, resolveMs: 1 * D, escalateEveryMs: 2 * H },
  categories: { lighting: { resolveMs: 3 * D }, gas: { acknowledgeMs: 30 * 60_000, resolveMs: 12 * H } },
};
const at = new Date('2026-03-02T01:00:00Z');

describe('computeDeadlines', () => {
  it('gives a category its own resolution time and the default acknowledge time', () => {
    const d = computeDeadlines('lighting', false, at, deadlines);
    expect(d.ackDueAt).toEqual(new Date(at.getTime() + 2 * H));
    expect(d.dueAt).toEqual(new Date(at.getTime() + 3 * D));
    expect(d.escalateEveryMs).toBe(24 * H);
  });

  it('falls back to the default for a category without an entry', () => {
    expect(computeDeadlines('parking', false, at, deadlines).dueAt).toEqual(new Date(at.getTime() + 5 * D));
  });

  it('caps urgent tickets at the urgent times and escalates them on the shorter clock', () => {
    const d = computeDeadlines('lighting', true, at, deadlines);
    expect(d.ackDueAt).toEqual(new Date(at.getTime() + 1 * H));
    expect(d.dueAt).toEqual(new Date(at.getTime() + 1 * D));
    expect(d.escalateEveryMs).toBe(2 * H);
  });

  it('keeps a category time when it is already shorter than the urgent cap', () => {
    const rule = deadlineRule('gas', true, deadlines);
    expect(rule.acknowledgeMs).toBe(30 * 60_000);
    expect(rule.resolveMs).toBe(12 * H);
  });

  it('does not treat inherited object keys as categories', () => {
    expect(computeDeadlines('constructor', false, at, deadlines).dueAt).toEqual(new Date(at.getTime() + 5 * D));
  });
});
