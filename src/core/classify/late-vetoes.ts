// The late vetoes: once the urgency is known, three readings of who speaks and what for make a
// message that is not urgent no report, however much it scores. In order, the first that holds
// decides: staff speak (物业：…, …——物业服务中心; notice-header.ts), a time window announces planned
// work (今晚九点到十一点门禁升级; planned-window.ts), or the message opens with thanks for a fix
// (谢谢物业 垃圾房终于清干净了; opening-thanks.ts). A danger is reported whoever tells it.
import type { Hit } from './compile-terms.js';
import type { Decision } from './explanation.js';
import type { Negation } from './negation.js';
import { createStaffSpeaker } from './notice-header.js';
import { createOpeningThanks } from './opening-thanks.js';
import { createPlannedWindow } from './planned-window.js';
import type { Rules } from './rules.js';

/** What vetoed the message: exactly one of the three is set (as `explainDecision` reads them). */
export type LateVeto = Pick<Decision, 'staff' | 'planned' | 'thanked'>;

/** None of the three: what `explainDecision` is given when no late veto holds. */
export const NO_LATE_VETO: Readonly<LateVeto> = Object.freeze({ staff: null, planned: null, thanked: null });

/**
 * The late veto of a message, or null. `said`: the reply as split from the quote (simplified, before
 * dialect words and mentions are read), where a speaker's label and an opening thanks are looked for;
 * `reply`, `clauses`, `hits`: the reply as the rules read it, its clause ids and its aligned hits;
 * `urgent`: whether the message tells a danger (then nothing is vetoed).
 */
export type LateVetoes = (said: string, reply: string, clauses: Int32Array, hits: readonly Hit[], urgent: boolean) => LateVeto | null;

export function createLateVetoes(rules: Rules, negation: Negation): LateVetoes {
  const staffSpeaker = createStaffSpeaker(rules.language);
  const plannedWindow = createPlannedWindow(rules, negation);
  const openingThanks = createOpeningThanks(rules, negation);
  return (said, reply, clauses, hits, urgent) => {
    if (urgent) return null;
    const staff = staffSpeaker(said);
    if (staff !== null) return { staff, planned: null, thanked: null };
    const planned = plannedWindow(reply, hits);
    if (planned !== null) return { staff: null, planned, thanked: null };
    const thanked = openingThanks(said, clauses, hits);
    return thanked !== null ? { staff: null, planned: null, thanked } : null;
  };
}
