// One ticket of the ledger (台账) as the queries read it and the writers lay it out.
import type { Status } from '../../core/tickets/types.js';

export interface LedgerEvent {
  at: number;
  actor: string;
  kind: string;
  action: string | null;
  to: Status | null;
  note: string | null;
}

export interface LedgerRow {
  community: string;
  number: string;
  category: string;
  urgent: boolean;
  building: string | null;
  /** The first report's text (masked by the writer). */
  text: string;
  reporterCount: number;
  createdAt: Date;
  dueAt: Date;
  status: Status;
  assignee: string | null;
  resolvedAt: Date | null;
  closedAt: Date | null;
  rating: number | null;
  /** How often reporters said it was not fixed (an unrated, reopened ticket is an unsatisfied verdict). */
  reopenCount: number;
  repeatOf: string | null;
  referredTo: string | null;
  duplicateOf: string | null;
  timeline: LedgerEvent[];
}
