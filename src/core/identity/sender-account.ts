// A sender's account as far as WeChat lets us tell: the contact id, meaningful only within the
// bot's current login, paired with that login's marker.
import type { Report } from '../tickets/types.js';
import type { Sender } from '../types.js';

export function loginOf(sender: Sender): string {
  return sender.login ?? '';
}

/** A key for this account in this login (binding codes, guess limits); never stored as identity. */
export function accountKeyOf(sender: Sender): string {
  return `${loginOf(sender)}/${sender.sessionId}`;
}

/** Whether a report was made in the sender's current login, where its contact id decides. */
export function madeInThisLogin(report: Pick<Report, 'reporterContactId' | 'reporterLogin'>, sender: Sender): boolean {
  return !!report.reporterContactId && (report.reporterLogin ?? '') === loginOf(sender);
}

/** The report was made by the sender's account (same contact id in the same login). */
export function madeBySender(report: Pick<Report, 'reporterContactId' | 'reporterLogin'>, sender: Sender): boolean {
  return madeInThisLogin(report, sender) && report.reporterContactId === sender.sessionId;
}
