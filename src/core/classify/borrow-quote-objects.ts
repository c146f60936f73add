// A reply is about the quoted thing when it names no object and only says "still / again / fixed
// my foot" (好个啥 又停了), or when it says what is wrong with a kind of thing that only the quote
// names (quote 电梯又停了 → 停一天了 老太太下不了楼), or when it answers no to whether it is fixed
// (quote 电梯修好了吗 → 没有 还停着 都一个礼拜了), or when it tells of a danger at the quoted thing
// (quote 谁家电梯在响警铃 → 里面关着人 门扒不开). The quote's objects (in the second case, those
// of the kinds whose problems the reply names) are put in front of the reply, in its first clause.
import type { Hit, TermInfo, TermRole } from './compile-terms.js';
import { inLonger } from './in-longer.js';
import type { Rules } from './rules.js';
import type { TermIndex } from './term-index.js';

/** `placed`: the reply names a building or place of its own (3号楼一单元也是). */
export type QuoteObjectBorrower = (
  quote: string | null,
  reply: string,
  raw: Hit[],
  author?: string | null,
  placed?: boolean,
) => string | null;

export function createQuoteObjectBorrower(rules: Rules, index: TermIndex<TermInfo>): QuoteObjectBorrower {
  const quoteGroups = rules.cues.map((g) => g.quoteObjects === true);
  const isQuoteCue = (h: Hit) => h.data.roles.some((r) => r.kind === 'cue' && quoteGroups[r.group]!);
  const isFix = (r: TermRole) => r.kind === 'cue' && rules.cues[r.group]!.closes === true;
  const questionEnds = rules.language.questionEnds ?? [];
  const noWords = [...(rules.language.notYet ?? []), ...rules.language.negation];
  /** The quote asks whether it is fixed (电梯修好了吗) and the reply starts by saying no (没有 还停着). */
  const deniesFix = (quote: string, said: Hit[], reply: string) =>
    noWords.some((w) => reply.startsWith(w)) &&
    said.some((h) => h.data.roles.some(isFix) && questionEnds.some((q) => quote.startsWith(q, h.end)));
  const agree = rules.language.agree ?? [];
  const same = rules.language.same ?? [];
  // A run of clause breaks, as clause-ids.ts reads them (each character of a break counts).
  const breakRun = new RegExp(`[${[...rules.language.clauseBreaks.join('')].map((c) => c.replace(/[\\\]^-]/g, '\\$&')).join('')}]+`);
  /** Where the first clause of `text` ends. */
  const firstClauseEnd = (text: string) => {
    const at = text.search(breakRun);
    return at < 0 ? text.length : at;
  };
  /**
   * The reply says "here too" in its first clause (3号楼一单元也是), or agrees (对 …) and goes on to
   * say something of its own: a fault, a claim, that it drags on, or where (对 8号楼2单元 马桶冲不下去).
   * A bare yes followed by chatter (对 拍了几张照片, 是的 我也看到新闻了) only chats along.
   */
  const agrees = (reply: string, raw: Hit[], placed: boolean) => {
    const opening = reply.trimStart();
    const first = opening.slice(0, firstClauseEnd(opening));
    if (same.some((w) => first.includes(w))) return true;
    if (!agree.some((w) => opening.startsWith(w) && (opening.length === w.length || !isWordChar(opening[w.length]!)))) return false;
    return placed || tells(raw);
  };
  const denyAnswers = rules.language.denyAnswers ?? [];
  const askWords = [...rules.language.question, '吗', '？', '?'];
  const here = rules.places.here ?? [];
  /**
   * The quote asks whether something is wrong (是不是停电了？) and a clause of the reply is only a bare no
   * (没有啊); a reply that goes on to its own home (没有啊 我家水龙头一直滴) still tells its own fault.
   */
  const denies = (quote: string, said: Hit[], reply: string) =>
    askWords.some((w) => quote.includes(w)) &&
    !here.some((w) => reply.includes(w)) &&
    said.some((h) => h.data.hazard || h.data.roles.some(isProblem)) &&
    reply.split(breakRun).some((c) => denyAnswers.includes(c.trim()));
  const staff = rules.language.staffAuthors ?? [];
  const rebuttals = rules.language.rebuttals ?? [];
  /** The reply opens by throwing the quote's words back (巡逻？, 整改啥了): it disputes what the quote claims. */
  const rebuts = (quote: string, reply: string) => {
    const opening = reply.trimStart();
    const end = firstClauseEnd(opening);
    const first = opening.slice(0, end);
    const asked = opening[end] === '？' || opening[end] === '?';
    const suffix = rebuttals.find((w) => first.endsWith(w) && first.length > w.length);
    const stem = asked ? first : suffix !== undefined ? first.slice(0, first.length - suffix.length) : null;
    if (stem !== null && stem.length >= 2 && stem.length <= 6 && quote.includes(stem)) return true;
    // 修啥修, 好什么好: the quoted word said twice around 啥/什么 throws it back even when it is one character.
    const echo = /^(\p{Script=Han}{1,3})(?:啥|什么)\1$/u.exec(first);
    return echo !== null && quote.includes(echo[1]!);
  };
  const complains = (r: TermRole) => r.kind === 'cue' && (rules.cues[r.group]!.claim === true || rules.cues[r.group]!.waiting === true);
  const isAsking = (r: TermRole) => r.kind === 'cue' && rules.cues[r.group]!.asking === true;
  /** Says something of its own: a fault, a claim, that it drags on, or a danger. */
  const tells = (hits: readonly Hit[]) =>
    hits.some((h) => (h.data.claim || h.data.hazard || h.data.roles.some(complains)) && !inLonger(h, hits));
  /**
   * The quote only asks for information (谁知道社保在哪交) and the reply tells nothing of its own
   * (社区一楼窗口就可以 带身份证): it answers the inquiry.
   */
  const answers = (said: readonly Hit[], raw: readonly Hit[]) =>
    said.some((h) => h.data.roles.some(isAsking)) && !tells(said) && !tells(raw);
  return (quote, reply, raw, author = null, placed = false) => {
    if (quote === null) return null;
    const said = index.findAll(quote);
    // 「是不是停电了？」我这边 没有啊 …: the reply says no to the quoted fault.
    const denyAs = rules.language.denyAs;
    if (denyAs !== undefined && denies(quote, said, reply)) return `${denyAs}，${reply}`;
    // 「谁知道社区开证明要带啥」带户口本和身份证就行: the reply answers an inquiry.
    const answerAs = rules.language.answerAs;
    if (answerAs !== undefined && answers(said, raw)) return `${answerAs}，${reply}`;
    // 「物业客服：已经登记了」登记一个月了 还是没人来 你们到底管不管: a complaint that names nothing,
    // answering staff whose words name nothing either, is about the service of the one quoted.
    if (
      author !== null &&
      staff.some((w) => author.includes(w)) &&
      !raw.some((h) => h.data.roles.some(isObject)) &&
      raw.some((h) => h.data.roles.some(complains)) &&
      !said.some((h) => h.data.roles.some(isObject))
    )
      return `${author}，${reply}`;
    // 「保安：晚上有巡逻的」巡逻？昨晚我电瓶被偷了; 「城管：已通知整改」整改啥了 …: the reply disputes the
    // quote's claim, so it is about the quoted thing and the one quoted.
    if (rebuts(quote, reply)) {
      const told = [...new Set(said.filter((h) => h.data.roles.some(isObject)).map((h) => h.term))];
      const who = author !== null ? [author] : [];
      if (told.length + who.length > 0) return `${[...who, ...told].join('、')}：${reply}`;
    }
    // 「下水又堵了？」对 8号楼2单元…; 「我们楼的灯也不亮」3号楼一单元也是: the quote's fault is the reply's.
    if (agrees(reply, raw, placed)) {
      if (said.some((h) => h.data.roles.some(isProblem)) && !said.some((h) => h.data.roles.some(isFix))) {
        const told = [...new Set(said.filter((h) => h.data.roles.some((r) => isObject(r) || isProblem(r))).map((h) => h.term))];
        return `${told.join('')}：${reply}`;
      }
    }
    const named = new Set(raw.flatMap((h) => h.data.roles.filter(isObject).map((r) => r.category)));
    const wrong = new Set(raw.flatMap((h) => h.data.roles.filter(isProblem).map((r) => r.category)));
    const notFixed = deniesFix(quote, said, reply);
    // Which of the quote's objects the reply is about: all when it names none and points back to
    // the quote, tells a danger (quote 谁家电梯在响警铃 → 里面关着人 门扒不开) or says the quoted
    // thing is not fixed, else those of the kinds it says something is
    // wrong with but does not name.
    const about =
      (named.size === 0 && raw.some((h) => isQuoteCue(h) || h.data.hazard)) || notFixed
        ? () => true
        : (r: ObjectRole) => wrong.has(r.category) && !named.has(r.category);
    if (!notFixed && wrong.size === 0 && named.size > 0) return null;
    const objects = [...new Set(said.filter((h) => h.data.roles.some((r) => isObject(r) && about(r))).map((h) => h.term))];
    return objects.length > 0 ? `${objects.join('、')}：${reply}` : null;
  };
}

/** Whether the character continues a word (对象 is no 对): letters and CJK, not punctuation or spaces. */
function isWordChar(ch: string): boolean {
  return /[\p{L}\p{N}]/u.test(ch);
}

type ObjectRole = Extract<TermRole, { kind: 'object' }>;

function isObject(r: TermRole): r is ObjectRole {
  return r.kind === 'object';
}

function isProblem(r: TermRole): r is Extract<TermRole, { kind: 'problem' }> {
  return r.kind === 'problem';
}
