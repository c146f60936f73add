// The second stage of find-negative-cues.ts: what a counted clause- or span-scoped group speaks
// for. A clause-scoped group speaks for its own clauses; a span-scoped one (别的小区, 万一哪天 …)
// also for the following clauses until a "here" word (咱们, 我家), but a conditional request
// (如有人管请回复, conditional-request.ts) only from its word to its clause's end; a pair (an offer and a contact,
// a case and its advice) for all the message or the clauses between its terms. With it comes what,
// said outside, would make the message a report of its own.
import { clauseEnd } from './clause-ids.js';
import type { Hit, TermRole } from './compile-terms.js';
import { createConditionalRequests, type Reach } from './conditional-request.js';
import type { CueMessage } from './cue-message.js';
import { createIsPressed, isClaim, isSubject, isThing } from './cue-roles.js';
import type { CueTally } from './cue-tally.js';
import type { Negation } from './negation.js';
import type { Rules } from './rules.js';

export interface GroupScope {
  /** Whether the group speaks for what is said at position `at`. */
  covered(at: number): boolean;
  /** Whether `h`, said outside the group's clauses, makes the message a report of its own. */
  counts(h: Hit): boolean;
}

/**
 * The scope of `group`, counted in the clauses `cs`; 'holds' when the group stands whatever else
 * is said, or a string: the group does not count, and why.
 */
export type GroupScopeFinder = (group: number, cs: number[], msg: CueMessage, tally: CueTally) => GroupScope | 'holds' | string;

/** `cut`: the segmenter's words of a short text (see conditional-request.ts). */
export function createGroupScopeFinder(rules: Rules, negation: Negation, cut: (text: string) => string[]): GroupScopeFinder {
  const scopes = rules.cues.map((g) => g.scope ?? 'message');
  const here = rules.places.here ?? [];
  const reality = rules.language.reality ?? [];
  const effort = rules.language.effort ?? [];
  const isPressed = createIsPressed(rules);
  const conditionalRequests = createConditionalRequests(rules, cut);
  /** Clause-scoped group → the groups whose term anywhere in the message makes it speak for the whole message. */
  const partners = rules.cues.map((g) =>
    g.together === undefined ? undefined : rules.cues.flatMap((o, j) => (g.together!.includes(o.kind) ? [j] : [])),
  );
  /** A request told as the effort someone made (冒雨来修): done, not asked for. */
  const isEffort = (text: string, h: Hit) => h.data.request && effort.some((w) => text.endsWith(w, h.start));
  /** A claim that is only a feeling or a judgement (吓人, 不敢), no ask. */
  const onlyFeeling = (h: Hit) =>
    h.data.roles.every((r) => r.kind !== 'cue' || !rules.cues[r.group]!.claim || rules.cues[r.group]!.feeling === true);
  /** A claim that is only a who-to-ask (谁管, 报修), presuming no fault. */
  const onlyInquiry = (h: Hit) =>
    h.data.roles.every((r) => r.kind !== 'cue' || !rules.cues[r.group]!.claim || rules.cues[r.group]!.inquiry === true) && !h.data.fault;
  /** The belief at `b` is followed by a reality word that names what it was (原来是, 结果是), and nothing is pressed outside its clause. */
  const explainedAway = (msg: CueMessage, b: Hit) =>
    reality.some((w) => msg.reply.includes(w, b.end)) &&
    msg.realityAfter(b.end) < 0 &&
    !msg.raw.some((h) => isPressed(h) && msg.clauses[h.start] !== msg.clauses[b.start] && !negation.isNegated(msg.reply, h.start));
  return (group, cs, msg, tally) => {
    const { raw, reply, clauses } = msg;
    const g = rules.cues[group]!;
    // An offer (专业维修) with a contact (电话：…) anywhere in the message is an advert: both speak for
    // all of it. A case (遇到…) with advice (第一时间…) is a tip: with `ownClauses` they speak for the
    // clauses from the first to the last of theirs, and a thing said to be wrong outside them is a
    // message of its own (我家水管冻裂了…其他邻居提前做好保温，不然就麻烦了).
    const met = partners[group]?.filter((p) => tally.groupHits.has(p));
    let pairFrom = -1;
    let pairTo = -1;
    if (met !== undefined && met.length > 0) {
      if (g.ownClauses !== true) return 'holds';
      pairFrom = Math.min(...cs);
      pairTo = Math.max(...cs);
      for (const p of met)
        for (const o of tally.groupHits.get(p)!) {
          pairFrom = Math.min(pairFrom, clauses[o.start]!);
          pairTo = Math.max(pairTo, clauses[o.start]!);
        }
    } else if (g.onlyTogether === true) {
      // A tip's case (遇到…) or an advert's contact (联系我) alone says nothing about the message.
      return `「${g.label}」要和另一组词一起出现才算`;
    }
    // 路灯太暗看不清 笑死, …明天来，大家注意避让: a tone word or an instruction to all in the last
    // clause, with no request, complaint or waiting said anywhere, tells how the whole message is meant.
    // (Nor with a danger near people: 拿着刀在追人…大家先别下楼 warns, it does not inform — unless the
    // closing word says how it ended: 煤气味是我家炖肉烧糊了 没事没事.)
    if (
      g.tone === true &&
      inLastClause(reply, clauses, tally.groupHits.get(group)!) &&
      !raw.some((h) => isPressed(h) || (h.data.hazard && g.settles !== true && msg.dangerIn(h) !== null)) &&
      (g.unlessFault !== true || !msg.saysFault())
    )
      return 'holds';
    let covered: (at: number) => boolean;
    // The clauses where the group is a condition that asks the reader (如有人管请回复): it reaches no further than its request.
    let asking = NO_REACH;
    if (pairFrom >= 0) {
      covered = (at) => clauses[at]! >= pairFrom && clauses[at]! <= pairTo;
    } else if (scopes[group] === 'clause') {
      covered = (at) => cs.includes(clauses[at]!);
    } else {
      // A story of the past (小时候) ends where the talk comes back to now (现在, 最近), not at a
      // "here" word: a story of the past is mostly of here (那年大雨，我们这楼…).
      const a = g.past === true ? msg.nowClauses() : msg.hereClauses();
      // Covered: some clause of the group at or before it, and no "here" word in between; nor one
      // after the group's word in that clause itself (出差回到家一看，…: the clauses past it are here).
      const own = tally.groupHits.get(group)!;
      const backInClause = (k: number) =>
        g.place === true &&
        own.some(
          (o) =>
            clauses[o.start] === k &&
            here.some((w) => {
              const at = reply.indexOf(w, o.end);
              return at >= 0 && clauses[at] === k;
            }),
        );
      if (g.condition === true) asking = conditionalRequests(reply, clauses, own, raw);
      covered = (at) => {
        const c = clauses[at]!;
        const r = asking.get(c);
        if (r !== undefined && at >= r.from && at < r.to) return true;
        let from = -1;
        for (const k of cs) if (k <= c && k > from && !asking.has(k)) from = k;
        return from >= 0 && !a.some((x) => x > from && x <= c) && !(c > from && backInClause(from));
      };
      // A belief explained away (…还以为又是装修，后来才知道是…; 还以为楼上又漏水了，原来是冷凝水滴到我家窗台上)
      // is the story of the whole message: what was heard or seen before it, and the "here" of
      // the explanation, are part of the mistake, unless a request, complaint or waiting is said
      // outside the belief's own clause.
      if (g.belief === true && explainedAway(msg, own[0]!)) covered = () => true;
    }
    // A span speaks for a topic, so any category term past it drops it; a short word in a
    // clause (谢谢, 好了) gives way only to a problem or a request said in another clause.
    const startsInside = (h: Hit) => raw.some((o) => o.start <= h.start && h.start < o.end && o.end - o.start > h.end - h.start);
    // A place elsewhere also gives way to a request or complaint said past it, back here
    // (他们小区早装了充电桩，咱们小区什么时候能装); a what-if's fear is part of the what-if.
    // Who is asked (物业 of 咱们是找物业还是找社区) is no topic of the message's own.
    // Past a tip or an advert only a thing said to be wrong counts: not a word to all (冬天大家注意)
    // nor a thing asked about (电梯坏了？专业维修…), which are part of the tip or the advert.
    const firstOwn = tally.groupHits.get(group)![0]!.start;
    const counts =
      pairFrom >= 0
        ? (h: Hit) =>
            h.data.fault &&
            !msg.negated(h) &&
            !asked(reply, clauses, h.start) &&
            raw.some((o) => clauses[o.start] === clauses[h.start] && o.data.roles.some(isThing))
        : scopes[group] === 'span'
          ? g.place === true
            ? // Back here, a thing named with nothing said wrong in its clause (…，还是咱这电梯靠谱) is the
              // comparison that closes the story told elsewhere, not a report of its own.
              (h: Hit) =>
                (isSubject(h) && (h.data.roles.some(isTold) || h.start < firstOwn || saidWrong(msg, h, isPressed))) ||
                (h.data.request && !msg.negated(h) && (!onlyFeeling(h) || h.start < firstOwn || namesSubject(msg, h)))
            : g.past === true
              ? // Past its end (一直, 没人管), a fault or a claim is of now too (早些年装的电梯，三天两头坏).
                (h: Hit) => isSubject(h) || (isClaim(h) && !msg.negated(h)) || h.data.fault
              : g.condition === true
                ? cs.every((k) => asking.has(k))
                  ? // Past a conditional request only, what is said is said for real (…，楼下的马蜂窝越来越大，孩子都不敢下楼玩).
                    (h: Hit) => isSubject(h) || (isPressed(h) && !msg.negated(h))
                  : // Past a what-if, back here, a thing counts only with a fault or a claim in its clause:
                    // 要是真着火了，咱们楼消防通道从哪走 asks about the what-if; …，咱们楼消防通道全堵死了 tells one.
                    (h: Hit) =>
                      isSubject(h) &&
                      raw.some((o) => clauses[o.start] === clauses[h.start] && (o.data.fault || isPressed(o)) && !msg.negated(o))
                : isSubject
          : g.polite === true
            ? isTopical
            : // Asking (请问) gives way to no mere who-to-ask (报修找谁) while nothing is said to be wrong;
              // nothing gives way to a claim that starts inside a longer term (坏了 of 高兴坏了; 太高 of
              // 老太太高兴, cut at that term's end): the longer term is what is said.
              (h: Hit) =>
                isClaim(h) &&
                !msg.negated(h) &&
                !(g.asking === true && onlyInquiry(h) && !msg.saysFault()) &&
                !startsInside(h) &&
                !isEffort(reply, h);
    return { covered, counts };
  };
}

/** A role that tells more than a thing named: a fault, a danger, a word pointing at a category. */
function isTold(r: TermRole): boolean {
  return r.kind === 'problem' || r.kind === 'hazard' || r.kind === 'urgent' || (r.kind === 'category-cue' && r.weight > 0);
}

/** Whether the clause of `h` names a thing, a fault or a danger. */
function namesSubject(msg: CueMessage, h: Hit): boolean {
  const c = msg.clauses[h.start];
  return msg.raw.some((o) => msg.clauses[o.start] === c && isSubject(o));
}

/** Whether the clause of `h` says something wrong or presses for something (a fault, a claim, a waiting), not negated. */
function saidWrong(msg: CueMessage, h: Hit, isPressed: (o: Hit) => boolean): boolean {
  const c = msg.clauses[h.start];
  return msg.raw.some((o) => msg.clauses[o.start] === c && (o.data.fault || isPressed(o)) && !msg.negated(o));
}

/** Whether the clause of `at` ends in a question mark (电梯坏了？). */
function asked(reply: string, clauses: Int32Array, at: number): boolean {
  const end = clauseEnd(clauses, at, reply.length);
  return end < reply.length && QUESTION_MARKS.includes(reply[end]!);
}

const QUESTION_MARKS = ['？', '?'];

const NO_REACH: ReadonlyMap<number, Reach> = new Map();

/** Whether the last of these hits lies in the message's last clause (punctuation, symbols and spaces after it aside). */
function inLastClause(reply: string, clauses: Int32Array, own: readonly Hit[]): boolean {
  let end = reply.length - 1;
  while (end > 0 && /[\s\p{P}\p{S}]/u.test(reply[end]!)) end--;
  return clauses[own[own.length - 1]!.start] === clauses[end];
}

function isTopical(h: Hit): boolean {
  return h.data.topical;
}
