// A message that opens with thanks and tells a fix (谢谢物业 垃圾房终于清干净了 味道也没了, 感谢物业电工师傅
// 昨晚冒雨把跳闸的问题弄好了 大半夜的真不容易) is a thank-you: the trouble told up to the fix is the one
// taken care of, and the clause right after it, naming no thing (跑了两趟, 大半夜的), the effort thanked for.
// A fault told further on, or of a thing, is a new one (谢谢物业上次修好了，…电梯门关不严), and asking, complaining (麻烦再看看, 太吓人了)
// or saying the trouble is back (又, 还是) makes it a report again: a help thanked for (帮忙, 帮我们) asks nothing.
import type { Hit } from './compile-terms.js';
import { cueFlagged, isThing } from './cue-roles.js';
import type { Negation } from './negation.js';
import type { Rules } from './rules.js';

/** The thanks word opening `reply` when the message is a thank-you for a fix, or null. */
export type OpeningThanks = (reply: string, clauses: Int32Array, hits: readonly Hit[]) => string | null;

export function createOpeningThanks(rules: Rules, negation: Negation): OpeningThanks {
  const openings = rules.language.thanksOpenings ?? [];
  const helped = rules.language.helped ?? [];
  const isReopening = cueFlagged(rules, 'reopens');
  const isFix = cueFlagged(rules, 'closes');
  return (reply, clauses, hits) => {
    const text = reply.trimStart();
    const opening = openings.find((w) => text.startsWith(w));
    if (opening === undefined) return null;
    const told = (h: Hit) => !negation.isNegated(reply, h.start);
    let fixedIn = -1;
    for (const h of hits) if (h.data.roles.some(isFix) && told(h)) fixedIn = Math.max(fixedIn, clauses[h.start]!);
    if (fixedIn < 0) return null;
    // The clause right after the fix, naming no thing (跑了两趟, 大半夜的, 味道也没了), tells what it took.
    const effortAfter = (c: number) => c === fixedIn + 1 && !hits.some((o) => clauses[o.start] === c && o.data.roles.some(isThing));
    const more = hits.some(
      (h) =>
        told(h) &&
        (((h.data.request || h.data.roles.some(isReopening)) && !helped.some((w) => h.term.startsWith(w))) ||
          (h.data.fault && clauses[h.start]! > fixedIn && !effortAfter(clauses[h.start]!))),
    );
    return more ? null : opening;
  };
}
