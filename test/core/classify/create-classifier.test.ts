import { describe, expect, it } from 'vitest';
import { createWordPairs } from '../../../src/infra/jieba-boundaries.js';
import { createClassifier } from '../../../src/core/classify/create-classifier.js';
import type { CategoryRule, Rules } from '../../../src/core/classify/rules.js';
import type { Segmenter } from '../../../src/core/classify/types.js';

function category(code: string, over: Partial<CategoryRule> = {}): CategoryRule {
  return { code, name: code, enabled: true, priority: 0, objects: {}, problems: {}, aliases: {}, cues: {}, urgent: [], ...over };
}

const rules: Rules = {
  categories: [
    category('lighting', { objects: { 路灯: 3, 灯: 1 }, problems: { 不亮: 2 }, aliases: { 路等: '路灯' } }),
    category('elevator', { objects: { 电梯: 3 }, problems: { 困人: 3 }, urgent: ['困人'] }),
    category('parking', { enabled: false, objects: { 车位: 3 }, problems: { 被占: 3 } }),
    category('other', { priority: -1, objects: { 信号: 3 } }),
    category('security', { objects: { 门禁: 3 } }),
  ],
  problems: { 坏了: 2 },
  cues: [
    { kind: 'request', label: '请求', weight: 2, terms: ['麻烦', '快来人'] },
    { kind: 'fixed', label: '修好了', weight: -6, terms: ['亮了', '修好'] },
    { kind: 'ad', label: '广告', weight: -8, terms: ['私聊'] },
  ],
  urgency: {
    hazards: [
      { kind: 'fire', label: '着火', terms: ['着火'], needs: [], window: 0, category: 'security' },
      { kind: 'trapped', label: '被困', terms: ['关在'], needs: ['person'], window: 1, category: 'security' },
    ],
    exposures: [{ kind: 'person', label: '有人', terms: ['有人'], category: null }],
    cancel: ['如果'],
    over: ['救出来了'],
    outweighs: [],
    evidence: 4,
  },
  language: { negation: ['不', '没', '未', '没有'], denial: ['不是'], question: ['是不是'], clauseBreaks: ['，', '。', ' ', '\n'] },
  places: { zones: [] },
  thresholds: { report: 4, category: 2, categoryCap: 6, pair: 2, problemCap: 2 },
};

/** Splits at spaces and then into the listed words, else single characters. */
function wordSegmenter(words: string[]): Segmenter & { calls: number } {
  const seg = {
    calls: 0,
    cut(text: string): string[] {
      seg.calls++;
      const out: string[] = [];
      let i = 0;
      while (i < text.length) {
        const w = words.filter((x) => text.startsWith(x, i)).sort((a, b) => b.length - a.length)[0];
        const tok = w ?? text[i]!;
        out.push(tok);
        i += tok.length;
      }
      return out;
    },
  };
  return seg;
}

const words = [
  '路灯',
  '不亮',
  '电梯',
  '困人',
  '坏了',
  '麻烦',
  '亮了',
  '修好',
  '私聊',
  '着火',
  '如果',
  '门禁',
  '信号',
  '车位',
  '被占',
  '路等',
];

describe('createClassifier', () => {
  it('reports an object with a problem in the same clause, with the deciding terms', () => {
    const c = createClassifier(rules, wordSegmenter(words));
    expect(c.classify('3号楼路灯不亮')).toEqual({
      report: true,
      category: 'lighting',
      urgent: false,
      building: '3号楼',
      terms: ['路灯', '不亮'],
    });
  });

  it('does not report an object that is only mentioned', () => {
    expect(createClassifier(rules, wordSegmenter(words)).classify('路灯下面好热闹').report).toBe(false);
  });

  it('counts a request cue towards a report', () => {
    const r = createClassifier(rules, wordSegmenter(words)).classify('路灯那边麻烦看看');
    expect(r).toMatchObject({ report: true, category: 'lighting' });
    expect(r.terms).toContain('麻烦');
  });

  it('pairs a generic problem word with any category object', () => {
    const e = createClassifier(rules, wordSegmenter(words)).explain('电梯坏了');
    expect(e.categories[0]).toMatchObject({ code: 'elevator', pair: true, score: 5 });
    expect(e.result.terms).toEqual(['电梯', '坏了']);
  });

  it('does not pair an object and a problem from different clauses', () => {
    const e = createClassifier(rules, wordSegmenter(words)).explain('电梯很新，门口那个坏了');
    expect(e.categories[0]!.pair).toBe(false);
  });

  it('treats a typo alias like its canonical term but keeps the word as written', () => {
    const r = createClassifier(rules, wordSegmenter(words)).classify('路等不亮');
    expect(r).toMatchObject({ report: true, category: 'lighting', terms: ['路等', '不亮'] });
  });

  it('reads a problem written with 不 also with the other negation words (没亮 as 不亮)', () => {
    expect(createClassifier(rules, wordSegmenter([...words, '没亮'])).classify('路灯没亮')).toMatchObject({
      report: true,
      category: 'lighting',
      terms: ['路灯', '没亮'],
    });
  });

  it('lets a not-a-report cue cancel the report', () => {
    const r = createClassifier(rules, wordSegmenter(words)).classify('路灯修好了');
    expect(r).toEqual({ report: false, category: null, urgent: false, building: null, terms: [] });
  });

  it('ignores a negated not-a-report cue (不亮了 is not 亮了)', () => {
    const e = createClassifier(rules, wordSegmenter(['路灯', '不', '亮了'])).explain('路灯又不亮了');
    expect(e.cues).toEqual([]);
    expect(e.result.report).toBe(true);
  });

  it('caps what a long list of terms adds, so an advert stays an advert', () => {
    const r = createClassifier(rules, wordSegmenter(words)).classify('专修路灯不亮 电梯坏了 门禁 信号 私聊');
    expect(r.report).toBe(false);
  });

  it('drops a term that straddles two segmenter words', () => {
    // 车位 across the words 停车 | 位置: not a match.
    const e = createClassifier(rules, wordSegmenter(['停车', '位置', '被占'])).explain('停车位置被占');
    expect(e.matches.map((m) => m.term)).not.toContain('车位');
  });

  it('never classifies into a disabled category', () => {
    const r = createClassifier(rules, wordSegmenter(words)).classify('车位被占 麻烦快来人');
    expect(r.category).not.toBe('parking');
    expect(r.report).toBe(false);
  });

  it('breaks ties by priority (fallback categories lose)', () => {
    const e = createClassifier(rules, wordSegmenter(words)).explain('信号 门禁 麻烦');
    expect(e.categories.map((c) => c.code)).toEqual(['security', 'other']);
    expect(e.result.category).toBe('security');
  });

  describe('urgency', () => {
    it('marks a report urgent by a category urgent cue', () => {
      expect(createClassifier(rules, wordSegmenter(words)).classify('电梯困人了 快来人')).toMatchObject({
        report: true,
        urgent: true,
        category: 'elevator',
      });
    });

    it('marks a report urgent by a global urgent cue', () => {
      const r = createClassifier(rules, wordSegmenter(words)).classify('电梯着火 快来人');
      expect(r).toMatchObject({ urgent: true });
      expect(r.terms).toContain('着火');
    });

    it('does not mark it urgent when a cancel word is in the same clause', () => {
      const e = createClassifier(rules, wordSegmenter(words)).explain('电梯坏了 如果着火怎么办 麻烦');
      expect(e.result).toMatchObject({ report: true, urgent: false });
      expect(e.urgent.cancelledBy).toEqual(['着火']);
    });

    it('is never urgent without a report', () => {
      expect(createClassifier(rules, wordSegmenter(words)).classify('着火 私聊')).toMatchObject({ report: false, urgent: false });
    });

    it('reports a hazard on its own, in the category of its hazard, as urgent (a false alarm beats a miss)', () => {
      expect(createClassifier(rules, wordSegmenter(words)).classify('着火')).toMatchObject({
        report: true,
        category: 'security',
        urgent: true,
      });
    });

    it('needs an exposure near a hazard that names none', () => {
      const c = createClassifier(rules, wordSegmenter([...words, '关在', '有人']));
      expect(c.classify('电梯门关在那 坏了').urgent).toBe(false);
      expect(c.classify('电梯坏了 有人关在里面').urgent).toBe(true);
      expect(c.classify('电梯坏了 有人 好像 关在里面').urgent).toBe(false);
    });
  });

  describe('quotes', () => {
    it('judges the reply only', () => {
      const c = createClassifier(rules, wordSegmenter(words));
      expect(c.classify('「小王：5栋路灯不亮」\n- - - - - - -\n收到').report).toBe(false);
      expect(c.classify('「物业：路灯亮了」\n- - - - - - -\n5栋路灯还是不亮 麻烦').report).toBe(true);
    });

    it('takes the building from the quote when the reply names none', () => {
      expect(createClassifier(rules, wordSegmenter(words)).classify('「小王：5栋路灯不亮」\n- - - - - - -\n+1 路灯不亮')).toMatchObject({
        report: true,
        building: '5栋',
      });
    });

    it("takes the building from the quoted member's nickname (7号楼-花花) when neither text names one", () => {
      const c = createClassifier(rules, wordSegmenter(words));
      expect(c.classify('「7号楼-花花：谁家路灯不亮」\n- - - - - - -\n+1 路灯不亮').building).toBe('7号楼');
      expect(c.classify('「西区老陈：路灯不亮」\n- - - - - - -\n+1 路灯不亮').building).toBe('西区');
      // The texts come first: the quote's place, then the reply's, win over where its author lives.
      expect(c.classify('「7号楼-花花：5栋路灯不亮」\n- - - - - - -\n+1 路灯不亮').building).toBe('5栋');
      expect(c.classify('「7号楼-花花：路灯不亮」\n- - - - - - -\n6栋路灯也不亮').building).toBe('6栋');
      expect(c.classify('「楼长老陈：路灯不亮」\n- - - - - - -\n+1 路灯不亮').building).toBeNull();
      // Nobody lives at a gate: the shop by the east gate, the guard at gate 2.
      expect(c.classify('「东门士多：路灯不亮」\n- - - - - - -\n+1 路灯不亮').building).toBeNull();
      expect(c.classify('「2号门保安：路灯不亮」\n- - - - - - -\n+1 路灯不亮').building).toBeNull();
    });

    it('prefers the building named in the reply', () => {
      expect(createClassifier(rules, wordSegmenter(words)).classify('「小王：5栋路灯不亮」\n- - - - - - -\n6栋路灯也不亮').building).toBe(
        '6栋',
      );
    });
  });

  describe('prefilter', () => {
    it('decides without the segmenter when even the upper bound cannot reach a report', () => {
      const seg = wordSegmenter(words);
      const e = createClassifier(rules, seg).explain('信号塔旁边好热闹');
      expect(e.segmented).toBe(false);
      expect(e.result.report).toBe(false);
      expect(seg.calls).toBe(0);
    });

    it('never calls the segmenter for a message without any category term', () => {
      const seg = wordSegmenter(words);
      const c = createClassifier(rules, seg);
      expect(c.classify('今天3栋楼下好热闹 谢谢大家')).toEqual({
        report: false,
        category: null,
        urgent: false,
        building: '3栋',
        terms: [],
      });
      expect(seg.calls).toBe(0);
      c.classify('路灯不亮');
      expect(seg.calls).toBe(1);
    });

    it('segments a report only when some hit depends on a word boundary that is not certain', () => {
      const ws = [...words, '灯不'];
      const pairs = createWordPairs();
      for (const w of ws) pairs.add(w);
      const seg = Object.assign(wordSegmenter(ws), { splitsAt: pairs.splitsAt });
      const c = createClassifier(rules, seg);
      const plain = createClassifier(rules, wordSegmenter(ws));
      // 电梯|坏了|麻烦: no listed word holds 梯坏, and a space stands before 麻烦.
      expect(c.classify('电梯坏了 麻烦')).toEqual(plain.classify('电梯坏了 麻烦'));
      expect(c.classify('电梯坏了 麻烦').report).toBe(true);
      expect(seg.calls).toBe(0);
      // 灯 of 路灯不亮: 路灯 and 灯不 might both be words, so only the segmentation can tell.
      expect(c.classify('路灯不亮')).toEqual(plain.classify('路灯不亮'));
      expect(seg.calls).toBe(1);
      // Explaining always segments.
      expect(c.explain('电梯坏了 麻烦').tokens).toEqual(['电梯', '坏了', ' ', '麻烦']);
    });

    it('gives the same result with and without the prefilter for cue-only messages', () => {
      const on = createClassifier(rules, wordSegmenter(words));
      const off = createClassifier(rules, wordSegmenter(words), { prefilter: false });
      for (const t of ['麻烦快来人', '私聊', '如果着火', '修好了谢谢']) expect(on.classify(t)).toEqual(off.classify(t));
    });
  });
});

describe('clause-scoped cue groups', () => {
  const scoped: Rules = {
    ...rules,
    cues: [...rules.cues, { kind: 'elsewhere', label: '别处', weight: -8, terms: ['别的小区'], scope: 'span' }],
    places: { zones: [], here: ['咱们'] },
  };
  const w = [...words, '别的小区', '咱们'];

  it('cancels a report whose every category term is in the elsewhere clause or after it', () => {
    const c = createClassifier(scoped, wordSegmenter(w));
    expect(c.classify('别的小区路灯不亮 麻烦').report).toBe(false);
    expect(c.classify('别的小区 路灯不亮 麻烦').report).toBe(false);
  });

  it('does not cancel a report in a clause before it or after a word that brings the talk back here', () => {
    const c = createClassifier(scoped, wordSegmenter(w));
    expect(c.classify('路灯不亮 别的小区早修了 麻烦').report).toBe(true);
    expect(c.classify('别的小区早修了 咱们路灯不亮 麻烦').report).toBe(true);
  });

  it('gives the same answers with and without the prefilter', () => {
    const on = createClassifier(scoped, wordSegmenter(w));
    const off = createClassifier(scoped, wordSegmenter(w), { prefilter: false });
    for (const t of ['别的小区路灯不亮 麻烦', '路灯不亮 别的小区早修了 麻烦', '别的小区早修了 咱们路灯不亮 麻烦'])
      expect(on.classify(t)).toEqual(off.classify(t));
  });
});

describe('agents: who is asked is not what the report is about', () => {
  const withAgents: Rules = {
    ...rules,
    categories: [
      ...rules.categories,
      category('property', { priority: -1, objects: { 物业: 2, 客服: 1, 物业费: 3 }, problems: { 不作为: 3 }, agents: ['物业', '客服'] }),
    ],
  };
  const w = [...words, '物业', '客服', '物业费', '不作为', '楼道', '的'];
  const c = createClassifier(withAgents, wordSegmenter(w));

  it('gives the addressee to the category the message is about', () => {
    expect(c.classify('物业，路灯不亮')).toMatchObject({ report: true, category: 'lighting' });
    expect(c.classify('电梯坏了，麻烦物业')).toMatchObject({ report: true, category: 'elevator' });
    const e = c.explain('物业，路灯不亮');
    expect(e.ignored.map((i) => i.term)).toContain('物业');
  });

  it('lifts a vaguely named category only up to the threshold', () => {
    // 灯 alone (1) is not enough for 照明; asked of 物业 with a request it is.
    expect(c.explain('楼道的灯麻烦看看').result.report).toBe(false);
    const e = c.explain('物业，楼道的灯麻烦看看');
    expect(e.result).toMatchObject({ report: true, category: 'lighting' });
    expect(e.categories[0]).toMatchObject({ code: 'lighting', score: 2 });
    // A category named well enough gets nothing from the addressee.
    expect(c.explain('物业，路灯不亮').categories[0]!.score).toBe(c.explain('路灯不亮').categories[0]!.score);
  });

  it('keeps the agent in its own category when the message says more of it, or nothing else', () => {
    const e = c.explain('物业不作为，路灯不亮也不修');
    expect(e.categories.find((x) => x.code === 'property')).toMatchObject({ score: 7, pair: true });
    expect(c.classify('物业费交了，物业麻烦看看').category).toBe('property');
    expect(c.classify('物业到底管不管，麻烦')).toMatchObject({ report: true, category: 'property' });
    // A category named only by a problem word (不亮) names no thing the message is about.
    const named = c.explain('物业，不亮 麻烦');
    expect(named.categories.find((x) => x.code === 'property')).toMatchObject({ score: 2, terms: ['物业'] });
    expect(named.ignored.map((i) => i.term)).not.toContain('物业');
  });

  it('counts several agents as one addressee', () => {
    expect(c.explain('物业客服麻烦看看').categories[0]).toMatchObject({ code: 'property', score: 2 });
  });

  it('gives the same answers with and without the prefilter', () => {
    const off = createClassifier(withAgents, wordSegmenter(w), { prefilter: false });
    for (const t of [
      '物业，路灯不亮',
      '物业，楼道的灯麻烦看看',
      '物业客服麻烦看看',
      '物业不作为，路灯不亮也不修',
      '物业 客服',
      '楼道的灯 物业',
    ])
      expect(c.classify(t), t).toEqual(off.classify(t));
  });
});

describe('asking groups: a question that asks for action is a request', () => {
  const asking: Rules = {
    ...rules,
    cues: [
      { kind: 'request', label: '请求', weight: 2, terms: ['什么时候能', '麻烦'], claim: true },
      { kind: 'question_word', label: '打听', weight: -4, terms: ['请问'], scope: 'clause', asking: true },
      { kind: 'thanks', label: '感谢', weight: -4, terms: ['谢谢'], scope: 'clause' },
    ],
  };
  const w = [...words, '请问', '什么时候能', '谢谢', '修'];
  const c = createClassifier(asking, wordSegmenter(w));

  it('lets a request in the same clause outweigh 请问', () => {
    expect(c.classify('请问路灯什么时候能修')).toMatchObject({ report: true, category: 'lighting' });
    expect(c.explain('请问路灯什么时候能修').ignored.map((i) => i.term)).toContain('请问');
  });

  it('keeps 请问 when nothing is asked of anyone, and keeps other clause groups as they were', () => {
    expect(c.classify('请问路灯').report).toBe(false);
    // 谢谢 is not an asking group: a request in its own clause does not cancel it.
    expect(c.explain('路灯不亮麻烦谢谢').cues.map((x) => x.kind)).toContain('thanks');
  });

  it('gives the same answers with and without the prefilter', () => {
    const off = createClassifier(asking, wordSegmenter(w), { prefilter: false });
    for (const t of ['请问路灯什么时候能修', '请问路灯', '路灯不亮麻烦谢谢']) expect(c.classify(t), t).toEqual(off.classify(t));
  });
});

describe('inquiries: who is in charge asks for action only of a fault', () => {
  const inquiring: Rules = {
    ...rules,
    cues: [
      { kind: 'request', label: '请求', weight: 2, terms: ['什么时候能'], claim: true },
      { kind: 'inquiry', label: '归谁管', weight: 2, terms: ['归谁管'], claim: true, inquiry: true },
      { kind: 'question', label: '打听', weight: -4, terms: ['问一下'], asking: true },
    ],
  };
  const w = [...words, '什么时候能', '归谁管', '问一下', '修'];
  const c = createClassifier(inquiring, wordSegmenter(w));
  const off = createClassifier(inquiring, wordSegmenter(w), { prefilter: false });
  const texts = ['问一下路灯归谁管', '路灯不亮，问一下归谁管', '路灯不亮，问一下什么时候能修', '问一下路灯什么时候能修'];

  it('keeps a message-wide asking word over an inquiry when nothing is said to be wrong', () => {
    expect(c.classify('问一下路灯归谁管').report).toBe(false);
  });

  it('lets the inquiry of a fault, or a request, outweigh the asking word in its clause', () => {
    expect(c.classify('路灯不亮，问一下归谁管')).toMatchObject({ report: true, category: 'lighting' });
    expect(c.classify('路灯不亮，问一下什么时候能修')).toMatchObject({ report: true, category: 'lighting' });
    expect(c.explain('问一下路灯什么时候能修').ignored.map((i) => i.term)).toContain('问一下');
  });

  it('gives the same answers with and without the prefilter', () => {
    for (const t of texts) expect(c.classify(t), t).toEqual(off.classify(t));
  });
});

describe('partner groups: an offer with a contact is an advert', () => {
  const paired: Rules = {
    ...rules,
    cues: [
      { kind: 'request', label: '请求', weight: 2, terms: ['麻烦'], claim: true },
      { kind: 'offer', label: '招揽', weight: -8, terms: ['不亮不收费'], scope: 'clause', together: ['contact'], onlyTogether: true },
      { kind: 'contact', label: '联系方式', weight: -8, terms: ['联系我'], scope: 'clause', together: ['offer'], onlyTogether: true },
    ],
  };
  const w = [...words, '不亮不收费', '联系我'];
  const c = createClassifier(paired, wordSegmenter(w));
  const off = createClassifier(paired, wordSegmenter(w), { prefilter: false });
  const texts = ['路灯不亮，不亮不收费，联系我', '路灯不亮麻烦联系我', '路灯不亮，联系我', '路灯不亮不亮不收费'];

  it('counts both groups for the whole message when both are there', () => {
    expect(c.classify('路灯不亮，不亮不收费，联系我').report).toBe(false);
  });

  it('counts neither alone, even in the clause of the fault', () => {
    expect(c.classify('路灯不亮麻烦联系我')).toMatchObject({ report: true, category: 'lighting' });
    expect(c.classify('路灯不亮，联系我')).toMatchObject({ report: true, category: 'lighting' });
    expect(c.explain('路灯不亮麻烦联系我').ignored.map((i) => i.term)).toContain('联系我');
  });

  it('gives the same answers with and without the prefilter', () => {
    for (const t of texts) expect(c.classify(t), t).toEqual(off.classify(t));
  });
});

describe('frame categories: a quarrel over a thing is about the quarrel', () => {
  const framed: Rules = {
    ...rules,
    categories: [...rules.categories, category('dispute', { objects: { 调解: 3 }, problems: { 不肯赔: 3 }, frame: 5 })],
  };
  const w = [...words, '调解', '不肯赔'];
  const c = createClassifier(framed, wordSegmenter(w));

  it('decides over a category that scores more once it reaches its frame score', () => {
    const e = c.explain('路灯不亮 他不肯赔 麻烦调解');
    expect(e.categories.find((x) => x.code === 'lighting')!.score).toBeGreaterThan(6);
    expect(e.result).toMatchObject({ report: true, category: 'dispute' });
    expect(e.ignored.some((i) => i.why.includes('起因'))).toBe(true);
  });

  it('does not decide below it', () => {
    expect(c.classify('路灯不亮 他不肯赔')).toMatchObject({ report: true, category: 'lighting' });
  });

  it('pairs its people with its own problems only, not with a generic problem word', () => {
    const people: Rules = { ...framed, categories: [...rules.categories, category('dispute', { objects: { 对门: 1 }, frame: 5 })] };
    const e = createClassifier(people, wordSegmenter([...w, '对门'])).explain('对门坏了 麻烦');
    expect(e.categories.find((x) => x.code === 'dispute')).toMatchObject({ score: 1, pair: false });
  });
});

describe('resolutions, sign-offs and withdrawn requests', () => {
  const closing: Rules = {
    ...rules,
    cues: [
      { kind: 'request', label: '请求', weight: 2, claim: true, terms: ['麻烦', '尽快'] },
      { kind: 'fixed', label: '修好了', weight: -6, scope: 'clause', closes: true, terms: ['修好了', '亮了'] },
      { kind: 'thanks', label: '感谢', weight: -4, scope: 'clause', signOff: true, terms: ['谢谢'] },
      { kind: 'worker', label: '已派单', weight: -6, terms: ['已安排'] },
    ],
    language: { ...rules.language, question: ['是不是', '是否'], questionEnds: ['吗'] },
  };
  const w = [...words, '修好了', '尽快', '谢谢', '已安排', '是否'];
  const c = createClassifier(closing, wordSegmenter(w));
  const off = createClassifier(closing, wordSegmenter(w), { prefilter: false });
  const cases: [string, boolean][] = [
    ['路灯不亮 麻烦 今天修好了', false], // the problem told, then closed
    ['路灯修好了 又不亮 麻烦', true], // a problem after the fix reopens it
    ['路灯不亮 麻烦尽快修好了', true], // a fix asked for closes nothing
    ['路灯不亮 修好了吗', true], // nor one asked about
    ['路灯不亮麻烦谢谢', true], // a thanks after a request signs it off, even in one clause
    ['谢谢路灯不亮', false], // a thanks before is thanks
    ['路灯 麻烦了', true],
    ['路灯 不麻烦了', false], // a withdrawn request asks for nothing
    ['路灯不亮 麻烦 是否已安排', true], // a worker's words asked about are no worker's answer
    ['路灯修好了又不亮麻烦', true], // a problem after the fix in the same run-on clause reopens it too
  ];

  it.each(cases)('%s → report %s', (t, report) => {
    expect(c.classify(t).report).toBe(report);
    expect(off.classify(t)).toEqual(c.classify(t));
  });
});

describe('places: a thing followed by 旁边 says where', () => {
  const placed: Rules = {
    ...rules,
    categories: [
      category('lighting', { objects: { 路灯: 3, 灯: 1 }, problems: { 不亮: 2 }, cues: { 电梯: -2 } }),
      ...rules.categories.slice(1),
    ],
    language: { ...rules.language, placeSuffixes: ['旁边'] },
  };
  const w = [...words, '旁边', '灯'];
  const c = createClassifier(placed, wordSegmenter(w));

  it('does not count it, nor its weight against another category, when another category is named', () => {
    const e = c.explain('电梯旁边灯不亮 麻烦');
    expect(e.result).toMatchObject({ report: true, category: 'lighting' });
    expect(e.categories.map((x) => x.code)).toEqual(['lighting']);
    expect(e.ignored.some((i) => i.term === '电梯' && i.why.includes('地方'))).toBe(true);
  });

  it('counts it when it is all the message names', () => {
    expect(c.classify('电梯旁边坏了')).toMatchObject({ report: true, category: 'elevator' });
  });

  it('gives the same answers with and without the prefilter', () => {
    const off = createClassifier(placed, wordSegmenter(w), { prefilter: false });
    for (const t of ['电梯旁边灯不亮 麻烦', '电梯旁边坏了', '路灯旁边 电梯坏了']) expect(c.classify(t), t).toEqual(off.classify(t));
  });
});

describe('polite groups: a greeting around a message does not cancel it', () => {
  const polite: Rules = {
    ...rules,
    cues: [
      { kind: 'duration', label: '持续', weight: 2, terms: ['天天'] },
      { kind: 'greeting', label: '打招呼', weight: -4, terms: ['大家好'], scope: 'clause', polite: true },
      { kind: 'thanks', label: '感谢', weight: -4, terms: ['谢谢'], scope: 'clause' },
    ],
  };
  const w = [...words, '大家好', '谢谢', '天天'];
  const c = createClassifier(polite, wordSegmenter(w));

  it('gives way to a category term in another clause, even without a problem word', () => {
    expect(c.classify('大家好 路灯天天')).toMatchObject({ report: true, category: 'lighting' });
    // Alone with the category term in its own clause it still counts.
    expect(c.classify('大家好路灯天天').report).toBe(false);
  });

  it('leaves the other clause groups as they were', () => {
    expect(c.classify('谢谢 路灯天天').report).toBe(false);
  });

  it('gives the same answers with and without the prefilter', () => {
    const off = createClassifier(polite, wordSegmenter(w), { prefilter: false });
    for (const t of ['大家好 路灯天天', '大家好路灯天天', '谢谢 路灯天天']) expect(c.classify(t), t).toEqual(off.classify(t));
  });
});

describe.each([
  {
    name: 'near suffixes: 门口 after a place elsewhere makes it a landmark near here',
    place: '学校',
    word: '门口',
    key: 'nearSuffixes',
    here: '学校门口路灯不亮 麻烦',
  },
  {
    name: 'near prefixes: 社区 before a place elsewhere makes it one of here',
    place: '医院',
    word: '社区',
    key: 'nearPrefixes',
    here: '社区医院路灯不亮 麻烦',
  },
] as const)('$name', ({ place, word, key, here }) => {
  const near: Rules = {
    ...rules,
    cues: [...rules.cues, { kind: 'outside', label: '别处', weight: -8, terms: [place], scope: 'span', place: true }],
    language: { ...rules.language, [key]: [word] },
  };
  const w = [...words, place, word];
  const c = createClassifier(near, wordSegmenter(w));
  const there = `${place}里路灯不亮 麻烦`;

  it('keeps the report about the place here and still vetoes the place itself', () => {
    expect(c.classify(here)).toMatchObject({ report: true, category: 'lighting' });
    expect(c.classify(there).report).toBe(false);
  });

  it('gives the same answers with and without the prefilter', () => {
    const off = createClassifier(near, wordSegmenter(w), { prefilter: false });
    for (const t of [here, there]) expect(c.classify(t), t).toEqual(off.classify(t));
  });
});
