import { describe, expect, it } from 'vitest';
import { realClassifier, reportsAs } from './real-classifier.js';

// Plain reports without the usual problem words, generated from templates: the structure says
// it is a report (someone damaged or misused a thing of the community), not a listed phrase.
const c = realClassifier();
const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]!;
const places = ['3号楼', '小区东门', '2单元', '地库入口'];
const things: [string, string][] = [
  ['健身器材', 'other'],
  ['路灯', 'lighting'],
  ['垃圾桶', 'sanitation'],
  ['充电桩', 'ev_charging'],
  ['消防栓', 'security'],
];
const misuse = (place: string, thing: string, verb: string) => [
  `${place}的${thing}被人${verb}了`,
  `${place}那边的${thing}不知道被谁${verb}了`,
];

describe('a thing damaged or misused by people is a report of its category', () => {
  const cases = places.flatMap((p) =>
    things.flatMap(([t, code]) => ['拆', '偷', '拿走'].flatMap((v) => misuse(p, t, v).map((text) => [text, code] as const))),
  );
  reportsAs(c, cases);

  it('the same things praised or only mentioned stay chatter', () => {
    for (const [t] of things) {
      expect(c.classify(`${t}被人擦得真干净，谢谢保洁阿姨`).report).toBe(false);
      expect(c.classify(`有人知道${t}是哪家公司装的吗`).report).toBe(false);
    }
  });
});

describe('a complaint about how the property staff behave is a property-service report', () => {
  const roles = ['保安', '门口的保安', '值班保安', '保洁'];
  const conduct = [
    '上班时间刷抖音',
    '在岗亭里打瞌睡',
    '不理人',
    '让外人随便进出',
    '天天坐岗亭里刷手机 快递外卖随便进',
    '值班时一直看手机 问话都不理',
  ];
  const cases = roles.flatMap((r) => conduct.map((d) => `${r}${d}`));
  it.each(cases)('「%s」', (text) => {
    expect(c.classify(text)).toMatchObject({ report: true, category: 'property_service' });
  });

  it('wy is 物业 written short', () => {
    for (const text of ['wy的电话一直联系不上', 'WY的电话一直联系不上'])
      expect(c.classify(text)).toMatchObject({ report: true, category: 'property_service' });
  });
});

describe('a request for an amenity the community lacks is a report', () => {
  const asks = ['能不能在{p}装几个{t}', '希望在{p}加几个{t}', '麻烦物业在{p}放两个{t}'];
  const spots = ['儿童乐园那边', '小区大门口', '3号楼下'];
  const amenities = ['长椅', '座椅', '遮雨棚', '晾衣架'];
  const cases = asks.flatMap((a) => spots.flatMap((p) => amenities.map((t) => a.replace('{p}', p).replace('{t}', t))));
  it.each(cases)('「%s」', (text) => {
    expect(c.classify(text)).toMatchObject({ report: true, category: 'other' });
  });

  it('the same amenity praised once it is there stays chatter', () => {
    for (const t of amenities) expect(c.classify(`新装的${t}挺方便的，谢谢物业`).report).toBe(false);
  });
});

describe('a place or party of here is no frame about elsewhere', () => {
  const here = ['社区医院', '小区幼儿园', '社区学校'];
  const parties = ['施工单位', '维保公司', '物业单位'];
  const reports = [
    ...here.map((p) => [`${p}门前的井盖没了`, 'road'] as const),
    ...here.map((p) => [`${p}那条路的路灯坏了一个月`, 'lighting'] as const),
    ...parties.map((p) => [`${p}把楼下的路面挖坏了一个月不填`, 'road'] as const),
  ];
  reportsAs(c, reports);

  it('the same places without a word of here still frame life elsewhere', () => {
    for (const p of ['医院', '学校', '我们公司']) expect(c.classify(`${p}的路灯坏了一个月`).report).toBe(false);
  });
});

describe('neighbouring categories decided by what the message is about', () => {
  // A subsidy or certificate for an old person is an errand at a counter: the process decides.
  const errands = ['高龄补贴', '养老补贴', '居住证明', '独生子女证明'];
  const stuck = ['申请三个月了还没批下来', '找了好几次都批不下来', '社区说盖章的人不在，盖不了章'];
  it.each(errands.flatMap((e) => stuck.map((s) => `我爸的${e}${s}`)))('「%s」 → admin_service', (text) => {
    expect(c.classify(text)).toMatchObject({ report: true, category: 'admin_service' });
  });

  // Tiles coming off a facade are the building's shell, not a leak: a common part with no
  // category of its own, which the property answers for.
  const facades = ['外墙的瓷砖', '外墙砖', '楼的外立面'];
  it.each(facades.flatMap((f) => ['3号楼', '7栋'].map((b) => `${b}${f}一块块往下掉`)))('「%s」 → property_service', (text) => {
    expect(c.classify(text)).toMatchObject({ report: true, category: 'property_service' });
  });
});

describe('a nuisance that comes back whenever something happens is a report', () => {
  // "Whenever it rains / the wind blows …" says it recurs, as 好几天了 does.
  const things: [string, string, string][] = [
    ['主路上那个大坑', '积水', 'road'],
    ['楼顶那个广告牌', '哐哐响', 'street_order'],
    ['单元门口那个大坑', '溅一身泥', 'road'],
  ];
  const whenever = ['下雨就', '一刮风就', '一到夏天就'];
  reportsAs(
    c,
    things.flatMap(([t, s, code]) => whenever.map((w) => [`小区${t}${w}${s}`, code] as const)),
  );
});

describe('private building on common ground and asking where the fees went are reports', () => {
  const who = ['一楼那家', '3号楼有户人家', '楼下邻居'];
  const built = ['在院子里自己盖了个小房子', '在绿地上私自盖了个小屋', '在楼顶擅自加盖了一层'];
  it.each(who.flatMap((w) => built.map((b) => `${w}${b}`)))('「%s」 → street_order', (text) => {
    expect(c.classify(text)).toMatchObject({ report: true, category: 'street_order' });
  });

  it.each(['物业费交了这么多年，钱都花哪去了', '每年收那么多物业费，都花哪儿去了'])('「%s」 → property_service', (text) => {
    expect(c.classify(text)).toMatchObject({ report: true, category: 'property_service' });
  });
});

describe('a road dug open and left, a repair request left pending', () => {
  const roads = ['门口那段路', '楼前的路面', '北边的人行道', '小区主路'];
  const waits = ['一直没填回去', '半个月了也没人管', '到现在还敞着'];
  const dug = roads.flatMap((r, i) => waits.map((w, j) => `${r}被挖开了 ${w}${j === i % 3 ? ' 晚上看不见' : ''}`));
  it.each(dug)('「%s」 → road', (text) => {
    expect(c.classify(text)).toMatchObject({ report: true, category: 'road' });
  });

  const asks = ['网上报修', '报修单提交', '小程序上报修'];
  const pending = asks.flatMap((a) => ['一周了 一直显示待处理', '三天了还是待处理 没人来'].map((p) => `${a}${p}`));
  it.each(pending)('「%s」 → property_service', (text) => {
    expect(c.classify(text)).toMatchObject({ report: true, category: 'property_service' });
  });

  it.each(['我家菜地挖开了准备种点葱', '报修单怎么填写', '快递显示待处理是什么意思'])('「%s」 stays chatter', (text) => {
    expect(c.classify(text).report).toBe(false);
  });
});

// "Not fixed yet" is itself a fault: a thing said to be still unrepaired, with how long, is a
// report of the thing's category even without another problem word; asked or told as done, chatter.
describe('a thing still not repaired is a report of its category', () => {
  const unrepaired: [string, string][] = [
    ['楼道里的灯', 'lighting'],
    ['单元门口的路灯', 'lighting'],
    ['2号电梯', 'elevator'],
    ['地库的充电桩', 'ev_charging'],
    ['小区门口的路面', 'road'],
  ];
  const said = (thing: string) => [`${thing}还没有修好 都一个礼拜了`, `${thing}到现在都没修好`, `${thing}报修半个月了还没弄好`];
  const cases = unrepaired.flatMap(([t, code]) => said(t).map((text) => [text, code] as const));
  reportsAs(c, cases);

  it('asked about or told as repaired, the same things stay chatter', () => {
    for (const [t] of unrepaired) {
      expect(c.classify(`${t}修好了吗？`).report).toBe(false);
      expect(c.classify(`${t}已经修好了，谢谢师傅`).report).toBe(false);
    }
  });
});

describe('a heating pipe gurgling keeps people awake: heating, not noise', () => {
  // Generated: the heating thing that makes the noise, the noise, and the complaint about sleep.
  const THINGS = ['晚上暖气管子', '卧室的暖气片', '家里暖气'];
  const NOISES = ['咕噜咕噜响', '咕嘟咕嘟响个不停'];
  const texts = THINGS.flatMap((t) => NOISES.map((n) => `${t}${n} 吵得睡不着 能不能来人看看`));
  it.each(texts)('「%s」 → heating', (text) => {
    expect(c.classify(text)).toMatchObject({ report: true, category: 'heating' });
  });
});

describe('everyday names residents give a thing of a category name it', () => {
  const families: [string, string[], string[]][] = [
    ['elevator', ['梯控', '单元的梯控'], ['刷卡没反应', '坏了刷不上楼']],
    ['elevator', ['铁箱子', '那个铁箱子'], ['又歇菜了', '坏了好几天']],
    ['lighting', ['镇流器', '楼道灯的镇流器'], ['坏了 灯一直闪', '烧了好几天']],
    ['ev_charging', ['车棚的插口', '充电桩的插口'], ['有一半坏了', '坏了好几个']],
    ['greenery', ['杨絮', '柳絮', '飞絮'], ['飘得到处都是 能不能处理一下', '满天飞 窗都不敢开']],
    ['other', ['直饮水机', 'AED', '除颤仪'], ['坏了好久了 用不了', '一直没有 能不能装一个']],
  ];
  const places = ['3栋', '小区东门', '我们单元'];
  const cases = families.flatMap(([code, things, states]) =>
    things.flatMap((t, i) => states.map((s, j) => [`${pick(places, i + j)}${t}${s}`, code] as const)),
  );
  reportsAs(c, cases);
});

describe('a fault told by what residents see, hear or smell (灯瞎了, 冰窖, 忽大忽小, 火苗小) is a report', () => {
  const cases: [string, string][] = [
    ...['楼道', '地库', '3栋门口'].map((p) => [`${p}的灯瞎了`, 'lighting'] as [string, string]),
    ...['屋里还是冰窖', '家里就是个冰窖 暖气跟没开一样', '暖气片下半截凉', '都供暖一周了还不烧'].map(
      (t) => [t, 'heating'] as [string, string],
    ),
    ...['水压忽大忽小', '家里的水忽大忽小 好几天了', '自来水时大时小 洗澡没法洗', '自来水一股漂白粉味'].map(
      (t) => [t, 'water_supply'] as [string, string],
    ),
    ...['燃气灶火苗很小', '灶上火太小 做不了饭', '天然气火力小 水都烧不开'].map((t) => [t, 'gas'] as [string, string]),
    ...['楼下的树长虫了', '绿化带的冬青全枯了', '草坪上的树生虫了'].map((t) => [t, 'greenery'] as [string, string]),
    ...['车棚的充电桩不出电', '充电桩扫码了没充上'].map((t) => [t, 'ev_charging'] as [string, string]),
    ...['开个证明跑了好几趟', '盖个章 都来三趟了'].map((t) => [t, 'admin_service'] as [string, string]),
  ];
  reportsAs(c, cases);
});

describe('a car counted after 被/让 is what blocks the way: parking, not the fire lane itself', () => {
  // Generated: the vehicle is counted (一辆, 两辆) and described (colour, kind) between 被/让 and the
  // blocking verb, so no 被车堵-like phrase holds it.
  const lanes = ['消防通道', '楼后面的消防通道', '单元门口的消防通道'];
  const cars = ['一辆白色面包车', '一辆黑色轿车', '两辆外地牌照的私家车', '一辆灰色的越野车'];
  const cases = lanes.flatMap((lane, i) =>
    cars.map((car, j) => `${lane}又${(i + j) % 2 === 0 ? '被' : '让'}${car}堵了 ${['停了两天了', '物业管不管', '贴条也没用'][j % 3]}`),
  );
  it.each(cases)('「%s」', (text) => {
    expect(c.classify(text)).toMatchObject({ report: true, category: 'parking' });
  });
});

describe('a piece missing, someone hurt by it, or a complaint asked as a question is a report', () => {
  const things: [string, string][] = [
    ['单元门口的台阶', 'road'],
    ['楼前的路砖', 'road'],
    ['2号楼门口的井盖', 'road'],
  ];
  const told = ['缺了一块', '缺了个角', '有点松 车一过就响', '好几个人在那崴了脚', '绊了我一跟头'];
  reportsAs(
    c,
    things.flatMap(([t, code]) => told.map((s) => [`${t}${s}`, code])),
  );

  reportsAs(c, [
    ['暖气片排了气也没用', 'heating'],
    ['停车费一个月涨了一百 这合理吗', 'parking'],
    ['物业费凭啥又涨', 'property_service'],
    ['物业不做为 报修了没人来', 'property_service'],
  ]);

  it('上门服务 and 收费合理 are an ad only with a contact; a resident says them too', () => {
    expect(c.classify('申请了居家养老上门服务 一个月了没人来')).toMatchObject({ report: true, category: 'care_service' });
    expect(c.classify('专业疏通 上门服务 收费合理 电话：13812345678').report).toBe(false);
  });
});

describe('more things and effects residents name a fault by (死猫, 生面孔挨家敲门, 打药, 才亮, 黄圈, 空转, 越拖越脏)', () => {
  reportsAs(c, [
    ['3栋后面有只死猫 好几天了', 'sanitation'],
    ['花坛里死了只鸟 都臭了', 'sanitation'],
    ['池子里飘着死鱼 臭得很', 'sanitation'],
    ['这几天有生面孔在楼里转悠', 'security'],
    ['有生面孔挨家敲门 说是查煤气的', 'security'],
    ['绿化打药能不能提前说 衣服都晒在外面', 'greenery'],
    ['北区的草坪都成荒地了', 'greenery'],
    ['楼道的声控灯拍半天才亮', 'lighting'],
    ['车库的灯闪得眼睛疼', 'lighting'],
    ['客厅天花板上一个黄圈 越来越大', 'water_leak'],
    ['墙角摸着潮乎乎的 天花板也有水印', 'water_leak'],
    ['水表空转 家里没用水也在走', 'water_supply'],
    ['水表转得飞快 这个月水费翻倍', 'water_supply'],
    ['保洁拖楼道越拖越脏', 'property_service'],
    ['化粪池又满出来了', 'drainage'],
    ['马桶冲不下去了', 'drainage'],
    ['坡道被人砌了台阶 轮椅上不去了', 'road'],
    ['楼下有户人家每天半夜唱歌 躁音太大', 'nuisance'],
  ]);

  it('a fault said for the third time (第三遍, 报了三次了) has lasted', () => {
    for (const n of ['第三遍', '三遍了', '三次了'])
      expect(c.classify(`@物业 5栋三楼楼道灯 我这是说${n}`), n).toMatchObject({ report: true, category: 'lighting' });
  });
});

describe('a low room temperature, a noisy instrument, a risk of falling, a promise repeated, a wrong delivery are reports', () => {
  reportsAs(c, [
    ['暖气开了 屋里才十四度', 'heating'],
    ['家里就十五六度 暖气摸着温的', 'heating'],
    ['楼下有人天天晚上吹唢呐', 'nuisance'],
    ['隔壁每天练琴到十一点', 'nuisance'],
    ['排水沟堵得死死的', 'drainage'],
    ['路口那个大坑 电动车容易栽', 'road'],
    ['那段台阶 老人容易摔', 'road'],
    ['孩子爸妈常年不在 老人生病 孩子天天饿肚子', 'care_service'],
    ['快递外卖天天送错 能不能在门口立个牌子', 'other'],
  ]);

  it('staff saying the same again (每次都说, 也是这么说的) is a complaint', () => {
    expect(c.classify('单元门口的路灯报修了 每次都说记下了').report).toBe(true);
    expect(c.classify('上周也是这么说的 电梯到现在还停着')).toMatchObject({ report: true, category: 'elevator' });
  });
});

describe('mould and damp, a lawn gone bald, dancing music, a hammer drill, a missing day room, a car across two bays', () => {
  reportsAs(c, [
    ['卧室墙角长霉了 摸着潮潮的', 'water_leak'],
    ['北区的草坪黄成一片 秃一块秃一块的', 'greenery'],
    ['楼下跳坝坝舞 音响开到最大', 'nuisance'],
    ['楼上周末一早就开电锤 吵死了', 'nuisance'],
    ['小区连个老年活动室都没有 能不能建一个', 'care_service'],
    ['有人把车斜着停 一个人占俩位', 'parking'],
  ]);
});

describe('a pipe fitting or a steam cloud names its supply (角阀 is water, 呲热气/白雾 is heating)', () => {
  const cases: [string, string][] = [
    ...['厨房角阀往外冒水', '角阀接头嗞嗞冒水', '卫生间角阀往外冒水'].map((t) => [t, 'water_supply'] as [string, string]),
    ...['地下室有根管子在呲热气 到处都是白雾', '楼道管井里呲热气 整层白雾', '车库里一根管子滋热气 白雾看不清路'].map(
      (t) => [t, 'heating'] as [string, string],
    ),
  ];
  reportsAs(c, cases);
});

describe('a drain clogged with grease, a stop withdrawn, a pavement filled, ash flicked down, a sour stink, drinking games', () => {
  reportsAs(c, [
    ['楼下饭店的油把下水管糊住了', 'drainage'],
    ['厨房排水越来越慢', 'drainage'],
    ['摆摊的把人行道占满了', 'street_order'],
    ['楼上有人往下弹烟头', 'security'],
    ['垃圾站一股酸臭味', 'sanitation'],
    ['半夜楼下喝酒划拳', 'nuisance'],
    ['早上五点就有人在楼下放音乐', 'nuisance'],
    ['老人不会用智能手机 能不能派人教教', 'care_service'],
  ]);
});

describe('a space taken and the car owner out of reach is parking, whoever relays it', () => {
  const taken = ['我的车位被人占了', '车位又被人占了', '我家固定车位被人占了'];
  const relays = ['物业说联系不上车主', '保安说找不到车主', '物业讲车主电话打不通'];
  const cases = taken.flatMap((t, i) => relays.map((r, j) => `${t} ${r} ${['那我车停哪', '怎么办', '谁管'][(i + j) % 3]}`));
  it.each(cases)('「%s」', (text) => {
    expect(c.classify(text)).toMatchObject({ report: true, category: 'parking' });
  });
});

describe('lights not switched on (灯都不开, 不开灯) and a voltage too low to start the air conditioner are reports', () => {
  reportsAs(c, [
    ['篮球场晚上灯都不开 孩子只能摸黑', 'lighting'],
    ['地库晚上也不开灯 黑乎乎的', 'lighting'],
    ['这几天晚上电压低 空调都开不起来', 'power'],
  ]);
});
