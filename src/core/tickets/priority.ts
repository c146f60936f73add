// Ticket priority: more households reporting and urgency make a ticket more pressing.

/** Urgent tickets outrank any number of ordinary reporters below this. */
const URGENT_WEIGHT = 100;

/** Priority from distinct reporters and urgency, e.g. 3 households, not urgent → 3. */
export function computePriority(reporterCount: number, urgent: boolean): number {
  return reporterCount + (urgent ? URGENT_WEIGHT : 0);
}
