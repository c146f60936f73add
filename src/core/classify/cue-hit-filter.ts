// The first stage of find-negative-cues.ts: whether a "not a report" cue counts where it stands.
// It does not when it names a place near here or a party working here, is a reply said after
// other words, dates a thing rather than the story, is negated or asked, passes on a worker's
// promise not kept, is what a belief took for true, wishes for a fix or tells of one elsewhere,
// or is the state of a danger (挪走了 of 井盖被人挪走了).
import { clauseBefore, onlyMarks } from './clause-ids.js';
import type { Hit, TermRole } from './compile-terms.js';
import type { CueMessage } from './cue-message.js';
import { cueFlagged } from './cue-roles.js';
import { inLonger } from './in-longer.js';
import type { CueTally } from './cue-tally.js';
import type { Negation } from './negation.js';
import { createNotPast } from './not-past.js';
import { extractBuilding } from './extract-building.js';
import type { Rules } from './rules.js';

export interface CueHitFilter {
  /**
   * A wish or a when-question earlier in the clause of `h` (要是换了就好了, 什么时候能修好), if any. A
   * word of one character (会, 能, 要) counts only as a word on its own: 物业会修好的, not 居委会修好了.
   */
  wishedBy(msg: CueMessage, h: Hit): string | null;
  /**
   * Why the negative cue `h` does not count where it stands, or null when it counts. A calming
   * word believed (还以为修好了) also breaks the belief in `tally`.
   */
  whyIgnored(h: Hit, msg: CueMessage, tally: CueTally): string | null;
}

/**
 * `cut`: the segmenter's words of a short text, to tell a one-character wish word on its own (会修好)
 * from one inside a word (居委会, 开会); called only when a closing term has one before it.
 */
export function createCueHitFilter(rules: Rules, negation: Negation, cut: (text: string) => string[]): CueHitFilter {
  const scopes = rules.cues.map((g) => g.scope ?? 'message');
  const nearSuffixes = rules.language.nearSuffixes ?? [];
  const nearPrefixes = rules.language.nearPrefixes ?? [];
  const perceive = rules.language.perceive ?? [];
  const others = rules.language.others ?? [];
  const irrealis = rules.language.irrealis ?? [];
  const relays = rules.language.relays ?? [];
  const relayedAfter = rules.language.relayedAfter ?? [];
  const speech = rules.language.speech ?? [];
  const isPlaceCue = cueFlagged(rules, 'place');
  const isPastCue = cueFlagged(rules, 'past');
  const isAlone = cueFlagged(rules, 'alone');
  const isClosing = cueFlagged(rules, 'closes');
  const isCondition = cueFlagged(rules, 'condition');
  const isWaiting = cueFlagged(rules, 'waiting');
  const isRelayable = cueFlagged(rules, 'relayed');
  /** A resolution or a phrase of a "not a report" group: believed, it says the writer thought all was well. */
  const isCalming = (r: TermRole) =>
    r.kind === 'cue' && rules.cues[r.group]!.weight < 0 && (rules.cues[r.group]!.closes === true || scopes[r.group] === 'message');
  const placeGroups = rules.cues.flatMap((g, i) => (g.place === true && scopes[i] === 'span' ? [i] : []));
  const notPast = createNotPast(rules.language);
  const first = createFirstInClause(rules);
  const wishedBy = (msg: CueMessage, h: Hit): string | null => {
    const before = clauseBefore(msg.reply, msg.clauses, h.start);
    let words: string[] | null = null;
    for (const w of irrealis) {
      if (!before.includes(w)) continue;
      if (w.length > 1) return w;
      words ??= cut(before + h.term);
      if (words.includes(w)) return w;
    }
    return null;
  };
  // A place elsewhere counted earlier in h's clause (别的小区 before 早热了), or undefined.
  const placeBefore = (h: Hit, clauses: Int32Array, tally: CueTally): Hit | undefined => {
    for (const g of placeGroups) {
      const found = tally.groupHits.get(g)?.find((o) => o.end <= h.start && clauses[o.start] === clauses[h.start]);
      if (found !== undefined) return found;
    }
    return undefined;
  };
  const whyIgnored = (h: Hit, msg: CueMessage, tally: CueTally): string | null => {
    const { raw, reply, clauses } = msg;
    // 学校门口, 医院旁边: a landmark near here, not a frame about somewhere else; 社区医院,
    // 施工单位: a place or a party of here.
    if (h.data.roles.some(isPlaceCue)) {
      if (nearSuffixes.some((s) => reply.startsWith(s, h.end))) return '后面跟着“门口、旁边”这类词，说的是附近的地方，不是在说别处';
      // 装修公司, 电梯公司: a thing of some category right before it makes it a party that works here.
      if (
        (nearPrefixes.some((s) => reply.endsWith(s, h.start)) && !perceive.some((w) => reply.endsWith(w, h.start))) ||
        raw.some((g) => g.end === h.start && g.data.roles.some(isObject))
      )
        return '前面是“社区、小区、施工”这类词，说的是本小区的地方或给本小区干活的单位，不是在说别处';
      // 3号楼那套老房子: a building of here names it.
      if (buildingRightBefore(clauseBefore(reply, clauses, h.start))) return '前面是楼号（3号楼那套），说的是本小区的房子，不是在说别处';
      // 朋友住5栋, 我姐家在3号楼: a home at a building of here.
      if (buildingRightAfter(reply.slice(h.end, h.end + 14))) return '后面是楼号（住5栋、在3号楼），说的是本小区的房子，不是在说别处';
    }
    if (h.data.roles.some(isAlone) && !first(reply, clauses, h))
      return '前面还有别的话（说好的、修好的）：是那句话的一部分，不是单独的应答';
    if (h.data.roles.some(isPastCue) && notPast(reply, clauses, h.start, h.end))
      return '说的是东西的年头（早些年装的、八几年的）或眼下这件事的时候（昨晚那会儿），不是在讲过去的事';
    // 说句得罪人的话: the only condition word that is also a noun phrase (…的 + 话, words) names what is said.
    if (h.term.endsWith('话') && h.data.roles.some(isCondition) && speech.some((w) => clauseBefore(reply, clauses, h.start).includes(w)))
      return '前面是“说句、说的”：是说的话，不是“如果……的话”';
    if (negation.isNegated(reply, h.start)) return '前面有否定词，意思反过来了';
    if (negation.isAsked(reply, h.start)) return '前面是“是否、有没有”，是在问，不是在说';
    // 是不是着火了, 有没有漏气: a denial that is the second half of an either-or question asks, it denies nothing.
    if (negation.isEitherOr(reply, h.start)) return '是“是不是、有没有”这样正反连着问，是在问，不是在说没有';
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
            !negation.isNegated(reply, o.start) &&
            // (not a word inside a longer one: 麻烦 in the thanks 麻烦你们了)
            !inLonger(o, raw),
        )
      )
        return '是转述工作人员的话，后面又说了问题或抱怨：答应了没做到，不算了结';
    }
    // 我还以为修好了, 还以为是我家自己的事: what is believed is not so, and the fault is real.
    if (tally.believed(h) && h.data.roles.some(isCalming)) {
      tally.breakBelief();
      return '前面说的是“以为”：是以为没事，其实有事';
    }
    if (h.data.roles.some(isClosing)) {
      const wish = irrealis.length > 0 ? wishedBy(msg, h) : null;
      if (wish !== null) return `同一分句前面有「${wish}」：是盼着好、问什么时候好，不是已经好了`;
      // 别的小区早热了: what is fine at another place (as counted so far) closes nothing here;
      // nor does what is fine for others (别的区都热了, 人家楼都修好了).
      const place = placeBefore(h, clauses, tally);
      if (place !== undefined) return `同一分句前面有「${place.term}」：好的是别处，不是这里`;
      if (others.length > 0) {
        const before = clauseBefore(reply, clauses, h.start);
        const other = others.find((w) => before.includes(w));
        if (other !== undefined) return `同一分句前面有「${other}」：好的是别人那里，不是这里`;
      }
    }
    const danger = msg.dangerIn(h);
    if (danger !== null) {
      const group = h.data.roles.find((r) => r.kind === 'cue' && rules.cues[r.group]!.weight < 0);
      const label = group?.kind === 'cue' ? rules.cues[group.group]!.label : '';
      return `它在这里说的是险情（${danger}），不是「${label}」`;
    }
    return null;
  };
  return { wishedBy, whyIgnored };
}

/**
 * Whether only a speaker (物业：), replies or interjections come before `h` in its clause. Every
 * character left that no such word holds must be a mark; only then are the words taken out.
 */
function createFirstInClause(rules: Rules): (reply: string, clauses: Int32Array, h: Hit) => boolean {
  /** Words that may stand before a reply said on its own: the replies themselves and interjections (嗯嗯好的, 哦收到). */
  const beforeReply = [...rules.cues.flatMap((g) => (g.alone === true ? g.terms : [])), ...(rules.language.interjections ?? [])].sort(
    (a, b) => b.length - a.length,
  );
  const held = new Set<number>();
  for (const w of beforeReply) for (let i = 0; i < w.length; i++) held.add(w.charCodeAt(i));
  return (reply, clauses, h) => {
    let before = clauseBefore(reply, clauses, h.start);
    before = before.slice(Math.max(before.lastIndexOf('：'), before.lastIndexOf(':')) + 1);
    if (!onlyMarksBesides(before, held)) return false;
    for (const w of beforeReply) if (before.includes(w)) before = before.replaceAll(w, '');
    return onlyMarks(before);
  };
}

/**
 * False when `text` has a character that is neither in `held` nor a mark: no taking out of words
 * made of `held` characters can leave only marks. (A surrogate half is left to the full test.)
 */
function onlyMarksBesides(text: string, held: ReadonlySet<number>): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (held.has(c) || (c >= 0xd800 && c <= 0xdfff)) continue;
    if (!onlyMarks(text[i]!)) return false;
  }
  return true;
}

function isObject(r: TermRole): boolean {
  return r.kind === 'object';
}

/** The text ends with a building, unit or zone, and at most a word that points at a thing in it (的, 那套). */
function buildingRightBefore(before: string): boolean {
  const rest = POINTERS.reduce((t, w) => (t.endsWith(w) ? t.slice(0, -w.length) : t), before);
  // The tail only: a place phrase is at most a dozen characters (A区12栋3单元), and extractBuilding finds the first.
  const building = extractBuilding(rest.slice(-12));
  return building !== null && rest.endsWith(building);
}

/** The text starts with a building, unit or zone, after at most a word that places it (在, 的). */
function buildingRightAfter(after: string): boolean {
  const rest = AT.reduce((t, w) => (t.startsWith(w) ? t.slice(w.length) : t), after);
  const building = extractBuilding(rest);
  return building !== null && rest.startsWith(building);
}

const AT = ['在', '的'];
const POINTERS = ['的', '那套', '那个', '那间', '这套', '这个'];
