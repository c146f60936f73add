// "Not a report" cues (thanks, notices, adverts, news from elsewhere …) are judged on the text
// alone, without segmentation: a hit counts unless it is negated (不亮了 is not 亮了) or lies
// inside a longer rule term (出租 in 出租车, 好的 in 好好的), or is itself the state of a hazard
// whose exposure is there (挪走了 is "fixed" for a parked car, a danger for 井盖被人挪走了).
// Because of that, the prefilter's bound can subtract them exactly.
import { clauseBefore, clauseEnd, onlyMarks } from './clause-ids.js';
import type { Hit, TermRole } from './compile-terms.js';
import { createNotPast } from './not-past.js';
import type { Negation } from './negation.js';
import type { Rules } from './rules.js';

/** A hit that did not count, and why (for `rules explain`). */
export interface IgnoredHit {
  term: string;
  why: string;
}

/** Cue group index → the terms of it that count. */
export type NegativeCues = ReadonlyMap<number, string[]>;

/** `near`: the message's exposure hits (see compile-terms.ts), to tell a hazard's state from a fix; called only when needed. */
export type NegativeCueFinder = (raw: Hit[], reply: string, clauses: Int32Array, near: () => Hit[], ignored?: IgnoredHit[]) => NegativeCues;

/**
 * `cut`: the segmenter's words of a short text, to tell a one-character wish word on its own (会修好)
 * from one inside a word (居委会, 开会); called only when a closing term has one before it.
 */
export function createNegativeCueFinder(rules: Rules, negation: Negation, cut: (text: string) => string[]): NegativeCueFinder {
  const scopes = rules.cues.map((g) => g.scope ?? 'message');
  const here = rules.places.here ?? [];
  const nearSuffixes = rules.language.nearSuffixes ?? [];
  const nearPrefixes = rules.language.nearPrefixes ?? [];
  const perceive = rules.language.perceive ?? [];
  const others = rules.language.others ?? [];
  const questionEnds = rules.language.questionEnds ?? [];
  const isPlaceCue = (r: TermRole) => r.kind === 'cue' && rules.cues[r.group]!.place === true;
  const isPastCue = (r: TermRole) => r.kind === 'cue' && rules.cues[r.group]!.past === true;
  const isAlone = (r: TermRole) => r.kind === 'cue' && rules.cues[r.group]!.alone === true;
  /** Words that may stand before a reply said on its own: the replies themselves and interjections (嗯嗯好的, 哦收到). */
  const beforeReply = [...rules.cues.flatMap((g) => (g.alone === true ? g.terms : [])), ...(rules.language.interjections ?? [])].sort(
    (a, b) => b.length - a.length,
  );
  /** Whether only a speaker (物业：), replies or interjections come before `h` in its clause. */
  const first = (reply: string, clauses: Int32Array, h: Hit) => {
    let before = clauseBefore(reply, clauses, h.start);
    before = before.slice(Math.max(before.lastIndexOf('：'), before.lastIndexOf(':')) + 1);
    for (const w of beforeReply) before = before.replaceAll(w, '');
    return onlyMarks(before);
  };
  const notPast = createNotPast(rules.language);
  const isClosing = (r: TermRole) => r.kind === 'cue' && rules.cues[r.group]!.closes === true;
  /** Clause-scoped group → the groups whose term anywhere in the message makes it speak for the whole message. */
  const partners = rules.cues.map((g) =>
    g.together === undefined ? undefined : rules.cues.flatMap((o, j) => (g.together!.includes(o.kind) ? [j] : [])),
  );
  const placeGroups = rules.cues.flatMap((g, i) => (g.place === true && scopes[i] === 'span' ? [i] : []));
  /** A resolution or a phrase of a "not a report" group: believed, it says the writer thought all was well. */
  const isCalming = (r: TermRole) =>
    r.kind === 'cue' && rules.cues[r.group]!.weight < 0 && (rules.cues[r.group]!.closes === true || scopes[r.group] === 'message');
  const irrealis = rules.language.irrealis ?? [];
  const now = rules.language.now ?? [];
  const still = rules.language.still ?? [];
  const reality = rules.language.reality ?? [];
  /** Words that bring a story back here or to what was found (咱们这, 结果). */
  const backHere = [...here, ...reality];
  const earlier = rules.language.earlier ?? [];
  const identifies = rules.language.identifies ?? [];
  const relays = rules.language.relays ?? [];
  const relayedAfter = rules.language.relayedAfter ?? [];
  const speech = rules.language.speech ?? [];
  const effort = rules.language.effort ?? [];
  /** A request told as the effort someone made (冒雨来修): done, not asked for. */
  const isEffort = (text: string, h: Hit) => h.data.request && effort.some((w) => text.endsWith(w, h.start));
  const isCondition = (r: TermRole) => r.kind === 'cue' && rules.cues[r.group]!.condition === true;
  const isReopening = (r: TermRole) => r.kind === 'cue' && rules.cues[r.group]!.reopens === true;
  const isWaiting = (r: TermRole) => r.kind === 'cue' && rules.cues[r.group]!.waiting === true;
  const isRelayable = (r: TermRole) => r.kind === 'cue' && rules.cues[r.group]!.relayed === true;
  /**
   * A wish or a when-question earlier in the clause of `h` (要是换了就好了, 什么时候能修好), if any. A
   * word of one character (会, 能, 要) counts only as a word on its own: 物业会修好的, not 居委会修好了.
   */
  const wishedBy = (reply: string, clauses: Int32Array, h: Hit): string | null => {
    const before = clauseBefore(reply, clauses, h.start);
    let words: string[] | null = null;
    for (const w of irrealis) {
      if (!before.includes(w)) continue;
      if (w.length > 1) return w;
      words ??= cut(before + h.term);
      if (words.includes(w)) return w;
    }
    return null;
  };
  /** Where the first reality word (一看, 结果, 原来) after `from` ends, or -1, whatever follows it. */
  const firstRealityEnd = (reply: string, from: number): number => {
    let end = -1;
    for (const w of reality) {
      const at = reply.indexOf(w, from);
      if (at >= 0 && (end < 0 || at + w.length < end)) end = at + w.length;
    }
    return end;
  };
  /**
   * Where the first reality word (一看, 结果, 原来) after `from` ends, or -1; also -1 when it names
   * what it was (一看是人家在烧烤): that explains the belief away.
   */
  const realityAfter = (reply: string, from: number): number => {
    const end = firstRealityEnd(reply, from);
    return end >= 0 && identifies.some((w) => reply.startsWith(w, end)) ? -1 : end;
  };
  const { hazards } = rules.urgency;
  /** A claim that is only a who-to-ask (谁管, 报修), presuming no fault. */
  const onlyInquiry = (h: Hit) =>
    h.data.roles.every((r) => r.kind !== 'cue' || !rules.cues[r.group]!.claim || rules.cues[r.group]!.inquiry === true) && !h.data.fault;
  /** A request or complaint that presumes a fault (什么时候能修, 没人管), not only who is in charge (谁管). */
  const presumesFault = (r: TermRole) => r.kind === 'cue' && rules.cues[r.group]!.claim === true && rules.cues[r.group]!.inquiry !== true;
  /** A problem, or a request or complaint: a claim said in words rather than a hazard's cue. */
  const isSaid = (r: TermRole) =>
    r.kind === 'problem' || r.kind === 'generic-problem' || (r.kind === 'cue' && rules.cues[r.group]!.claim === true);
  /** A request, complaint or waiting said (not an exclamation: 笑死！！ is still a joke). */
  const isPressed = (h: Hit) =>
    h.data.roles.some((r) => r.kind === 'cue' && (rules.cues[r.group]!.claim === true || rules.cues[r.group]!.waiting === true));
  return (raw, reply, clauses, near, ignored) => {
    const out = new Map<number, string[]>();
    /** The hazard (label) whose term overlaps `h` and whose exposure is near, if any. */
    const dangerIn = (h: Hit): string | null => {
      for (const g of raw) {
        if (g.start >= h.end) break;
        // The cue must not start before the hazard: 不是着火 and 没受伤 say the opposite of it.
        if (g.end <= h.start || g.start > h.start || !g.data.hazard || negation.isNegated(reply, g.start)) continue;
        for (const r of g.data.roles) {
          if (r.kind !== 'hazard') continue;
          const hz = hazards[r.hazard]!;
          if (hz.needs.length === 0) return hz.label;
          const clause = clauses[g.start]!;
          const exposed = (kinds: readonly string[]) =>
            near().some(
              (x) =>
                Math.abs(clauses[x.start]! - clause) <= hz.window &&
                x.data.roles.some((e) => e.kind === 'exposure' && kinds.includes(rules.urgency.exposures[e.exposure]!.kind)),
            );
          if (exposed(hz.needs) && (hz.also === undefined || hz.also.length === 0 || exposed(hz.also))) return hz.label;
        }
      }
      return null;
    };
    /**
     * A claim told, after a fix at `from`, as what was before (弄好了，之前路灯不亮，晚上很黑): the fault
     * the fix closed, not one after it; unless the talk comes back to now in between (之前…，现在又…).
     */
    const toldAsBefore = (h: Hit, from: number) => {
      if (earlier.length === 0) return false;
      const between = reply.slice(from, h.start);
      const at = Math.max(...earlier.map((w) => between.lastIndexOf(w)));
      return at >= 0 && !now.some((w) => between.indexOf(w, at) >= 0);
    };
    let scopedClauses: Map<number, number[]> | null = null;
    /** Group → the terms of it that counted, in order (for `closes` and `signOff`). */
    const groupHits = new Map<number, Hit[]>();
    let maxEnd = -1;
    // The last belief term (刚以为, 还以为), and the belief groups whose belief turned out to be
    // about a fix or the service (我还以为修好了, 本以为物业会来修): the fault is real.
    const beliefs: { last: { group: number; clause: number; end: number } | null; broken: Set<number> | null } = {
      last: null,
      broken: null,
    };
    const believed = (h: Hit) => beliefs.last !== null && beliefs.last.clause === clauses[h.start] && h.start >= beliefs.last.end;
    // A place elsewhere counted earlier in h's clause (别的小区 before 早热了), or undefined.
    const placeBefore = (h: Hit): Hit | undefined => {
      for (const g of placeGroups) {
        const found = groupHits.get(g)?.find((o) => o.end <= h.start && clauses[o.start] === clauses[h.start]);
        if (found !== undefined) return found;
      }
      return undefined;
    };
    /** The belief at `b` is followed by a reality word that names what it was (原来是, 结果是), and nothing is pressed outside its clause. */
    const explainedAway = (text: string, cl: Int32Array, b: Hit) =>
      reality.some((w) => text.includes(w, b.end)) &&
      realityAfter(text, b.end) < 0 &&
      !raw.some((h) => isPressed(h) && cl[h.start] !== cl[b.start] && !negation.isNegated(text, h.start));
    const breakBelief = () => {
      beliefs.broken ??= new Set();
      beliefs.broken.add(beliefs.last!.group);
    };
    for (const h of raw) {
      const inside = maxEnd >= h.end;
      if (h.end > maxEnd) maxEnd = h.end;
      if (h.data.request && believed(h) && wishedBy(reply, clauses, h) !== null) breakBelief();
      if (!h.data.negativeCue) continue;
      if (inside) continue;
      // 学校门口, 医院旁边: a landmark near here, not a frame about somewhere else; 社区医院,
      // 施工单位: a place or a party of here.
      if (h.data.roles.some(isPlaceCue)) {
        if (nearSuffixes.some((s) => reply.startsWith(s, h.end))) {
          ignored?.push({ term: h.term, why: '后面跟着“门口、旁边”这类词，说的是附近的地方，不是在说别处' });
          continue;
        }
        // 装修公司, 电梯公司: a thing of some category right before it makes it a party that works here.
        if (
          (nearPrefixes.some((s) => reply.endsWith(s, h.start)) && !perceive.some((w) => reply.endsWith(w, h.start))) ||
          raw.some((g) => g.end === h.start && g.data.roles.some(isObject))
        ) {
          ignored?.push({ term: h.term, why: '前面是“社区、小区、施工”这类词，说的是本小区的地方或给本小区干活的单位，不是在说别处' });
          continue;
        }
      }
      if (h.data.roles.some(isAlone) && !first(reply, clauses, h)) {
        ignored?.push({ term: h.term, why: '前面还有别的话（说好的、修好的）：是那句话的一部分，不是单独的应答' });
        continue;
      }
      if (h.data.roles.some(isPastCue) && notPast(reply, clauses, h.start, h.end)) {
        ignored?.push({ term: h.term, why: '说的是东西的年头（早些年装的、八几年的）或眼下这件事的时候（昨晚那会儿），不是在讲过去的事' });
        continue;
      }
      // 说句得罪人的话: the only condition word that is also a noun phrase (…的 + 话, words) names what is said.
      if (
        h.term.endsWith('话') &&
        h.data.roles.some(isCondition) &&
        speech.some((w) => clauseBefore(reply, clauses, h.start).includes(w))
      ) {
        ignored?.push({ term: h.term, why: '前面是“说句、说的”：是说的话，不是“如果……的话”' });
        continue;
      }
      if (negation.isNegated(reply, h.start)) {
        ignored?.push({ term: h.term, why: '前面有否定词，意思反过来了' });
        continue;
      }
      if (negation.isAsked(reply, h.start)) {
        ignored?.push({ term: h.term, why: '前面是“是否、有没有”，是在问，不是在说' });
        continue;
      }
      // 物业说已安排师傅，到现在没见人: a worker's words passed on, then a claim after them, is a promise not kept;
      // so is waiting said anywhere (回复说要等厂家，都等了半个月了; 坏了半个月，物业说等厂家), and a notice
      // spoken of (温馨提示贴了一个月了，问题还在).
      if ((relays.length > 0 || relayedAfter.length > 0) && h.data.roles.some(isRelayable)) {
        const before = clauseBefore(reply, clauses, h.start);
        if (
          (relays.some((w) => before.includes(w)) || relayedAfter.some((w) => reply.startsWith(w, h.end))) &&
          raw.some(
            (o) =>
              (o.start >= h.end ? o.data.claim || o.data.roles.some(isWaiting) : o.end <= h.start && o.data.roles.some(isWaiting)) &&
              !negation.isNegated(reply, o.start),
          )
        ) {
          ignored?.push({ term: h.term, why: '是转述工作人员的话，后面又说了问题或抱怨：答应了没做到，不算了结' });
          continue;
        }
      }
      // 我还以为修好了, 还以为是我家自己的事: what is believed is not so, and the fault is real.
      if (believed(h) && h.data.roles.some(isCalming)) {
        ignored?.push({ term: h.term, why: '前面说的是“以为”：是以为没事，其实有事' });
        breakBelief();
        continue;
      }
      if (h.data.roles.some(isClosing)) {
        const wish = irrealis.length > 0 ? wishedBy(reply, clauses, h) : null;
        if (wish !== null) {
          ignored?.push({ term: h.term, why: `同一分句前面有「${wish}」：是盼着好、问什么时候好，不是已经好了` });
          continue;
        }
        // 别的小区早热了: what is fine at another place (as counted so far) closes nothing here;
        // nor does what is fine for others (别的区都热了, 人家楼都修好了).
        const place = placeBefore(h);
        const other = place === undefined ? others.find((w) => clauseBefore(reply, clauses, h.start).includes(w)) : undefined;
        if (place !== undefined || other !== undefined) {
          ignored?.push({ term: h.term, why: `同一分句前面有「${place?.term ?? other}」：好的是别处、别人，不是这里` });
          continue;
        }
      }
      const danger = dangerIn(h);
      if (danger !== null) {
        if (ignored) {
          const group = h.data.roles.find((r) => r.kind === 'cue' && rules.cues[r.group]!.weight < 0);
          const label = group?.kind === 'cue' ? rules.cues[group.group]!.label : '';
          ignored.push({ term: h.term, why: `它在这里说的是险情（${danger}），不是「${label}」` });
        }
        continue;
      }
      for (const r of h.data.roles) {
        if (r.kind !== 'cue' || rules.cues[r.group]!.weight >= 0) continue;
        if (rules.cues[r.group]!.belief === true) beliefs.last = { group: r.group, clause: clauses[h.start]!, end: h.end };
        const list = out.get(r.group);
        if (!list) out.set(r.group, [h.term]);
        else if (!list.includes(h.term)) list.push(h.term);
        const gh = groupHits.get(r.group);
        if (!gh) groupHits.set(r.group, [h]);
        else gh.push(h);
        if (scopes[r.group] !== 'message') {
          scopedClauses ??= new Map();
          const cs = scopedClauses.get(r.group);
          if (!cs) scopedClauses.set(r.group, [clauses[h.start]!]);
          else cs.push(clauses[h.start]!);
        }
      }
    }
    // Whether the message says something is wrong: a problem or hazard, or that it has lasted (又, 好几天),
    // not negated (没坏). Looked for once, when an inquiry (谁管, 找谁) follows an asking word.
    // A hazard word that is no problem word says so only with its exposure near (搬到 of 驿站搬到南门 is no 井盖 moved).
    let faultSaid: boolean | null = null;
    const saysFault = () =>
      (faultSaid ??= raw.some(
        (h) =>
          ((h.data.fault && (h.data.roles.some(isProblem) || dangerIn(h) !== null)) || h.data.roles.some(isWaiting)) &&
          !negation.isNegated(reply, h.start) &&
          !negation.isFaultUntold(reply, h, raw) &&
          // 还没堵: neither the not-yet word nor the fault after it says something is wrong.
          !negation.isNotYetOfFault(h, raw),
      ));
    /** Whether a request in one of these clauses asks for action (什么时候能修; 谁管 only of a fault; not 报修 inside 报修电话). */
    const asksFor = (cs: readonly number[]) =>
      raw.some(
        (h) =>
          h.data.request &&
          cs.includes(clauses[h.start]!) &&
          !raw.some((o) => o.start <= h.start && h.end <= o.end && o.end - o.start > h.end - h.start) &&
          (h.data.roles.some(presumesFault) || saysFault()),
      );
    // A group that holds only where nothing is said to be wrong (有人用过吗 … 我按了没反应).
    for (const group of groupHits.keys()) {
      if (rules.cues[group]!.unlessFault !== true || rules.cues[group]!.tone === true || !saysFault()) continue;
      if (ignored) for (const t of out.get(group)!) ignored.push({ term: t, why: '消息里说了出什么问题：是在反映问题' });
      out.delete(group);
    }
    // An asking group of the whole message (问一下, 有没有人知道) gives way in the same way.
    for (const [group, own] of groupHits) {
      if (rules.cues[group]!.asking !== true || scopes[group] !== 'message') continue;
      if (!asksFor(own.map((h) => clauses[h.start]!))) continue;
      if (ignored)
        for (const t of out.get(group)!) ignored.push({ term: t, why: '同一分句里在要求处理，问的是什么时候有人来管，不是打听消息' });
      out.delete(group);
    }
    // A clause-scoped group speaks for its own clauses; a span-scoped one (别的小区, 万一哪天 …)
    // also for the following clauses until a "here" word (咱们, 我家). When some category or
    // hazard term (as found in the raw text, the same for the bound and the exact score) lies
    // outside, the message may be a report of its own and the group is dropped.
    if (scopedClauses !== null) {
      let anchors: number[] | null = null;
      let nowAnchors: number[] | null = null;
      for (const [group, cs] of scopedClauses) {
        // An offer (专业维修) with a contact (电话：…) anywhere in the message is an advert: both speak for
        // all of it. A case (遇到…) with advice (第一时间…) is a tip: with `ownClauses` they speak for the
        // clauses from the first to the last of theirs, and a thing said to be wrong outside them is a
        // message of its own (我家水管冻裂了…其他邻居提前做好保温，不然就麻烦了).
        const met = partners[group]?.filter((p) => groupHits.has(p));
        let pairFrom = -1;
        let pairTo = -1;
        if (met !== undefined && met.length > 0) {
          if (rules.cues[group]!.ownClauses !== true) continue;
          pairFrom = Math.min(...cs);
          pairTo = Math.max(...cs);
          for (const p of met)
            for (const o of groupHits.get(p)!) {
              pairFrom = Math.min(pairFrom, clauses[o.start]!);
              pairTo = Math.max(pairTo, clauses[o.start]!);
            }
        } else if (rules.cues[group]!.onlyTogether === true) {
          // A tip's case (遇到…) or an advert's contact (联系我) alone says nothing about the message.
          if (ignored)
            for (const t of out.get(group)!) ignored.push({ term: t, why: `「${rules.cues[group]!.label}」要和另一组词一起出现才算` });
          out.delete(group);
          continue;
        }
        // 路灯太暗看不清 笑死, …明天来，大家注意避让: a tone word or an instruction to all in the last
        // clause, with no request, complaint or waiting said anywhere, tells how the whole message is meant.
        // (Nor with a danger near people: 拿着刀在追人…大家先别下楼 warns, it does not inform.)
        if (
          rules.cues[group]!.tone === true &&
          inLastClause(reply, clauses, groupHits.get(group)!) &&
          !raw.some((h) => isPressed(h) || (h.data.hazard && dangerIn(h) !== null)) &&
          (rules.cues[group]!.unlessFault !== true || !saysFault())
        )
          continue;
        let covered: (c: number) => boolean;
        if (pairFrom >= 0) {
          covered = (c) => c >= pairFrom && c <= pairTo;
        } else if (scopes[group] === 'clause') {
          covered = (c) => cs.includes(c);
        } else {
          // A story of the past (小时候) ends where the talk comes back to now (现在, 最近), not at a
          // "here" word: a story of the past is mostly of here (那年大雨，我们这楼…).
          let a: number[];
          if (rules.cues[group]!.past === true) {
            nowAnchors ??= clausesHolding(now, reply, clauses);
            a = nowAnchors;
          } else {
            anchors ??= clausesHolding(here, reply, clauses);
            a = anchors;
          }
          // Covered: some clause of the group at or before it, and no "here" word in between; nor one
          // after the group's word in that clause itself (出差回到家一看，…: the clauses past it are here).
          const own = groupHits.get(group)!;
          const backInClause = (k: number) =>
            rules.cues[group]!.place === true &&
            own.some(
              (o) =>
                clauses[o.start] === k &&
                here.some((w) => {
                  const at = reply.indexOf(w, o.end);
                  return at >= 0 && clauses[at] === k;
                }),
            );
          covered = (c) => {
            let from = -1;
            for (const k of cs) if (k <= c && k > from) from = k;
            return from >= 0 && !a.some((x) => x > from && x <= c) && !(c > from && backInClause(from));
          };
          // A belief explained away (…还以为又是装修，后来才知道是…; 还以为楼上又漏水了，原来是冷凝水滴到我家窗台上)
          // is the story of the whole message: what was heard or seen before it, and the "here" of
          // the explanation, are part of the mistake, unless a request, complaint or waiting is said
          // outside the belief's own clause.
          if (rules.cues[group]!.belief === true && explainedAway(reply, clauses, groupHits.get(group)![0]!)) covered = () => true;
        }
        // A span speaks for a topic, so any category term past it drops it; a short word in a
        // clause (谢谢, 好了) gives way only to a problem or a request said in another clause.
        const g = rules.cues[group]!;
        const startsInside = (h: Hit) => raw.some((o) => o.start <= h.start && h.start < o.end && o.end - o.start > h.end - h.start);
        // A negated claim (不麻烦物业了, 没坏, 不返味: also what starts inside one, 黑了 of 不用摸黑了) asks for nothing;
        // nor does a fault denied or asked about (不是漏水, 复印件行不行).
        const negated = (h: Hit) =>
          raw.some((o) => o.start <= h.start && h.start < o.end && negation.isNegated(reply, o.start)) ||
          (h.data.fault && negation.isFaultUntold(reply, h, raw));
        // A place elsewhere also gives way to a request or complaint said past it, back here
        // (他们小区早装了充电桩，咱们小区什么时候能装); a what-if's fear is part of the what-if.
        // Who is asked (物业 of 咱们是找物业还是找社区) is no topic of the message's own.
        // Past a tip or an advert only a thing said to be wrong counts: not a word to all (冬天大家注意)
        // nor a thing asked about (电梯坏了？专业维修…), which are part of the tip or the advert.
        const counts =
          pairFrom >= 0
            ? (h: Hit) =>
                h.data.fault &&
                !negated(h) &&
                !asked(reply, clauses, h.start) &&
                raw.some((o) => clauses[o.start] === clauses[h.start] && o.data.roles.some(isThing))
            : scopes[group] === 'span'
              ? g.place === true
                ? (h: Hit) => isSubject(h) || (h.data.request && !negated(h))
                : g.past === true
                  ? // Past its end (一直, 没人管), a fault or a claim is of now too (早些年装的电梯，三天两头坏).
                    (h: Hit) => isSubject(h) || (isClaim(h) && !negated(h)) || h.data.fault
                  : isSubject
              : g.polite === true
                ? isTopical
                : // Asking (请问) gives way to no mere who-to-ask (报修找谁) while nothing is said to be wrong;
                  // nothing gives way to a claim that starts inside a longer term (坏了 of 高兴坏了; 太高 of
                  // 老太太高兴, cut at that term's end): the longer term is what is said.
                  (h: Hit) =>
                    isClaim(h) &&
                    !negated(h) &&
                    !(g.asking === true && onlyInquiry(h) && !saysFault()) &&
                    !startsInside(h) &&
                    !isEffort(reply, h);
        // An asking group (请问, 多久) with a request in its own clause asks for action (请问什么时候能修).
        const asksForAction = g.asking === true && asksFor(cs);
        const own = groupHits.get(group)!;
        const first = own[0]!;
        // A thanks after a request signs it off (麻烦快来谢谢).
        const signsOff = g.signOff === true && raw.some((h) => h.data.request && h.end <= first.start);
        // A resolution (就好了) closes what was said before it: it gives way only to a claim after it
        // (修好了又坏了; not one inside its own words: 不用担心了), or when it is asked for (尽快修好, 修好了吗).
        // A claim after it that does not reopen it: inside its own words (不用担心了), resolved right
        // after it (味道小多了), or what another "not a report" word before it in its clause is about
        // (谢谢网格员帮忙; not the resolution itself: 刚修好了现在又漏水了 is one run-on clause).
        // A hazard that needs an exposure (喷, 味) is a claim only with one near it.
        const settled = (h: Hit) =>
          (h.data.hazardNeeds !== null && !h.data.roles.some(isSaid) && dangerIn(h) === null) ||
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
        const reopened =
          g.closes === true &&
          (raw.some(
            (h) =>
              (counts(h) || (h.data.roles.some(isReopening) && !negated(h))) &&
              h.start >= first.end &&
              !settled(h) &&
              !toldAsBefore(h, first.end),
          ) ||
            // 快派人修好 wishes for the fix; 第二天就派人弄好了 tells it.
            raw.some((h) => h.data.request && h.end === first.start && !DONE_BEFORE.some((w) => reply.endsWith(w, h.start))) ||
            questionEnds.some((q) => reply.startsWith(q, first.end)));
        const elsewhere = g.closes !== true && raw.some((h) => counts(h) && !covered(clauses[h.start]!));
        // 我以为我家跳闸，出门一看楼道全黑: what is seen after the belief is the problem.
        const seen = g.belief === true ? realityAfter(reply, own[0]!.end) : -1;
        // 我还当是小问题，电梯门关不严: a belief whose clause names no thing or fault (who is asked does not count:
        // 本以为物业早就知道了，…) is not about the fault told after it.
        // (When nothing is found after it, neither 一看 nor 原来: a mistaken alarm says what was found.)
        const believedOther =
          g.belief === true &&
          !reality.some((w) => reply.includes(w, first.end)) &&
          !raw.some((h) => isSubject(h) && h.start >= first.end && clauses[h.start] === clauses[first.start]);
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
                !negated(h) &&
                backHere.some((w) => {
                  const at = reply.indexOf(w, first.end);
                  return at >= 0 && at + w.length <= h.start;
                }),
            ));
        // 以为是我家跳闸，原来是整栋楼停电了，到现在还没来电: a request, complaint or waiting told after what
        // was found (原来, 结果), past its clause, says the fault found is real and lasts.
        const found = g.belief === true ? firstRealityEnd(reply, first.end) : -1;
        const pressedAfter =
          found >= 0 &&
          raw.some(
            (h) => isPressed(h) && h.start >= found && clauses[h.start]! > clauses[found - 1]! && !negation.isNegated(reply, h.start),
          );
        const believedFix =
          beliefs.broken?.has(group) === true ||
          believedOther ||
          pressedAfter ||
          (seen >= 0 && raw.some((h) => h.start >= seen && counts(h)));
        if (asksForAction || signsOff || reopened || elsewhere || believedFix || stillNow) {
          if (ignored)
            for (const t of out.get(group)!)
              ignored.push({
                term: t,
                why: asksForAction
                  ? `同一分句里在要求处理，问的是什么时候有人来管，不是打听消息`
                  : signsOff
                    ? '跟在请求后面，是客气的结尾，不是在感谢'
                    : reopened
                      ? '后面又说了问题，或是在盼着、问着修好，事情没有了结'
                      : stillNow
                        ? '回忆一直说到了现在（到现在、至今）：说的是眼下还没解决的问题'
                        : believedFix
                          ? '以为的是已经好了、有人会来管或别的事，或者“一看、结果”后面说的才是问题：问题是真的，不是误会'
                          : `「${g.label}」只管它所在的分句，别的分句里还说着问题`,
              });
          out.delete(group);
        }
      }
    }
    return out;
  };
}

/** The sum of the weights of the groups found, leaving out the groups in `skip`. */
export function negativeSum(negative: NegativeCues, rules: Rules, skip?: ReadonlySet<number>): number {
  let sum = 0;
  for (const group of negative.keys()) if (!skip?.has(group)) sum += rules.cues[group]!.weight;
  return sum;
}

/** The clause of every occurrence of every one of `words` in `reply`. */
function clausesHolding(words: readonly string[], reply: string, clauses: Int32Array): number[] {
  const found: number[] = [];
  for (const w of words) for (let at = reply.indexOf(w); at >= 0; at = reply.indexOf(w, at + 1)) found.push(clauses[at]!);
  return found;
}

/** Whether the clause of `at` ends in a question mark (电梯坏了？). */
function asked(reply: string, clauses: Int32Array, at: number): boolean {
  const end = clauseEnd(clauses, at, reply.length);
  return end < reply.length && QUESTION_MARKS.includes(reply[end]!);
}

const QUESTION_MARKS = ['？', '?'];

/** Whether the last of these hits lies in the message's last clause (punctuation, symbols and spaces after it aside). */
function inLastClause(reply: string, clauses: Int32Array, own: readonly Hit[]): boolean {
  let end = reply.length - 1;
  while (end > 0 && /[\s\p{P}\p{S}]/u.test(reply[end]!)) end--;
  return clauses[own[own.length - 1]!.start] === clauses[end];
}

function isTopical(h: Hit): boolean {
  return h.data.topical;
}

/** Right before a request that comes right before a fix, these tell that it was done (就派人弄好了), not wished. */
const DONE_BEFORE = ['就', '已经', '已', '当天', '马上就'];

/** A topical hit that is more than who is asked (物业, 社区 as addressees): a thing, a fault, a danger. */
function isSubject(h: Hit): boolean {
  return h.data.roles.some(
    (r) =>
      (r.kind === 'object' && !r.agent) || r.kind === 'problem' || r.kind === 'category-cue' || r.kind === 'hazard' || r.kind === 'urgent',
  );
}

/** A thing of some category (电梯, 水管), not who is asked (物业). */
function isThing(r: TermRole): boolean {
  return r.kind === 'object' && !r.agent;
}

function isProblem(r: TermRole): boolean {
  return r.kind === 'problem' || r.kind === 'generic-problem';
}

function isObject(r: TermRole): boolean {
  return r.kind === 'object';
}

function isClaim(h: Hit): boolean {
  return h.data.claim;
}
