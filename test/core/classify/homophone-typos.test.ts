import { describe, expect, it } from 'vitest';
import { realClassifier, reportsAs, rules } from './real-classifier.js';

// Input-method homophone typos (rules/cues.yaml `language.homophones`): a report that names its
// object or hazard with one character typed as another of the same sound is the same report, and
// everyday words made of those characters stay everyday words. The variants are generated here
// from the groups, not listed.

const c = realClassifier();
const groups = rules.language.homophones ?? [];

/** Each spelling of `word` with one character swapped for another of its homophone group. */
function misspellings(word: string): string[] {
  const out: string[] = [];
  [...word].forEach((ch, i) => {
    const group = groups.find((g) => g.includes(ch));
    if (!group) return;
    for (const alt of group) if (alt !== ch) out.push(word.slice(0, i) + alt + word.slice(i + 1));
  });
  return out;
}

/** Objects whose names hold a character of some homophone group, with their category. */
const OBJECTS: [string, string][] = [
  ['电梯', 'elevator'],
  ['井盖', 'road'],
  ['燃气灶', 'gas'],
  ['暖气片', 'heating'],
  ['电梯门', 'elevator'],
  ['门禁', 'security'],
];
const FRAMES = [
  (o: string) => `3号楼的${o}坏了，好几天了也没人修`,
  (o: string) => `@物业 ${o}又出问题了，什么时候来看看`,
  (o: string) => `我们这栋${o}怎么回事，一直不好使`,
];

describe('homophone typos', () => {
  it('has homophone groups to generate from', () => {
    expect(groups.length).toBeGreaterThan(0);
  });

  const reports = OBJECTS.flatMap(([o, category]) =>
    misspellings(o).flatMap((typo) => FRAMES.map((f, i) => [f(typo), category, f(o), i] as const)),
  );

  it.each(reports)('%s is about %s, as the correct spelling is', (text, category, correct) => {
    expect(c.classify(correct)).toMatchObject({ report: true, category });
    expect(c.classify(text)).toMatchObject({ report: true, category });
  });

  it.each(misspellings('燃气味').map((w) => [`${w}好重，不知道谁家的，2单元`]))('%s is an urgent gas leak', (text) => {
    expect(c.classify(text)).toMatchObject({ report: true, category: 'gas', urgent: true });
  });

  // Voice-to-text picks a character of the same sound in another tone (暖气 → 暖期, 井盖 → 井改):
  // the groups hold those too, so such a spelling of an object is the same report. Generated:
  // each object with its voice spelling, in every frame.
  const VOICE: [string, string, string][] = [
    ['暖气', '暖期', 'heating'],
    ['暖气片', '暖期片', 'heating'],
    ['井盖', '井改', 'road'],
    ['燃气灶', '燃期灶', 'gas'],
  ];
  it.each(VOICE.flatMap(([o, heard, category]) => FRAMES.map((f) => [f(heard), category, f(o)] as const)))(
    '%s (dictated) is about %s, as the correct spelling is',
    (text, category, correct) => {
      expect(c.classify(correct)).toMatchObject({ report: true, category });
      expect(c.classify(text)).toMatchObject({ report: true, category });
    },
  );

  // Everyday words made of the same characters: a typo counts only where it is whole words, and
  // a problem's first or last character is never swapped.
  it.each([
    '天终于暖起来了，出门不用穿羽绒服了',
    '孩子考砸了，我自己该怎么跟他说',
    '我们口头上说好了，明天一起去爬山',
    '大家们好，周末有没有人一起打羽毛球',
    '他们几个去钓鱼了，晚上回来吃饭',
    '这本书提起来挺沉的',
    '看完比赛心里燃起了一团火，明天也去跑步',
    '这学期孩子换了个班主任，挺负责的',
    '这个方案改了好几次，最后还是用第一版',
  ])('%s stays chatter', (text) => {
    expect(c.classify(text)).toMatchObject({ report: false, urgent: false });
  });
});

// A category's alias that is no rule term of its own (楼水 for 漏水, 门进 for 门禁) is a spelling
// written by mistake: it counts only as whole words, never as the tail of a building number and
// the head of the next word (8号楼|水压, 2号门|进来).
describe('an alias counts only where it is whole words', () => {
  const places = ['8号楼', '12号楼', '3号楼', '东区5号楼'];
  const supply = ['水压小得可怜 高层热水器都打不着', '水压低得很 洗个澡都费劲', '水压一到晚上就上不去 五楼以上没水用'];
  reportsAs(
    c,
    places.flatMap((p) => supply.map((s): [string, string] => [`${p}${s}`, 'water_supply'])),
  );
  reportsAs(c, [
    ['楼上楼水了 我家天花板全湿了', 'water_leak'],
    ['小区门进坏了 刷卡刷不开', 'security'],
    ['电题又坏了 困了好几个人', 'elevator'],
  ]);
});

describe('someone trapped in a lift, typed 捆 for 困 (捆人, 捆住) or said 关了人, is an urgent lift report', () => {
  const said = ['电梯捆人了', '电梯捆住了一个老人', '电梯里捆了人', '电梯关了人'];
  const where = ['20栋', '3号楼2单元', ''];
  const after = [' 在叫', '，快来', ' 急'];
  const cases = said.flatMap((s) => where.flatMap((w) => after.map((a) => `${w}${s}${a}`)));
  it.each(cases)('「%s」', (text) => expect(c.classify(text)).toMatchObject({ report: true, category: 'elevator', urgent: true }));
  it('a parcel tied up is no lift report', () => expect(c.classify('快递捆了好几层胶带').report).toBe(false));
});
