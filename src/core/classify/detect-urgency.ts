// The urgency layer. A message is urgent when a hazard (fire, gas, sparks, water on electrics,
// something fallen or open, someone trapped, hurt or out of contact …) meets what it endangers
// (people, electrics, a walkway, a vulnerable person …) within a few clauses, and nothing in
// the hazard's clause cancels it (如果, 万一, 差点; a condition that asks the reader, 如有人管请回复：…,
// only up to its request: conditional-request.ts) or denies it (不是着火, 没漏电), and no
// word after it (in its clause or a later one) says it is over (救出来了, 扑灭了: "it happened,
// now it is over"; 灯修好了，电箱在冒火花 and 刚装上了又被偷了 are still urgent). A canceller that is part of the hazard's own
// words does not cancel it (差点掉进去 says a hole is open: someone nearly fell in). Hazard and exposure classes are data
// (rules/urgency.yaml); a category file may add hazards that count only when the message names
// that category well enough (有点味 for gas), even when another category wins (物业电话没人接).
import { clauseBefore, clauseEnd, onlyMarks } from './clause-ids.js';
import type { Hit } from './compile-terms.js';
import { createConditionalRequests } from './conditional-request.js';
import { createNotPast } from './not-past.js';
import type { Negation } from './negation.js';
import type { Rules } from './rules.js';

export interface UrgentFinding {
  /** The hazard term found. */
  term: string;
  /** What kind of danger it is (Chinese). */
  hazard: string;
  /** The urgency.yaml hazard kind (fire, flood …), or null for a category's own hazard term. */
  kind: string | null;
  /** The exposure term it was paired with, when the hazard needs one. */
  exposure: string | null;
  /** That exposure is a thing in danger (its class has `thing: true`), not a person or a place. */
  thing: boolean;
  /** The category of the thing a hazard befalls (`at`: 配电箱 of 配电箱冒黑烟 is power's), or null. */
  thingOf: string | null;
  /** The category whose own hazard term this is (有点味 for gas), or null for a hazard of urgency.yaml. */
  category: string | null;
}

export interface Urgency {
  urgent: boolean;
  found: UrgentFinding[];
  /** Hazards that did not count, and why (Chinese). */
  cancelled: { term: string; why: string }[];
  /** Category for an urgent message that no category decides (from exposure or hazard), or null. */
  fallback: string | null;
  /** The categories of the urgency.yaml hazards found (fire: security, gas smell: gas), first found first. */
  categories: readonly string[];
}

/** `named`: the categories the message names well enough (best first). */
export type UrgencyDetector = (hits: Hit[], reply: string, clauses: Int32Array, named: readonly string[]) => Urgency;

export const NOT_URGENT: Urgency = { urgent: false, found: [], cancelled: [], fallback: null, categories: [] };

interface Span {
  start: number;
  end: number;
}

/**
 * The first exposure of a wanted kind within `window` clauses, outside the words of the hazard
 * itself (锁在里面 is not what it endangers: 在里面) and of an exposure already paired with it.
 */
function nearBy<X extends Span & { exposure: number; clause: number }>(
  exposed: X[] | null,
  want: readonly number[],
  clause: number,
  window: number,
  hazard: Span,
  other: Span | null,
): X | null {
  if (exposed === null) return null;
  for (const x of exposed)
    if (want.includes(x.exposure) && Math.abs(x.clause - clause) <= window && apart(x, hazard) && apart(x, other)) return x;
  return null;
}

function apart(x: Span, a: Span | null): boolean {
  return a === null || x.end <= a.start || x.start >= a.end;
}

/** `cut`: the segmenter's words of a short text (see conditional-request.ts). */
export function createUrgencyDetector(rules: Rules, negation: Negation, cut: (text: string) => string[]): UrgencyDetector {
  const { hazards, exposures } = rules.urgency;
  const kinds = new Map(exposures.map((x, i) => [x.kind, i]));
  const indices = (ks: readonly string[] = []) => ks.map((k) => kinds.get(k)).filter((i): i is number => i !== undefined);
  const needs = hazards.map((h) => indices(h.needs));
  const also = hazards.map((h) => indices(h.also));
  const at = hazards.map((h) => indices(h.at));
  const unless = hazards.map((h) => indices(h.unless));
  // Exposure classes no hazard needs (有人管) only mask the exposures inside them (有人).
  const needed = new Set([...needs.flat(), ...also.flat(), ...at.flat(), ...unless.flat()]);
  const masking = exposures.map((_, i) => !needed.has(i));
  const notPast = createNotPast(rules.language);
  const consequences = rules.language.consequences ?? [];
  const isCondition = (h: Hit) => h.data.roles.some((r) => r.kind === 'cue' && rules.cues[r.group]!.condition === true);
  const conditionalRequests = createConditionalRequests(rules, cut);
  /** A condition that asks the reader (如有人管请回复：…) and does not reach `at`. */
  const reachesNot = (hits: Hit[], reply: string, clauses: Int32Array, w: Hit, at: number) => {
    if (!hits.some((o) => o.start === w.start && o.end === w.end && isCondition(o))) return false;
    const r = conditionalRequests(reply, clauses, [w], hits).get(clauses[w.start]!);
    return r !== undefined && (at < r.from || at >= r.to);
  };
  /**
   * The condition (万一, 要是) whose consequence the clause of `at` tells: it is in the clause before,
   * and this one opens with a consequence word (万一有人踩上去，就掉下去了), or null.
   */
  const supposedBy = (hits: Hit[], reply: string, clauses: Int32Array, at: number): Hit | null => {
    const clause = clauses[at]!;
    let from = at - clauseBefore(reply, clauses, at).length;
    while (from < at && /[\s\p{P}]/u.test(reply[from]!)) from++;
    if (!consequences.some((w) => reply.startsWith(w, from))) return null;
    return hits.find((c) => clauses[c.start] === clause - 1 && isCondition(c) && !negation.isNegated(reply, c.start)) ?? null;
  };
  const persists = rules.urgency.persists ?? [];
  const prohibit = rules.urgency.prohibit ?? [];
  /** Whether the over word `term` ends a danger of `kind` (a hazard kind, or the category of its own danger word). */
  const endsKind = limitedTo(rules.urgency.over_only);
  /** Whether the cancel word `term` cancels a danger of `kind` (地漏 cancels a gas smell, not a flood). */
  const cancelsKind = limitedTo(rules.urgency.cancel_only);
  const degree = rules.urgency.degree ?? [];
  /** A word of `persists` after `from` in the clause that ends at `end` (关了阀门还在响). */
  const goesOn = (reply: string, from: number, end: number) =>
    persists.some((w) => {
      const at = reply.indexOf(w, from);
      return at >= 0 && at + w.length <= end;
    });
  /**
   * A word of `prohibit` ends right before `at` (别打119, 不用叫消防), unless it is the second half of
   * an either-or question (要不要打120, 用不用叫消防: 要 + 不要).
   */
  const forbids = (reply: string, at: number) =>
    prohibit.some((w) => {
      const from = at - w.length;
      return from >= 0 && reply.startsWith(w, from) && !negation.isEitherOr(reply, from);
    });
  /**
   * A word of `degree` earlier in the clause, then 都 (都要, 都快) before `at`: the rest of the clause
   * says how far it goes (哭得家里都要被淹了, 热得人都被困在屋里出不来了), a figure of speech like 热得冒烟.
   */
  const degreeReaches = (reply: string, clauses: Int32Array, at: number) => {
    const before = clauseBefore(reply, clauses, at);
    return degree.some((w) => {
      const i = before.indexOf(w);
      if (i < 0) return false;
      const dou = before.indexOf('都', i + w.length);
      return dou >= 0 && dou - i - w.length <= EXTENT_GAP;
    });
  };
  /** One of `words` ends right before `at` (别 of 别打119, 挡 of 挡着了). */
  const endsBefore = (words: readonly string[], reply: string, at: number) =>
    words.some((w) => at >= w.length && reply.startsWith(w, at - w.length));
  return (hits, reply, clauses, named) => {
    let cancelWords: Hit[] | null = null;
    let overs: { clause: number; term: string; start: number; end: number }[] | null = null;
    let exposed: { exposure: number; clause: number; term: string; start: number; end: number }[] | null = null;
    let candidates: { hit: Hit; hazard: number; label: string; category?: string }[] | null = null;
    // The last request said (快帮忙, 赶紧叫): a word of the end after it in its clause (送到医院) is asked for, not told.
    let asked: { clause: number; end: number } | null = null;
    for (const h of hits) {
      if (h.data.request) asked = { clause: clauses[h.start]!, end: h.end };
      if (!h.data.urgency) continue;
      const clause = clauses[h.start]!;
      for (const r of h.data.roles) {
        if (r.kind === 'urgent-cancel') {
          cancelWords ??= [];
          cancelWords.push(h);
        } else if (r.kind === 'urgent-over') {
          // 还没救出来 says it is not over.
          // Hits come in text order, so the last one is the latest word that it is over. A hazard
          // inside those words (熏 in 在熏腊肉) is part of them, as one after them is.
          // 关了阀门还在响 says it is not over either, nor does 快帮忙送医院 (asked for); but a
          // word of the end closed by 了 after the request tells it done (物业派人敲下来了).
          if (
            !negation.isNegated(reply, h.start) &&
            !goesOn(reply, h.end, clauseEnd(clauses, h.end, reply.length)) &&
            !(asked !== null && asked.clause === clause && asked.end <= h.start && !h.term.endsWith('了'))
          ) {
            overs ??= [];
            overs.push({ clause, term: h.term, start: h.start, end: h.end });
          }
        } else if (r.kind === 'exposure') {
          // 那股味不是燃气: a denied exposure exposes nothing.
          if (negation.isDenied(reply, h.start)) continue;
          exposed ??= [];
          exposed.push({ exposure: r.exposure, clause, term: h.term, start: h.start, end: h.end });
        } else if (r.kind === 'hazard') {
          candidates ??= [];
          candidates.push({ hit: h, hazard: r.hazard, label: hazards[r.hazard]!.label });
        } else if (r.kind === 'urgent' && named.includes(r.category)) {
          const name = rules.categories.find((c) => c.code === r.category)?.name ?? r.category;
          candidates ??= [];
          candidates.push({ hit: h, hazard: -1, label: `${name}的险情`, category: r.category });
        }
      }
    }
    if (candidates === null) return NOT_URGENT;
    if (exposed?.some((x) => masking[x.exposure])) exposed = unmasked(exposed, masking);
    const found: UrgentFinding[] = [];
    const cancelled: Urgency['cancelled'] = [];
    let fallback: string | null = null;
    const categories: string[] = [];
    for (const c of candidates) {
      const h = c.hit;
      const clause = clauses[h.start]!;
      // 卫生间客厅都是 ends its clause: what fills the rooms was said before (屋里全是灰 says it is dust).
      if (
        c.hazard >= 0 &&
        hazards[c.hazard]!.ends_clause === true &&
        !onlyMarks(reply.slice(h.end, clauseEnd(clauses, h.start, reply.length)))
      )
        continue;
      let exposure: { exposure: number; term: string } | null = null;
      let befalls = false;
      if (c.hazard >= 0 && needs[c.hazard]!.length > 0) {
        const window = hazards[c.hazard]!.window;
        const first = nearBy(exposed, needs[c.hazard]!, clause, window, h, null);
        if (first === null) continue;
        // A second exposure, when the hazard needs one (a loose railing over a walkway).
        if (also[c.hazard]!.length > 0 && nearBy(exposed, also[c.hazard]!, clause, window, h, first) === null) continue;
        exposure = first;
      } else if (c.hazard >= 0 && at[c.hazard]!.length > 0) {
        // What it befalls, when said near it (充电桩冒烟): not needed, but it names the thing.
        exposure = nearBy(exposed, at[c.hazard]!, clause, hazards[c.hazard]!.window, h, null);
        befalls = exposure !== null;
      }
      // Something near that tells another cause (a smell by the drain, not the stove; smoke of a mosquito coil).
      const ruledOut = c.hazard >= 0 ? unless[c.hazard]! : [];
      if (ruledOut.length > 0 && nearBy(exposed, ruledOut, clause, hazards[c.hazard]!.window, h, null) !== null) continue;
      // A canceller inside the hazard's own words (差点 in 差点掉进去) is part of what it says; a
      // near miss (差点) speaks only of what comes after it.
      const kind = c.hazard >= 0 ? hazards[c.hazard]!.kind : (c.category ?? null);
      const cancel = cancelWords?.find(
        (w) =>
          clauses[w.start] === clause &&
          !isTimeWord(w) &&
          (w.start < h.start || (w.end > h.end && !isForward(w))) &&
          cancelsKind(w.term, kind) &&
          !reachesNot(hits, reply, clauses, w, h.start),
      );
      const past =
        cancel === undefined && cancelWords !== null
          ? pastBefore(cancelWords, h, (w) => notPast(reply, clauses, w.start, w.end))
          : undefined;
      const supposed =
        cancel === undefined && past === undefined && consequences.length > 0 ? supposedBy(hits, reply, clauses, h.start) : null;
      // The latest word after it that ends a danger of its kind (拉了闸 ends sparks, not a flood).
      let over: { term: string } | undefined;
      if (overs !== null)
        for (let i = overs.length - 1; i >= 0 && over === undefined; i--) {
          const o = overs[i]!;
          if ((o.clause > clause || (o.clause === clause && o.end > h.start)) && endsKind(o.term, kind)) over = o;
        }
      const why =
        cancel !== undefined
          ? `同一分句里有「${cancel.term}」（假设、差点或已经没事）`
          : supposed !== null
            ? `前一个分句有「${supposed.term}」：这里说的是假设的后果`
            : past !== undefined
              ? `前面说了「${past.term}」，讲的是过去的事`
              : over !== undefined
                ? `后面说了「${over.term}」，险情已经过去`
                : negation.isInCompound(reply, h, hits)
                  ? '是“漏电保护器”这样的东西的名字的一部分，不是出了事'
                  : negation.isNegated(reply, h.start)
                    ? '前面有否定词'
                    : forbids(reply, h.start)
                      ? '前面说了不用、别（别打119）'
                      : endsBefore(degree, reply, h.start) || degreeReaches(reply, clauses, h.start)
                        ? '说的是有多厉害（热得冒烟、多到爆炸、哭得家里都要被淹了），是个比方，不是险情'
                        : c.hazard >= 0 && endsBefore(hazards[c.hazard]!.not_after ?? [], reply, h.start)
                          ? '它和前面的字是另一个词（挡着了、睡着了）'
                          : negation.isDenied(reply, h.start)
                            ? '前面说了“不是”'
                            : null;
      if (why !== null) {
        cancelled.push({ term: h.term, why });
        continue;
      }
      found.push({
        term: h.term,
        hazard: c.label,
        kind: c.hazard >= 0 ? hazards[c.hazard]!.kind : null,
        exposure: exposure?.term ?? null,
        thing: exposure !== null && exposures[exposure.exposure]!.thing === true,
        thingOf: befalls && exposure !== null ? (exposures[exposure.exposure]!.category ?? null) : null,
        category: c.category ?? null,
      });
      if (c.hazard >= 0) {
        const own = hazards[c.hazard]!.category;
        if (own !== null && !categories.includes(own)) categories.push(own);
        fallback ??= (exposure && exposures[exposure.exposure]!.category) ?? own;
      }
    }
    return { urgent: found.length > 0, found, cancelled, fallback, categories };
  };
}

/**
 * For a word list limited by kind (over_only, cancel_only: word → the kinds it applies to), whether
 * `term` applies to a danger of `kind`; a word the list does not name applies to every kind.
 */
function limitedTo(only: Record<string, string[]> | undefined): (term: string, kind: string | null) => boolean {
  const kindsOf = new Map(Object.entries(only ?? {}));
  return (term, kind) => {
    const kinds = kindsOf.get(term);
    return kinds === undefined || (kind !== null && kinds.includes(kind));
  };
}

/** At most this many characters between the degree word and its 都 (热得 + 人 + 都, 哭得 + 家里 + 都). */
const EXTENT_GAP = 4;

/** The exposures not inside an exposure of a masking class (有人 inside 有人管). */
function unmasked<T extends { exposure: number; start: number; end: number }>(exposed: T[], masking: boolean[]): T[] {
  const masks = exposed.filter((x) => masking[x.exposure]);
  return exposed.filter((x) => !masking[x.exposure] && !masks.some((m) => m.start <= x.start && x.end <= m.end));
}

/** A word of `past` or `now`: it cancels nothing in its clause by itself (see pastBefore). */
function isTimeWord(h: Hit): boolean {
  return h.data.roles.some((r) => r.kind === 'urgent-cancel' && (r.past === true || r.now === true));
}

/**
 * The latest past-time word (那几年) before the hazard, unless a word of now (现在, 又) comes
 * between them: the story it sets in the past runs on to the hazard. A word that dates a thing
 * (早些年装的燃气管) or says when within a story of now (昨晚那会儿) sets nothing in the past.
 */
function pastBefore(words: Hit[], hazard: Hit, notPast: (w: Hit) => boolean): Hit | undefined {
  let past: Hit | undefined;
  for (const w of words) {
    if (w.end > hazard.start) break;
    for (const r of w.data.roles) {
      if (r.kind !== 'urgent-cancel') continue;
      if (r.past === true && !notPast(w)) past = w;
      else if (r.now === true) past = undefined;
    }
  }
  return past;
}

/** A near miss (差点): it cancels only the hazards after it. */
function isForward(h: Hit): boolean {
  return h.data.roles.some((r) => r.kind === 'urgent-cancel' && r.forward === true);
}
