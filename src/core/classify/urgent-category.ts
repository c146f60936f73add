// The category of an urgent message, in one decision. In order, the first that holds decides: a
// frame category that reached its frame (两家为了车位吵起来了…老大爷被推倒了 is a quarrel); the lead,
// when the danger is of its own kind and no other category's thing is at risk; the named category
// whose own hazard term it is (有点味 of gas); the category of the thing in danger (暖气片 of
// 暖气片接口崩开了); the danger's category among those tied for the lead; the lead. Then a category
// that yields this kind of danger (a fire in the car park) hands the message to the danger's own
// category (治安消防), unless a danger of its own keeps it (救护车进不来 of a parked car).
import type { Urgency } from './detect-urgency.js';
import { frameScores } from './frame-scores.js';
import type { Rules } from './rules.js';
import type { CategoryScore } from './score-hits.js';
import { withCode } from './with-code.js';

/** What an urgent message is filed under. */
interface UrgentChoice {
  /** The category, or null when no category scored and the danger brings none. */
  code: string | null;
  /** What it scored (a danger's category takes over what the thing it struck scored). */
  score: number;
  /** The category it yielded from (a fire in the car park: 停车), or null. */
  from: CategoryScore | null;
}

/**
 * `u`: the urgency found (urgent); `named`: the categories the message names by one of their things,
 * well enough (best first); `categories`: every category scored (best first).
 */
export type UrgentCategory = (u: Urgency, named: readonly CategoryScore[], categories: readonly CategoryScore[]) => UrgentChoice;

export function createUrgentCategory(rules: Rules): UrgentCategory {
  // Per category, the danger kinds it yields to their own category (a car on fire is a fire).
  const yields = new Map(rules.categories.flatMap((c) => (c.yields !== undefined ? [[c.code, c.yields] as const] : [])));
  const frames = frameScores(rules);
  const hazardCategory = new Map(rules.urgency.hazards.map((h) => [h.kind, h.category]));
  const keeping = new Set(rules.urgency.hazards.flatMap((h) => (h.keeps === true ? [h.kind] : [])));
  /** The category of a danger that `code` yields to it (a fire in the car park), or null. */
  const yieldedTo = (code: string, u: Urgency, terms: readonly string[], framed: boolean): string | null => {
    const kinds = yields.get(code);
    if (kinds === undefined) return null;
    // A danger of its own that keeps it (救护车进不来 of a parked car): the other only waits on it.
    if (u.found.some((f) => f.kind !== null && keeping.has(f.kind) && hazardCategory.get(f.kind) === code)) return null;
    // A word that is also a danger of the category's own kind (炸了 of 水管接头炸了: a burst) tells that danger.
    const ownTerms = u.found.flatMap((f) => (f.kind !== null && hazardCategory.get(f.kind) === code ? [f.term] : []));
    for (const f of u.found) {
      if (ownTerms.includes(f.term)) continue;
      // A danger said in the category's own words (烟往 of 饭店的烟往屋里钻) is its own problem, no other danger.
      if (terms.some((t) => t.includes(f.term) || f.term.includes(t))) continue;
      // A quarrel told as one (its frame reached: 两家人吵起来了) keeps a danger it exposes (菜刀＋吵起来):
      // the knife is what the quarrel came to. Two strangers fighting with a knife stay a danger of its own.
      if (framed && f.exposure !== null && terms.includes(f.exposure)) continue;
      const own = f.kind !== null && kinds.includes(f.kind) ? hazardCategory.get(f.kind) : null;
      if (own != null && own !== code) return own;
    }
    return null;
  };
  return (u, named, categories) => {
    const atRisk = endangered(u, named) ?? thingAtRisk(u, categories);
    // People at odds (两家为了车位吵起来了…老大爷被推倒了): a frame category that reached its frame
    // decides, as it does without a danger; the one hurt is what the quarrel led to.
    const lead = categories[0];
    const framed = lead !== undefined && lead.score >= (frames.get(lead.code) ?? Number.POSITIVE_INFINITY) ? lead : undefined;
    const chosen =
      framed ?? leadsOwnDanger(u, named, atRisk) ?? dangerCategory(u, named) ?? atRisk ?? hazardsOwn(u, categories) ?? categories[0];
    if (chosen === undefined) return { code: null, score: 0, from: null };
    const yielded = yieldedTo(chosen.code, u, chosen.terms, chosen === framed);
    if (yielded === null) return { code: chosen.code, score: chosen.score, from: null };
    // The danger's category takes over what the thing it struck scored (水淌进电箱: the box names the leak's place).
    return { code: yielded, score: Math.max(withCode(categories, yielded)?.score ?? 0, chosen.score), from: chosen };
  };
}

/** The named category whose own hazard term made the message urgent (the best one when it is among them). */
function dangerCategory(u: Urgency, named: readonly CategoryScore[]): CategoryScore | undefined {
  const own = new Set(u.found.map((f) => f.category));
  return named.find((x) => own.has(x.code));
}

/**
 * The lead, when the danger is of its own kind (steam of a burst radiator is heating, though 爆了 is
 * also water supply's word) and no other category's thing is the one at risk.
 */
function leadsOwnDanger(u: Urgency, named: readonly CategoryScore[], atRisk: CategoryScore | undefined): CategoryScore | undefined {
  const lead = named[0];
  return lead !== undefined && u.categories.includes(lead.code) && (atRisk === undefined || atRisk === lead) ? lead : undefined;
}

/**
 * The named category whose thing the danger is at (暖气片 of 暖气片接口崩开了, whoever else is blamed
 * for an unanswered phone): the thing in danger is what the message is about.
 */
function endangered(u: Urgency, named: readonly CategoryScore[]): CategoryScore | undefined {
  for (const f of u.found) {
    if (!f.thing) continue;
    // The exposure may lie inside the longer term that counted for the category (燃气 of 燃气管).
    const exposure = f.exposure!;
    const own = named.find((x) => x.terms.some((t) => t.includes(exposure)));
    if (own !== undefined) return own;
  }
  return undefined;
}

/**
 * The category of the thing a fire or sparks befall when no named category holds it (配电箱那边已经冒黑烟了
 * with nothing of power's scored): the thing's own category, with what it scored.
 */
function thingAtRisk(u: Urgency, categories: readonly CategoryScore[]): CategoryScore | undefined {
  // A lead that names a thing of its own other than the danger's (充电 of a flying lead's sparks) keeps it.
  const lead = categories[0];
  if (lead?.object && !u.categories.includes(lead.code)) return undefined;
  for (const f of u.found) if (f.thingOf != null) return withCode(categories, f.thingOf) ?? unscored(f.thingOf);
  return undefined;
}

/** A category the message names nothing of, chosen for its danger (its score is lifted to the threshold). */
function unscored(code: string): CategoryScore {
  return { code, score: 0, terms: [], pair: false, object: false, problem: false };
}

/**
 * Among the categories tied for the lead, the one whose danger it is: a gas smell met on leaving
 * the lift (电梯 3, 燃气 3) is gas, a wall fallen onto the pavement (围墙 3, 道路 3) is road. A lead
 * that names no thing of its own (窗户往外冒黑烟: 往外冒 is a drain's word) gives way to the danger's
 * category whatever it scores.
 */
function hazardsOwn(u: Urgency, categories: readonly CategoryScore[]): CategoryScore | undefined {
  const top = categories[0];
  if (top === undefined || u.categories.length === 0) return undefined;
  if (!top.object) return categories.find((x) => u.categories.includes(x.code));
  return categories.find((x) => x.score === top.score && u.categories.includes(x.code));
}
