// The last stage of find-negative-cues.ts: whether a counted group is overruled by what else the
// message says: a fault said where the group holds only without one, a request for action by an
// asking group, a thanks that signs a request off, a fault after a fix, a claim outside its scope,
// a belief about a fix, a story of the past that runs on till now.
import { inLonger } from './in-longer.js';
import type { Hit, TermRole } from './compile-terms.js';
import type { GroupScope } from './cue-group-scope.js';
import type { CueMessage } from './cue-message.js';
import { createIsPressed, cueFlagged, isSubject } from './cue-roles.js';
import type { CueTally } from './cue-tally.js';
import type { Negation } from './negation.js';
import type { Rules } from './rules.js';

export interface GroupVeto {
  /** A group that holds only where nothing is said to be wrong (有人用过吗 … 我按了没反应), when something is: why it gives way, or null. */
  faultSaid(group: number, msg: CueMessage): string | null;
  /** An asking group of the whole message (问一下, 有没有人知道) with a request for action: why it gives way, or null. */
  askedForAction(group: number, msg: CueMessage, tally: CueTally): string | null;
  /** Why the clause- or span-scoped `group`, counted in the clauses `cs` and speaking for `scope`, gives way, or null. */
  overruled(group: number, cs: readonly number[], scope: GroupScope, msg: CueMessage, tally: CueTally): string | null;
}

const ASKS_FOR_ACTION = '同一分句里在要求处理，问的是什么时候有人来管，不是打听消息';

export function createGroupVeto(rules: Rules, negation: Negation): GroupVeto {
  const scopes = rules.cues.map((g) => g.scope ?? 'message');
  const questionEnds = rules.language.questionEnds ?? [];
  const now = rules.language.now ?? [];
  const still = rules.language.still ?? [];
  const reality = rules.language.reality ?? [];
  /** Words that bring a story back here or to what was found (咱们这, 结果). */
  const backHere = [...(rules.places.here ?? []), ...reality];
  const earlier = rules.language.earlier ?? [];
  const isReopening = cueFlagged(rules, 'reopens');
  const relays = rules.language.relays ?? [];
  const staffSpeakers = rules.language.staffSpeakers ?? [];
  const isThanks = cueFlagged(rules, 'signOff');
  const isClosing = cueFlagged(rules, 'closes');
  const isPressed = createIsPressed(rules);
  /** A request or complaint that presumes a fault (什么时候能修, 没人管), not only who is in charge (谁管). */
  const presumesFault = (r: TermRole) => r.kind === 'cue' && rules.cues[r.group]!.claim === true && rules.cues[r.group]!.inquiry !== true;
  /** A problem, or a request or complaint: a claim said in words rather than a hazard's cue. */
  const isSaid = (r: TermRole) =>
    r.kind === 'problem' || r.kind === 'generic-problem' || (r.kind === 'cue' && rules.cues[r.group]!.claim === true);
  /** Whether a request in one of these clauses asks for action (什么时候能修; 谁管 only of a fault; not 报修 inside 报修电话). */
  const asksFor = (msg: CueMessage, cs: readonly number[]) =>
    msg.raw.some(
      (h) =>
        h.data.request &&
        cs.includes(msg.clauses[h.start]!) &&
        !inLonger(h, msg.raw) &&
        (h.data.roles.some(presumesFault) || msg.saysFault()),
    );
  /**
   * A claim told, after a fix at `from`, as what was before (弄好了，之前路灯不亮，晚上很黑): the fault
   * the fix closed, not one after it; unless the talk comes back to now in between (之前…，现在又…).
   */
  const toldAsBefore = (reply: string, h: Hit, from: number) => {
    if (earlier.length === 0) return false;
    const between = reply.slice(from, h.start);
    const at = Math.max(...earlier.map((w) => between.lastIndexOf(w)));
    return at >= 0 && !now.some((w) => between.indexOf(w, at) >= 0);
  };
  /**
   * A fault told, after a fix, as what the fixer found (电梯好了 师傅说门机的板子烧了; 救出来了 维保师傅说是门机故障;
   * 修好了 说是线路老化): the cause of the trouble the fix closed, not a new one. The fault's clause names a
   * staff speaker right before a relay word (师傅说, 物业说), or opens with 说是 (the fixer, not named).
   */
  const toldAsCause = (reply: string, clauses: Int32Array, h: Hit) => {
    let start = h.start;
    while (start > 0 && clauses[start - 1] === clauses[h.start]) start--;
    // (from the clause's first character of text: the clause may hold the break before it)
    const before = reply.slice(start, h.start).replace(/^[^\p{Script=Han}]+/u, '');
    if (before.startsWith('说是')) return true;
    return relays.some((r) => {
      const at = before.indexOf(r);
      return at > 0 && staffSpeakers.some((w) => before.endsWith(w, at));
    });
  };
  const overruled = (group: number, cs: readonly number[], scope: GroupScope, msg: CueMessage, tally: CueTally): string | null => {
    const { raw, reply, clauses } = msg;
    const { covered, counts } = scope;
    const g = rules.cues[group]!;
    // An asking group (请问, 多久) with a request in its own clause asks for action (请问什么时候能修).
    if (g.asking === true && asksFor(msg, cs)) return ASKS_FOR_ACTION;
    const own = tally.groupHits.get(group)!;
    const first = own[0]!;
    // A thanks after a request signs it off (麻烦快来谢谢).
    // Not when a fix stands between them (上午报修下午就来了 点赞: the thanks is for the fix).
    if (
      g.signOff === true &&
      raw.some(
        (h) =>
          h.data.request &&
          h.end <= first.start &&
          !raw.some((o) => o.start >= h.end && o.end <= first.start && o.data.roles.some(isClosing)),
      )
    )
      return '跟在请求后面，是客气的结尾，不是在感谢';
    // A resolution (就好了) closes what was said before it: it gives way only to a claim after it
    // (修好了又坏了; not one inside its own words: 不用担心了), or when it is asked for (尽快修好, 修好了吗).
    // A claim after it that does not reopen it: inside its own words (不用担心了), resolved right
    // after it (味道小多了), or what another "not a report" word before it in its clause is about
    // (谢谢网格员帮忙; not the resolution itself: 刚修好了现在又漏水了 is one run-on clause).
    // A hazard that needs an exposure (喷, 味) is a claim only with one near it.
    const settled = (h: Hit) =>
      (h.data.hazardNeeds !== null && !h.data.roles.some(isSaid) && msg.dangerIn(h) === null) ||
      thankedFor(h) ||
      own.some(
        (o) => (o.start <= h.start && h.end <= o.end) || raw.some((w) => w.start <= h.start && w.end === o.start && h.end <= w.end),
      ) ||
      raw.some(
        (o) =>
          o.data.negativeCue &&
          !own.some((w) => w.start <= o.start && o.end <= w.end) &&
          o.end <= h.start &&
          clauses[o.start] === clauses[h.start],
      );
    // 电梯好了 师傅说门机的板子烧了 换了新的: a fault between two fixes, closed by the later one in a
    // later clause (not one that comes back: 修好了又坏了 … 换了新的 still tells it broke again).
    const closedAgain = (h: Hit) =>
      !h.data.roles.some(isReopening) && own.some((o) => o.start >= h.end && clauses[o.start]! > clauses[h.start]!);
    // 帮我妈把补贴办下来了 跑了好几趟 辛苦了: a fault word after the fix with thanks right after it, and
    // nothing reopened or asked for past the fix, is the trouble someone went to, thanked.
    const thankedFor = (h: Hit) =>
      !h.data.roles.some(isReopening) &&
      raw.some((o) => o.start >= h.end && clauses[o.start]! <= clauses[h.start]! + 1 && o.data.roles.some(isThanks)) &&
      !raw.some((o) => o.start >= first.end && (o.data.request || o.data.roles.some(isReopening)));
    const reopened =
      g.closes === true &&
      (raw.some(
        (h) =>
          (counts(h) || (h.data.roles.some(isReopening) && !msg.negated(h))) &&
          h.start >= first.end &&
          !settled(h) &&
          !toldAsBefore(reply, h, first.end) &&
          !closedAgain(h) &&
          !(!h.data.roles.some(isReopening) && toldAsCause(reply, clauses, h)),
      ) ||
        // 快派人修好 wishes for the fix; 第二天就派人弄好了 tells it; so does 上午报修下午就来了 (reporting
        // a fault, 报修, asks no fix of its own).
        raw.some(
          (h) =>
            h.data.request &&
            h.end === first.start &&
            h.data.roles.some(presumesFault) &&
            !DONE_BEFORE.some((w) => reply.endsWith(w, h.start)),
        ) ||
        questionEnds.some((q) => reply.startsWith(q, first.end)));
    if (reopened) return '后面又说了问题，或是在盼着、问着修好，事情没有了结';
    // 那场暴雨以后…，到现在也没人管: a story that runs on till now (`still`) tells a fault of now.
    // So does one after which, back here or at what was found (咱们这, 结果), the fault is back or
    // still there (…结果楼道灯还是不亮, …咱们这下水道又堵了).
    const stillNow =
      g.past === true &&
      (still.some((w) => reply.indexOf(w, first.end) >= 0) ||
        raw.some(
          (h) =>
            h.data.roles.some(isReopening) &&
            clauses[h.start]! > clauses[first.start]! &&
            !msg.negated(h) &&
            backHere.some((w) => {
              const at = reply.indexOf(w, first.end);
              return at >= 0 && at + w.length <= h.start;
            }),
        ));
    if (stillNow) return '回忆一直说到了现在（到现在、至今）：说的是眼下还没解决的问题';
    if (tally.isBroken(group) || (g.belief === true && believedFix(msg, own, counts)))
      return '以为的是已经好了、有人会来管或别的事，或者“一看、结果”后面说的才是问题：问题是真的，不是误会';
    if (g.closes !== true && raw.some((h) => counts(h) && !covered(h.start))) return `「${g.label}」只管它所在的分句，别的分句里还说着问题`;
    return null;
  };
  /** Whether the belief of these hits (a belief group's) turns out to be about a fix, the service or something else than the fault. */
  const believedFix = (msg: CueMessage, own: readonly Hit[], counts: (h: Hit) => boolean) => {
    const { raw, reply, clauses } = msg;
    const first = own[0]!;
    // 我还当是小问题，电梯门关不严: a belief whose clause names no thing or fault (who is asked does not count:
    // 本以为物业早就知道了，…) is not about the fault told after it.
    // (When nothing is found after it, neither 一看 nor 原来: a mistaken alarm says what was found.)
    if (
      !reality.some((w) => reply.includes(w, first.end)) &&
      !raw.some((h) => isSubject(h) && h.start >= first.end && clauses[h.start] === clauses[first.start])
    )
      return true;
    // 以为是我家跳闸，原来是整栋楼停电了，到现在还没来电: a request, complaint or waiting told after what
    // was found (原来, 结果), past its clause, says the fault found is real and lasts.
    const found = msg.realityEnd(first.end);
    if (
      found >= 0 &&
      raw.some((h) => isPressed(h) && h.start >= found && clauses[h.start]! > clauses[found - 1]! && !negation.isNegated(reply, h.start))
    )
      return true;
    // 我以为我家跳闸，出门一看楼道全黑: what is seen after the belief is the problem.
    const seen = msg.realityAfter(first.end);
    return seen >= 0 && raw.some((h) => h.start >= seen && counts(h));
  };
  return {
    faultSaid: (group, msg) =>
      rules.cues[group]!.unlessFault !== true || rules.cues[group]!.tone === true || !msg.saysFault()
        ? null
        : '消息里说了出什么问题：是在反映问题',
    askedForAction: (group, msg, tally) =>
      rules.cues[group]!.asking !== true ||
      scopes[group] !== 'message' ||
      !asksFor(
        msg,
        tally.groupHits.get(group)!.map((h) => msg.clauses[h.start]!),
      )
        ? null
        : ASKS_FOR_ACTION,
    overruled,
  };
}

/** Right before a request that comes right before a fix, these tell that it was done (就派人弄好了), not wished. */
const DONE_BEFORE = ['就', '已经', '已', '当天', '马上就'];
