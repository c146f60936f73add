// Response and resolution times per category and for urgent reports (rules/deadlines.yaml),
// and the pure function that turns them into the deadlines stored on a ticket.

export interface DeadlineRule {
  /** Time to acknowledge (a worker takes it: 接单). */
  acknowledgeMs: number;
  /** Time to resolve (办结). */
  resolveMs: number;
  /** Overdue escalations repeat at this interval, never more often. */
  escalateEveryMs: number;
}

export interface Deadlines {
  /** For categories without an entry of their own. */
  default: DeadlineRule;
  /** Caps for urgent reports: each figure is the shorter of the category's and this. */
  urgent: DeadlineRule;
  categories: Readonly<Record<string, Partial<DeadlineRule>>>;
}

export interface ComputedDeadlines {
  ackDueAt: Date;
  dueAt: Date;
  escalateEveryMs: number;
}

/** The rule in force for a category and urgency. */
export function deadlineRule(category: string, urgent: boolean, deadlines: Deadlines): DeadlineRule {
  const own = Object.hasOwn(deadlines.categories, category) ? deadlines.categories[category] : undefined;
  const base: DeadlineRule = { ...deadlines.default, ...own };
  if (!urgent) return base;
  return {
    acknowledgeMs: Math.min(base.acknowledgeMs, deadlines.urgent.acknowledgeMs),
    resolveMs: Math.min(base.resolveMs, deadlines.urgent.resolveMs),
    escalateEveryMs: Math.min(base.escalateEveryMs, deadlines.urgent.escalateEveryMs),
  };
}

/** Deadlines for a ticket opened (or reopened) at `at`, e.g. lighting, not urgent, 2 h / 3 days. */
export function computeDeadlines(category: string, urgent: boolean, at: Date, deadlines: Deadlines): ComputedDeadlines {
  const rule = deadlineRule(category, urgent, deadlines);
  return {
    ackDueAt: new Date(at.getTime() + rule.acknowledgeMs),
    dueAt: new Date(at.getTime() + rule.resolveMs),
    escalateEveryMs: rule.escalateEveryMs,
  };
}
