import * as OpenCC from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import { createDialectReader, termsInDialect } from '../../../src/core/classify/dialect.js';
import { createToSimplified } from '../../../src/infra/to-simplified.js';
import { realClassifier, ruleEngine, rules } from './real-classifier.js';

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

// Metamorphic, by word class: Mandarin reports rendered with Cantonese function words (句末的冇, 漏紧 progressive,
// 蛀晒 completive, 呢条 demonstratives, 乜/咩, 成条 "whole", 日日, 仲冇, 物业话, 出唔到 …), then through the
// common spellings (了 → 咗, 的 → 嘅). The shipped reading gives the Mandarin text back, and the rule engine
// answers the same. Templates × word classes; every template holds at least one spelling of its class.
describe('Cantonese word classes read back as the Mandarin report', () => {
  const c = ruleEngine();
  const read = createDialectReader(rules.language.dialect ?? {});
  const toHongKong = OpenCC.Converter({ from: 'cn', to: 'hk' });
  const simplify = createToSimplified();
  /** Mandarin → Cantonese per word class; the later common spellings apply to every class. */
  const CLASSES: Record<string, [string, string][]> = {
    'clause-final 冇 (没有)': [
      ['没有，', '冇，'],
      ['没有？', '冇？'],
      ['没有。', '冇。'],
      ['没有啊', '冇啊'],
    ],
    'progressive V紧 (在V)': [
      ['在漏', '漏紧'],
      ['在滴', '滴紧'],
      ['在渗', '渗紧'],
      ['在喷', '喷紧'],
      ['在冒', '冒紧'],
      ['在闪', '闪紧'],
      ['在哭', '喊紧'],
      ['在喊', '嗌紧'],
      ['在装修', '装修紧'],
      ['在下雨', '落紧雨'],
    ],
    'completive V晒 (全V了)': [
      ['全蛀了', '蛀晒'],
      ['全烂了', '烂晒'],
      ['全塞满了', '塞晒'],
      ['全满了', '满晒'],
      ['全灭了', '熄晒'],
      ['全锈了', '锈晒'],
      ['全裂了', '裂晒'],
      ['全秃了', '秃晒'],
      ['全发霉了', '霉晒'],
      ['全淹了', '浸晒'],
      ['全断了', '断晒'],
      ['全枯了', '枯晒'],
      ['全没了', '冇晒'],
      ['飘满了', '飘晒'],
    ],
    'demonstratives and question words (呢条, 乜, 咩)': [
      ['这部', '呢部'],
      ['这栋', '呢栋'],
      ['这条', '呢条'],
      ['这间', '呢间'],
      ['这几天', '呢几日'],
      ['这两天', '呢两日'],
      ['这盏', '呢盏'],
      ['这棵', '呢棵'],
      ['这辆', '呢架'],
      ['有什么', '有咩'],
      ['什么都', '咩都'],
      ['什么', '乜'],
      ['吗？', '咩？'],
    ],
    'whole and time (成条, 咗成年, 日日, 两日)': [
      ['整条', '成条'],
      ['整栋', '成栋'],
      ['整层', '成层'],
      ['整晚', '成晚'],
      ['了一整年', '咗成年'],
      ['整整一个礼拜', '成个礼拜'],
      ['天天', '日日'],
      ['昨晚', '琴晚'],
      ['两天', '两日'],
      ['几天', '几日'],
      ['半天', '半日'],
    ],
    'still and said (仲冇, 物业话)': [
      ['还没', '仲冇'],
      ['还不', '仲唔'],
      ['还要', '仲要'],
      ['物业说', '物业话'],
      ['他说', '佢话'],
      ['保安说', '保安话'],
      ['房东说', '房东话'],
    ],
    'verbs (整下, 食唔落, 出唔到, 塞咗 …)': [
      ['修一下', '整下'],
      ['来修', '嚟整'],
      ['吃不下', '食唔落'],
      ['动不了', '郁唔到'],
      ['不动', '唔郁'],
      ['堵了', '塞咗'],
      ['堵死', '塞死'],
      ['吵架', '嗌交'],
      ['灭了', '熄咗'],
      ['出不去', '出唔到'],
      ['进不去', '入唔到'],
      ['回家', '返屋企'],
      ['晾衣架', '晾衫架'],
      ['晾衣服', '晾衫'],
      ['人行道', '行人路'],
      ['修好了没有', '修好未'],
      ['来了没有', '嚟咗未'],
      ['喝不了', '饮唔得'],
      ['怪不得', '怪唔得'],
      ['办不了', '办唔到'],
    ],
    'fault and complaint words (电梯瞓咗, 跳掣, 曱甴, 有冇搞错, 讲极 …)': [
      ['电梯停了', '电梯瞓咗'],
      ['跳闸', '跳掣'],
      ['蟑螂', '曱甴'],
      ['焦味', '燶味'],
      ['黑乎乎', '黑蚊蚊'],
      ['热水器', '热水炉'],
      ['乱停车', '乱泊车'],
      ['挡住', '阻住'],
      ['占了', '霸咗'],
      ['被电到', '电亲'],
      ['喘不过气', '唞唔到气'],
      ['太过分了', '有冇搞错'],
      ['太离谱', '离晒谱'],
      ['说了好几次', '讲极'],
      ['投诉了好几次', '投诉极'],
      ['没人理', '冇人睬'],
      ['打不着火', '着唔到火'],
      ['不着', '着唔到'],
      ['困在电梯里', '困𨋢'],
      ['用不了', '用唔到'],
      ['充不了', '充唔到'],
      ['关不上', '关唔到'],
    ],
  };
  const COMMON: [string, string][] = [
    ['了', '咗'],
    ['的', '嘅'],
  ];
  const render = (t: string, pairs: [string, string][]) => [...pairs, ...COMMON].reduce((s, [from, to]) => s.split(from).join(to), t);
  const TEMPLATES: Record<string, string[]> = {
    'clause-final 冇 (没有)': [
      '拧开水龙头一滴水都没有，3栋都这样',
      '楼道灯坏了一个月 修的人影都没有，谁管一下',
      '报修三次了 师傅一个都没有？物业到底管不管',
      '车库的灯一盏亮的都没有。晚上停车好危险',
      '垃圾桶满了三天 清运的车影子都没有啊 臭死了',
    ],
    'progressive V紧 (在V)': [
      '楼上卫生间在漏水 我家天花板都湿了',
      '厨房天花板在滴水 要拿桶接',
      '外墙在渗水 墙皮都掉了',
      '5栋门口的水管在喷水 路面全是水',
      '配电箱在冒烟 有焦味 快来人',
      '楼道的灯在闪 一闪一闪好吓人',
      '电梯困住了 里面有小孩在哭',
      '楼上在装修 电钻吵到晚上十点',
      '外面在下雨 地下车库进水了',
    ],
    'completive V晒 (全V了)': [
      '白蚁把楼梯扶手全蛀了 物业快来看看',
      '2栋单元门全烂了 关不上',
      '小区的下水道全塞满了 水漫到路上',
      '楼道全塞满了杂物 消防通道都过不去',
      '垃圾桶全满了 没人来收',
      '地下车库的灯全灭了 一片漆黑',
      '消防栓全锈了 还能用吗 着火了怎么办',
      '外墙全裂了 好危险',
      '中心花园的草皮全秃了 一下雨就是泥浆',
      '楼道墙面全发霉了 黑乎乎一片 没人清理',
      '一楼的车库全淹了 车都泡在水里',
      '门口那排树全枯了 没人管',
      '水箱的水全没了 一滴都出不来',
      '垃圾房的臭味飘满了整条走廊',
    ],
    'demonstratives and question words (呢条, 乜, 咩)': [
      '这部电梯又坏了 上个月才修过',
      '这栋楼的路灯坏了好几天了',
      '这条路的井盖松了 车过就响',
      '这间铺把货堆到消防通道 根本过不去',
      '这几天一直停水 物业也不通知',
      '这两天电梯总是停 老人上不了楼',
      '楼梯口这盏灯坏了 晚上看不见台阶',
      '这棵树的树枝快断了 压着电线',
      '这辆车在消防通道停了一个月',
      '贴条有什么用 车还在消防通道',
      '楼上漏水 我家天花板什么都湿了',
      '什么都没人管 楼道灯坏了半年',
      '楼下烧烤天天到半夜 没人管吗？',
    ],
    'whole and time (成条, 咗成年, 日日, 两日)': [
      '垃圾房好臭 整条走廊都是臭味',
      '整栋楼都停电了',
      '整层楼的楼道灯都不亮',
      '楼上装修吵了整晚 睡不着',
      '有辆车在楼下停了一整年 是僵尸车',
      '电梯坏了整整一个礼拜 没人来修',
      '楼下天天有人乱停车 堵住消防通道',
      '昨晚停电 电梯困了人',
      '停水两天了 也没有通知',
      '路灯坏了几天了 晚上好黑',
      '停电半天了 冰箱的东西都坏了',
    ],
    'still and said (仲冇, 物业话)': [
      '电梯坏了三天 还没人来修',
      '下水道报修一个礼拜了 还不来人',
      '路灯坏了 还要等多久',
      '暖气一直不热 物业说要等厂家',
      '楼上漏水 他说不关他的事',
      '车库门坏了 保安说没人管',
      '热水器打不着火 房东说是我用法不对',
    ],
    'verbs (整下, 食唔落, 出唔到, 塞咗 …)': [
      '门口的井盖松了 麻烦修一下',
      '楼道的灯坏了很久 谁来修',
      '垃圾房臭到吃不下饭',
      '对门的阿婆摔倒了 动不了',
      '电梯卡在三楼不动',
      '下水道堵了 厨房返水',
      '楼下的路被车堵死了 救护车进不来',
      '隔壁总是吵架 吵到半夜',
      '楼道的灯灭了 一片漆黑',
      '有辆车横在楼门口 大家都出不去',
      '门禁坏了 业主进不去',
      '电梯停了 老人回家要爬十楼',
      '公共晾衣架断了很久 物业说没预算',
      '有人在楼道里晾衣服 堵住了消防通道',
      '商铺把货摆到人行道上 轮椅过不去',
      '3座电梯修好了没有 等了一个礼拜',
      '楼上又漏水了 师傅来了没有',
      '水龙头的水是黄的 喝不了',
      '怪不得楼道这么臭 垃圾三天没人收',
      '社保断缴了两个月 网上办不了 想社区帮忙看一下',
    ],
    'fault and complaint words (电梯瞓咗, 跳掣, 曱甴, 有冇搞错, 讲极 …)': [
      '5栋电梯停了 老人要爬楼梯',
      '总闸又跳闸了 整层楼没电',
      '厨房好多蟑螂 晚上爬来爬去',
      '楼道有一阵焦味 不知道哪里烧着了',
      '楼梯黑乎乎 一盏灯都没有',
      '热水器打不着火 洗不了澡',
      '有人在消防通道乱停车',
      '三轮车挡住了单元门口 轮椅出不去',
      '我的车位被人占了 保安也不管',
      '洗澡的时候被电到 热水器漏电',
      '楼道里烟很大 老人喘不过气',
      '太过分了 电梯一个月坏三次',
      '太离谱 物业费涨了一倍',
      '楼上装修 说了好几次都不听',
      '投诉了好几次 垃圾站还是臭',
      '楼道灯坏了一个月 没人理',
      '楼梯灯一直不着 晚上看不见',
      '有人困在电梯里 快来人',
      '电梯按钮坏了 用不了',
      '充电桩坏了 电动车充不了',
      '单元门关不上 谁都能进',
    ],
  };
  const cases = Object.entries(TEMPLATES).flatMap(([kind, texts]) => texts.map((t) => [kind, t] as const));

  it.each(cases)('%s: %s', (kind, text) => {
    const common = c.classify(text);
    expect(common.report).toBe(true);
    const cantonese = render(text, CLASSES[kind]!);
    // The template holds a spelling of its class, not only the common ones.
    expect(cantonese).not.toBe(render(text, []));
    // Messages are simplified before they are read (燶 → 㶶).
    expect(read(simplify(cantonese))).toBe(text);
    for (const written of [cantonese, toHongKong(cantonese)]) {
      const dialect = c.classify(written);
      expect({ written, report: dialect.report, category: dialect.category, urgent: dialect.urgent }).toEqual({
        written,
        report: common.report,
        category: common.category,
        urgent: common.urgent,
      });
    }
  });
});

// Metamorphic: questions for information and relief in Cantonese (边个知, 有冇人知, 喺边, 得唔得, 好彩) read as
// the Mandarin questions (谁知道, 有没有人知道, 在哪, 行不行, 幸好), which report nothing; spelt
// word by word (知 alone, 喺边 as 在边, 得唔得 as 得不行) they named a thing with no question around it.
describe('Cantonese questions and relief read like the Mandarin ones: not reports', () => {
  const c = ruleEngine();
  const read = createDialectReader(rules.language.dialect ?? {});
  const PAIRS: [string, string][] = [
    ['谁知道', '边个知'],
    ['有没有人知道', '有冇人知'],
    ['在哪里', '喺边度'],
    ['在哪', '喺边'],
    ['行不行', '得唔得'],
    ['幸好', '好彩'],
    ['不知道', '唔知'],
    ['我们', '我哋'],
    ['的', '嘅'],
  ];
  const cantonese = (t: string) => PAIRS.reduce((s, [from, to]) => s.split(from).join(to), t);
  const QUESTIONS = [
    '谁知道7栋电梯维保公司的电话贴在哪 想看下什么时候年检',
    '燃气费在哪里交啊 微信行不行',
    '燃气公司报修电话是多少？有没有人知道？',
    '有没有人知道充电桩怎么收费',
    '隔壁村那边总是停水 幸好我们这栋没有。',
    '不知道物业办公室什么时候开门',
    '谁知道附近哪里有修单车的',
    '暖气费在哪里交 现金行不行',
  ];

  it.each(QUESTIONS)('%s', (text) => {
    expect(c.classify(text).report).toBe(false);
    expect(read(cantonese(text))).toBe(text);
    expect(c.classify(cantonese(text)).report).toBe(false);
  });
});

// The characters of those spellings in their Mandarin senses (紧急, 晒被子, 成年人, 完成年检, 整改, 电话, 仲裁,
// 五月三日, 咩咩, 只好返回 …) stay as written, so Mandarin messages read as before; each case pairs them with the
// Cantonese phrase the same characters make, which is read.
describe('Mandarin words sharing characters with the Cantonese spellings stay as written', () => {
  const read = createDialectReader(rules.language.dialect ?? {});
  const CASES: [string, string, string[]][] = [
    [
      '水管漏紧水',
      '水管在漏水',
      ['遇到紧急情况请打开紧急出口', '门窗关紧了吗', '阀门再拧紧一点', '漏一点不打紧', '请在等紧急维修的住户留意'],
    ],
    ['啲树枯晒', '些树全枯了', ['今天太阳好 大家都在楼下晒被子', '衣服不要在消防通道晾晒', '车停在外面暴晒']],
    [
      '有架车停咗成年',
      '有架车停了一整年',
      ['成年人办居住证要带什么', '电梯已完成年检', '已完成晚间巡查', '一下雨就变成条河', '楼下成排的共享单车'],
    ],
    ['成条走廊都臭', '整条走廊都臭', ['地铁建成后出行方便了', '形成层是植物的组织', '造成栋与栋之间的纠纷']],
    ['唔该整下', '麻烦修一下', ['整下午都在施工', '师傅来整改', '整理楼道杂物', '整下水管道要停水']],
    ['物业话要等', '物业说要等', ['打电话没人接', '说话客气点', '物业的话不能全信', '客服话术一套一套的']],
    ['仲冇人理', '还没人理', ['劳动仲裁怎么申请', '两家水平伯仲之间']],
    ['停咗两日', '停了两天', ['五月三日停水', '定于十三日检修']],
    ['有咩用', '有什么用', ['小羊咩咩叫', '乜斜着眼睛']],
    ['佢返屋企', '他回家', ['往返去医院要两个小时', '只好返回去拿钥匙', '返水的地漏']],
    ['成日跳掣', '总是跳闸', ['外卖车风驰电掣地开过去']],
    ['激死人', '气死人', ['坐过山车太刺激死了', '有股刺激气味']],
    ['电梯整好未', '电梯弄好了没有', ['祝大家有个美好未来']],
    ['有冇人知', '有没有人知道', ['有人知道充电桩怎么收费吗', '谁知道呢']],
    ['好彩冇事', '幸好没事', ['讨个好彩头']],
    ['点解冇人理', '为什么没人理', ['物业快点解决', '老旧小区改造将重点解决电梯加装', '给点解释']],
    ['俾钱', '给钱', ['俾使居民安居乐业', '以俾便民']],
  ];

  it.each(CASES)('%s → %s; %j stay', (cantonese, reading, mandarin) => {
    expect(read(cantonese)).toBe(reading);
    for (const m of mandarin) expect(read(m)).toBe(m);
  });

  it('reads 瞓咗 of a lift as stopped, of a person still as asleep', () => {
    expect(read('部𨋢又瞓咗觉')).toBe('部电梯又睡了觉');
    expect(read('5座电梯瞓咗 要行楼梯')).toBe('5座电梯停了 要行楼梯');
    expect(read('阿婆瞓咗 唔好嘈')).toBe('阿婆睡了 不好嘈');
  });
});
