import { describe, expect, it } from 'vitest';
import { createDialectReader, termsInDialect } from '../../../src/core/classify/dialect.js';
import { createToSimplified } from '../../../src/infra/to-simplified.js';
import { realClassifier, rules } from './real-classifier.js';

describe('createDialectReader: dialect spellings read as common words', () => {
  const read = createDialectReader({ 唔: '不', 唔系: '不是', 咗: '了', 阿拉: '我们' });

  it('rewrites every spelling, the longer one first', () => {
    expect(read('灯唔亮咗')).toBe('灯不亮了');
    expect(read('唔系我哋')).toBe('不是我哋');
    expect(read('阿拉弄堂')).toBe('我们弄堂');
  });

  it('leaves text without any spelling as it is, and reads nothing when the rules list none', () => {
    expect(read('路灯不亮了')).toBe('路灯不亮了');
    expect(createDialectReader({})('灯唔亮咗')).toBe('灯唔亮咗');
  });

  it('reads a spelling outside the basic plane (𨋢, two UTF-16 units) like any other', () => {
    const lift = createDialectReader({ 𨋢: '电梯', 唔: '不' });
    expect(lift('部𨋢唔郁')).toBe('部电梯不郁');
    expect(lift('𨋢')).toBe('电梯');
  });

  it('lists the terms that hold a spelling', () => {
    expect(termsInDialect(['冇水', '没水', '唔亮', '唔亮'], createDialectReader({ 冇: '没', 唔: '不' }))).toEqual(['冇水', '唔亮']);
  });
});

// Metamorphic: a report written in common words and the same report with its function words
// spelt the Cantonese way (了 → 咗, 的 → 嘅, 在 → 喺, 不 → 唔, 没 → 冇, 这里 → 呢度, 现在 → 而家) gets the
// same answer. The sentences are generated from templates: thing × fault × where × ask.
describe('a report in Cantonese spelling reads like the same report in common words', () => {
  const c = realClassifier();
  const TO_CANTONESE: [RegExp, string][] = [
    [/现在/g, '而家'],
    [/这里/g, '呢度'],
    [/谁/g, '边个'],
    [/了/g, '咗'],
    [/的/g, '嘅'],
    [/在/g, '喺'],
    [/不/g, '唔'],
    [/没/g, '冇'],
    [/看/g, '睇'],
    [/来/g, '嚟'],
  ];
  const cantonese = (t: string) => TO_CANTONESE.reduce((s, [from, to]) => s.replace(from, to), t);
  const FAULTS = [
    '楼道的灯不亮了',
    '电梯现在不动了',
    '水管在漏水',
    '家里没水了',
    '下水道堵了 水下不去',
    '门口的路灯坏了好几天了',
    '暖气不热 家里冷得不行',
    '充电桩没电了 充不了',
    '垃圾桶满了 没人来收',
    '路上的井盖松了 不稳',
  ];
  const PLACES = ['', '3栋', '12座', '南院'];
  const ASKS = ['', ' 快点来看看', ' 这里没人管吗', ' 谁来修一下'];
  const cases = FAULTS.flatMap((f, i) => PLACES.map((p, j) => `${p}${f}${ASKS[(i + j) % ASKS.length]}`));

  it.each(cases)('%s', (text) => {
    const common = c.classify(text);
    expect(common.report).toBe(true);
    const dialect = c.classify(cantonese(text));
    expect({ report: dialect.report, category: dialect.category, urgent: dialect.urgent }).toEqual({
      report: common.report,
      category: common.category,
      urgent: common.urgent,
    });
  });

  it('has the shipped rules read the spellings the templates use', () => {
    const read = createDialectReader(rules.language.dialect ?? {});
    expect(read(cantonese('现在这里的灯不亮了 没人来看 谁管'))).toBe('现在这里的灯不亮了 没人来看 谁管');
  });
});

// Metamorphic: content words too. A report in common words and the same report with its content words spelt the
// Cantonese way (窨井 → 沙井, 电梯 → 𨋢, 水淹 → 水浸, 总是 → 成日, 很久 → 好耐, 找 → 搵, 差点 → 差啲 …) gets the same answer.
describe('a report with Cantonese content words reads like the same report in common words', () => {
  const c = realClassifier();
  const TO_CANTONESE: [RegExp, string][] = [
    [/井盖/g, '沙井盖'],
    [/窨井/g, '沙井'],
    [/电梯/g, '𨋢'],
    [/水淹/g, '水浸'],
    [/总是/g, '成日'],
    [/很久/g, '好耐'],
    [/找/g, '搵'],
    [/差点/g, '差啲'],
    [/店铺/g, '铺头'],
    [/摔倒/g, '跌低'],
    [/吹倒/g, '吹冧'],
    [/还在/g, '仲喺度'],
    [/受不了/g, '顶唔顺'],
    [/隔壁/g, '隔篱'],
  ];
  const cantonese = (t: string) => TO_CANTONESE.reduce((s, [from, to]) => s.replace(from, to), t);
  const FAULTS = [
    '门口的窨井总是臭',
    '巷口井盖没了 差点有人踩下去',
    '电梯总是坏 停了很久',
    '一楼店铺水淹到膝盖',
    '路口的树吹倒了 压住了车',
    '路面坑坑洼洼 老人总是摔倒',
    '隔壁装修总是响到半夜 真是受不了',
    '楼上还在滴',
    '楼上还在滴 没人管',
  ];
  const ASKS = ['', ' 找谁都没人管', ' 报了很久没人来修'];
  const cases = FAULTS.flatMap((f) => ASKS.map((a) => `${f}${a}`));

  it.each(cases)('%s', (text) => {
    const common = c.classify(text);
    expect(common.report).toBe(true);
    const dialect = c.classify(cantonese(text));
    expect(cantonese(text)).not.toBe(text);
    expect({ report: dialect.report, category: dialect.category, urgent: dialect.urgent }).toEqual({
      report: common.report,
      category: common.category,
      urgent: common.urgent,
    });
  });
});

// Metamorphic: Sichuan and Hakka spellings of common words (没有 → 没得 / 冇得, 一下 → 一哈, 阿姨 → 孃孃).
// A report and the same report spelt that way get the same answer.
describe('a report with Sichuan or Hakka spellings reads like the same report in common words', () => {
  const c = realClassifier();
  const spell = (t: string, i: number) =>
    t
      .replace(/没有/g, i % 2 === 0 ? '没得' : '冇得')
      .replace(/一下/g, '一哈')
      .replace(/阿姨/g, '孃孃');
  const FAULTS = [
    '车棚里头一盏灯都没有 晚上摸黑',
    '消防栓里面是空的 水带都没有',
    '水龙头拧开一点水都没有',
    '楼道的灯坏了 到现在都没有人来修',
    '对门阿姨摔倒了 起不来',
    '电梯门口的按钮没有反应 按一下不动',
  ];
  const PLACES = ['', '3栋', '七幢'];
  const cases = FAULTS.flatMap((f, i) => PLACES.map((p, j) => [`${p}${f}`, i + j] as const));

  it.each(cases)('%s', (text, i) => {
    const common = c.classify(text);
    expect(common.report).toBe(true);
    const dialect = c.classify(spell(text, i));
    expect(spell(text, i)).not.toBe(text);
    expect({ report: dialect.report, category: dialect.category }).toEqual({ report: common.report, category: common.category });
  });
});

describe('a report with Shanghainese words reads like the same report in common words', () => {
  const c = realClassifier();
  const spell = (t: string) => t.replace(/我们/g, '阿拉').replace(/里面/g, '里厢').replace(/卡住/g, '卡牢').replace(/今天/g, '今朝');
  const FAULTS = [
    '电梯卡住了 里面有个老伯伯 我们在外面扒不开',
    '我们楼道里面的灯今天又不亮了',
    '电梯门卡住了开一半 里面有小孩在哭',
    '下水道堵牢了 我们卫生间里面的水漫出来了',
  ];
  const PLACES = ['', '3号楼', '5弄'];
  const cases = FAULTS.flatMap((f) => PLACES.map((p) => `${p}${f}`));

  it.each(cases)('%s', (text) => {
    const common = c.classify(text);
    expect(common.report).toBe(true);
    const dialect = c.classify(spell(text));
    expect(spell(text)).not.toBe(text);
    expect({ report: dialect.report, category: dialect.category, urgent: dialect.urgent }).toEqual({
      report: common.report,
      category: common.category,
      urgent: common.urgent,
    });
  });
});

// Messages are turned to simplified characters before the dialect reader sees them (孃 → 娘), so a
// spelling with a character the conversion rewrites could never be met.
describe('dialect spellings are written as they read after simplification', () => {
  it('no spelling in language.dialect changes when converted to simplified characters', () => {
    const simplify = createToSimplified();
    const changed = Object.keys(rules.language.dialect ?? {}).filter((w) => simplify(w) !== w);
    expect(changed).toEqual([]);
  });

  it('川话 孃孃 (an old neighbour) reads as 阿姨: 对门老孃孃倒在厨房地上 叫不答应 is urgent', () => {
    expect(realClassifier().classify('对门老孃孃倒在厨房地上 叫不答应').urgent).toBe(true);
  });
});

// Metamorphic: Beijing words as elderly residents dictate them (太 → 忒, 三个 → 仨, 根本 → 压根儿,
// 今天 → 今儿, 昨天 → 昨儿个, 一大早 → 大早起, 没消息 → 没信儿). A report and the same report said
// the Beijing way get the same answer.
describe('a report with Beijing words reads like the same report in common words', () => {
  const c = realClassifier();
  const beijing = (t: string) =>
    t
      .replace(/太/g, '忒')
      .replace(/三个/g, '仨')
      .replace(/根本/g, '压根儿')
      .replace(/今天/g, '今儿')
      .replace(/昨天/g, '昨儿个')
      .replace(/一大早/g, '大早起')
      .replace(/没消息/g, '没信儿');
  const FAULTS = [
    '水压太低 洗澡那水细得跟线似的',
    '老鼠太多了 大白天的就在院里跑',
    '楼道灯太暗了 根本看不见台阶',
    '今天一大早楼下就有人拿喇叭喊着卖菜',
    '暖气太凉了 屋里根本待不住',
    '昨天又停水了 根本没人通知',
    '报修三个月了 一直没消息 也没人来修',
  ];
  const PLACES = ['', ' 3号楼2门', ' 甲5号院'];
  const cases = FAULTS.flatMap((f) => PLACES.map((p) => `${f}${p}`));

  it.each(cases)('%s', (text) => {
    const common = c.classify(text);
    expect(common.report).toBe(true);
    expect(beijing(text)).not.toBe(text);
    const dialect = c.classify(beijing(text));
    expect({ report: dialect.report, category: dialect.category }).toEqual({ report: common.report, category: common.category });
  });
});
