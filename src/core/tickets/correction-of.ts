// The staff correction of the classifier that a 改类 or 不是诉求 records, with the report text it saw.
import type { ActionInput, CorrectionInput } from './ticket-store.js';
import type { Ticket } from './types.js';

/** `firstText`: the ticket's first report's text; `remark`: the acting staff member's remark, when known. */
export function correctionOf(
  before: Ticket,
  after: Ticket,
  input: ActionInput,
  firstText: string,
  remark: string | undefined,
): CorrectionInput {
  return {
    communityId: before.communityId,
    ticketId: before.id,
    kind: input.action === 'recategorise' ? 'recategorise' : 'not_report',
    text: firstText,
    fromCategory: before.category,
    toCategory: input.action === 'recategorise' ? after.category : null,
    staff: remark ?? input.actor.key,
    at: input.at,
  };
}

/** Whether the action is a correction to record with it. */
export const isCorrection = (input: ActionInput): boolean => input.action === 'recategorise' || input.action === 'not_report';
