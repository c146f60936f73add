// What the negative-cue stages (find-negative-cues.ts) ask of a hit: whether one of its roles is a
// cue of a group with some flag of rules/cues.yaml, and what kind of term it is.
import type { Hit, TermRole } from './compile-terms.js';
import type { Rules } from './rules.js';

type CueGroup = Rules['cues'][number];
type Flag = { [K in keyof CueGroup]-?: CueGroup[K] extends boolean | undefined ? K : never }[keyof CueGroup];

/** Whether a role is a cue of a group that has `flag` set (place, past, closes …). */
export function cueFlagged(rules: Rules, flag: Flag): (r: TermRole) => boolean {
  return (r) => r.kind === 'cue' && rules.cues[r.group]![flag] === true;
}

/** A request, complaint or waiting said (not an exclamation: 笑死！！ is still a joke). */
export function createIsPressed(rules: Rules): (h: Hit) => boolean {
  return (h) =>
    h.data.roles.some((r) => r.kind === 'cue' && (rules.cues[r.group]!.claim === true || rules.cues[r.group]!.waiting === true));
}

/** A topical hit that is more than who is asked (物业, 社区 as addressees): a thing, a fault, a danger. */
export function isSubject(h: Hit): boolean {
  return h.data.roles.some(
    (r) =>
      (r.kind === 'object' && !r.agent) || r.kind === 'problem' || r.kind === 'category-cue' || r.kind === 'hazard' || r.kind === 'urgent',
  );
}

/** A thing of some category (电梯, 水管), not who is asked (物业). */
export function isThing(r: TermRole): boolean {
  return r.kind === 'object' && !r.agent;
}

export function isClaim(h: Hit): boolean {
  return h.data.claim;
}
