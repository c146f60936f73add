// What an emergency outweighs: the "not a report" groups that give way when a message tells a danger
// (urgency.yaml outweighs: a resident's 【求助】 or @所有人 is no notice). When the message places the
// danger at a building here, the groups of who relays it give way too (placed_outweighs: 物业服务中心：
// 12栋…有人被困, 我是保洁阿姨 24号楼…气味很大); a forward (relayed_outweighs: 转：) only when a label
// naming staff of the estate opens the message (网格员转：…37幢…报警), not an article's (转自公众号：4栋…).
import { createStaffLabel } from './notice-header.js';
import type { Rules } from './rules.js';

/** The groups an emergency outweighs in one message. */
interface Outweighed {
  /** Their indexes in `rules.cues`. */
  groups: ReadonlySet<number>;
  /** Their kinds. */
  kinds: readonly string[];
}

/** `here`: the building the reply names, or null; `said`: the reply as split from the quote. */
export type OutweighedGroups = (here: string | null, said: string) => Outweighed;

export function createOutweighedGroups(rules: Rules): OutweighedGroups {
  const staffLabel = createStaffLabel(rules.language);
  const outweighed = (kinds: readonly string[]): Outweighed => ({ groups: cueGroupsOf(rules, kinds), kinds });
  const anywhere = outweighed(rules.urgency.outweighs);
  const placedKinds = [...rules.urgency.outweighs, ...(rules.urgency.placed_outweighs ?? [])];
  const placed = outweighed(placedKinds);
  const relayed = outweighed([...placedKinds, ...(rules.urgency.relayed_outweighs ?? [])]);
  return (here, said) => (here === null ? anywhere : staffLabel(said) ? relayed : placed);
}

/** The indexes in `rules.cues` of the "not a report" groups of these kinds. */
export function cueGroupsOf(rules: Rules, kinds: readonly string[]): ReadonlySet<number> {
  return new Set(rules.cues.flatMap((g, i) => (kinds.includes(g.kind) ? [i] : [])));
}
