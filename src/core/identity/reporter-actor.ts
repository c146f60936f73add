// The actor a resident's ticket command runs as. The store and the lifecycle table recognise "own
// report" by reporter key; a resident's key is a display name anyone can copy, so the key is
// granted here only to the account that made the report (own-report.ts), and otherwise replaced
// by one that matches no report. Staff act as themselves (they are known by remark or binding).
import type { MessageContext } from '../message-context.js';
import type { Actor, Ticket } from '../tickets/types.js';
import { ownReport } from './own-report.js';
import { accountKeyOf } from './sender-account.js';

export type ReporterActor = { actor: Actor } | { refusal: string };

/** `ctx.actor`, with a resident's key set to their own report's key on `ticket`, or to a key of no report. */
export async function reporterActor(ctx: MessageContext, ticket: Ticket): Promise<ReporterActor> {
  const { actor, msg, deps } = ctx;
  if (actor.role !== 'resident') return { actor };
  const reports = await deps.store.getReports(ticket.id);
  const owned = await ownReport(reports, msg.sender, deps.members);
  if (owned.kind === 'owner') return { actor: { ...actor, key: owned.report.reporterKey } };
  if (owned.kind === 'ambiguous') {
    ctx.log.info({ ticket: ticket.number }, 'reporter not recognised: the name is ambiguous since the last login');
    return { refusal: deps.replies.reporterAmbiguous };
  }
  return { actor: { ...actor, key: `account:${accountKeyOf(msg.sender)}` } };
}
