// Whether a resident is the account that reported a ticket (for 撤销, 评价, 没修好 and plain-word
// reopening). Within the bot's current login the contact id decides, whatever the names. A report
// from an earlier login carries an id that means nothing now: it is the sender's only when the
// sender is the one and only current member of that group who shows the reporter's name (as
// nickname or group nickname). A remark does not help here: nothing stops two contacts from
// carrying the same one. Anything else is refused.
import type { Report } from '../tickets/types.js';
import type { Sender } from '../types.js';
import type { MemberDirectory } from './member-directory.js';
import { madeBySender, madeInThisLogin } from './sender-account.js';

export type Ownership =
  /**
   * The sender made `report`; `reports` are all of the sender's reports among those given. `byName`
   * when they were recognised through the earlier-login name fallback (not by contact id).
   */
  | { kind: 'owner'; report: Report; reports: Report[]; byName: boolean }
  /** None of the reports is the sender's. */
  | { kind: 'not_owner' }
  /** An earlier login's report carries the sender's name, but so do others in that group (or nobody can tell). */
  | { kind: 'ambiguous' };

/** Decides whether `sender` made one of `reports` (a ticket's current reports). */
export async function ownReport(reports: readonly Report[], sender: Sender, members: MemberDirectory | undefined): Promise<Ownership> {
  const exact = reports.filter((r) => madeBySender(r, sender));
  if (exact.length > 0) return { kind: 'owner', report: exact[0]!, reports: exact, byName: false };
  // Reports of this login by another account are never the sender's, whatever the name.
  const older = reports.filter((r) => !madeInThisLogin(r, sender));
  const namesakes = older.filter((r) => r.reporterName === sender.name && r.roomKey !== null);
  const mine: Report[] = [];
  let ambiguous = false;
  for (const report of namesakes) {
    const ids = members ? await members.membersNamed(report.roomKey!, report.reporterName) : null;
    if (ids !== null && ids.length === 1 && ids[0] === sender.sessionId) mine.push(report);
    else if (ids === null || ids.includes(sender.sessionId)) ambiguous = true;
  }
  if (mine.length > 0) return { kind: 'owner', report: mine[0]!, reports: mine, byName: true };
  return ambiguous ? { kind: 'ambiguous' } : { kind: 'not_owner' };
}
