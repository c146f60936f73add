// The actor a resident's ticket command runs as. The store and the lifecycle table recognise "own
// report" by reporter key; a resident's key is a display name anyone can copy, so the key is
// granted here only to the account that made the report (own-report.ts), and otherwise replaced
// by one that matches no report. Staff act as themselves (they are known by remark or binding).
import type { MessageContext } from '../message-context.js';
import type { OwnReports } from '../tickets/ticket-store.js';
import type { Actor, Ticket } from '../tickets/types.js';
import { ownReport } from './own-report.js';
import { accountKeyOf, loginOf } from './sender-account.js';

/** `own` (for a resident who made reports on the ticket): which reports are theirs, for the store. */
export type ReporterActor = { actor: Actor; own?: OwnReports } | { refusal: string };

/**
 * `ctx.actor`, with a resident's key set to their own report's key on `ticket`, or to a key of no
 * report. Reports recognised by the earlier-login name fallback are to be tied to the sender's
 * current account once the action is accepted, so a namesake joining later changes nothing.
 */
export async function reporterActor(ctx: MessageContext, ticket: Ticket): Promise<ReporterActor> {
  const { actor, msg, deps } = ctx;
  if (actor.role !== 'resident') return { actor };
  const reports = await deps.store.getReports(ticket.id);
  const owned = await ownReport(reports, msg.sender, deps.members);
  if (owned.kind === 'ambiguous') {
    ctx.log.info({ ticket: ticket.number }, 'reporter not recognised: the name is ambiguous since the last login');
    return { refusal: deps.replies.reporterAmbiguous };
  }
  if (owned.kind === 'owner') {
    const reportIds = owned.reports.map((r) => r.id);
    const claim = owned.byName ? { claim: { contactId: msg.sender.sessionId, login: loginOf(msg.sender) } } : {};
    return { actor: { ...actor, key: owned.report.reporterKey }, own: { reportIds, ...claim } };
  }
  // A resident with no report on the ticket: a key of no report, and no reports of their own.
  return { actor: { ...actor, key: `account:${accountKeyOf(msg.sender)}` }, own: { reportIds: [] } };
}
