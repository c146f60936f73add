import { describe, expect, it } from 'vitest';
import { extractBuilding } from '../../../src/core/classify/extract-building.js';
import { realClassifier } from './real-classifier.js';

describe('extractBuilding', () => {
  it.each([
    ['3号楼门口的路灯不亮', '3号楼'],
    ['三号楼的垃圾桶满了', '三号楼'],
    ['十二栋单元门口堵了辆车', '十二栋'],
    ['12#楼2单元电梯坏了', '12#楼2单元'],
    ['5#楼下面一股煤气味', '5#楼'],
    ['A区5栋停水了', 'A区5栋'],
    ['B区3单元外墙渗水', 'B区3单元'],
    ['东区车棚着火了', '东区'],
    ['二期进门那段台阶坏了', '二期'],
    ['二期3号楼又停电', '二期3号楼'],
    ['平房区那边下水道堵了', '平房区'],
    ['困在A座电梯里了', 'A座'],
    ['一单元楼道里水管爆了', '一单元'],
    ['5号楼2单元暖气不热', '5号楼2单元'],
    ['有人被关在电梯里了 1号楼东单元 物业快来', '1号楼东单元'],
    ['5栋东单元电梯已恢复运行', '5栋东单元'],
    ['三号楼西单元楼道灯不亮', '三号楼西单元'],
    ['A区2栋中单元门禁坏了', 'A区2栋中单元'],
    ['北单元的电梯又停了', '北单元'],
    ['19号楼3门楼道总闸又跳了', '19号楼3门'],
    ['阀门拧不动 水还在冒 求助 3门', '3门'],
    ['2号楼12门的路灯不亮', '2号楼12门'],
    ['12月3日7:30-17:00东区停电', '东区'],
    ['明天8:00-12:00西区停水', '西区'],
    ['东门岗亭边上的路灯', '东门'],
    ['南大门外面在施工', '南大门'],
    ['３号楼停水', '３号楼'],
  ])('finds the place in %s', (text, place) => {
    expect(extractBuilding(text, ['平房区'])).toBe(place);
  });

  it('drops room numbers after the building', () => {
    expect(extractBuilding('客厅已经淹了 9栋1702')).toBe('9栋');
    expect(extractBuilding('5栋2单元302卫生间漏水')).toBe('5栋2单元');
  });

  it('does not take floors for buildings', () => {
    expect(extractBuilding('二号楼三楼楼道灯坏了')).toBe('二号楼');
    expect(extractBuilding('爬了18层腿都废了')).toBeNull();
    expect(extractBuilding('五楼那户在装修')).toBeNull();
    expect(extractBuilding('卡在9楼和10楼中间')).toBeNull();
  });

  it('does not take generic places for buildings', () => {
    for (const text of [
      '楼道里堆满了杂物',
      '地下车库的灯全灭了',
      '车棚的充电桩坏了',
      '小区门口的水果摊',
      '单元门上贴满了小广告',
      '烟全往我们楼里飘',
      '整栋楼都停电了',
      '社区食堂',
      '两栋楼之间',
      '一门心思想换个物业',
      '关门了没人管',
    ]) {
      expect(extractBuilding(text)).toBeNull();
    }
  });

  it('does not take dates or amounts with 号 for buildings', () => {
    expect(extractBuilding('供暖11月15号开始')).toBeNull();
    expect(extractBuilding('1502的业主在吗')).toBeNull();
  });

  it('reads front, back and side gates but not 走后门', () => {
    expect(extractBuilding('小区后门的垃圾堆到马路上了')).toBe('后门');
    expect(extractBuilding('侧门的道闸坏了')).toBe('侧门');
    expect(extractBuilding('办事还得走后门')).toBeNull();
    // Walking through a gate on a side names it: 走北门, 走东门 (only 走后门/走前门 are idioms).
    for (const side of ['东', '西', '南', '北', '东北'])
      for (const frame of [(g: string) => `路通了，大家可以走${g}了`, (g: string) => `晚上十点以后还能走${g}吗`])
        expect(extractBuilding(frame(`${side}门`))).toBe(`${side}门`);
  });

  it('reads a phase or zone written right after a clock time', () => {
    expect(extractBuilding('17:00二期停水，约两个小时')).toBe('二期');
    expect(extractBuilding('明天8：30三区停电')).toBe('三区');
    expect(extractBuilding('1702三期')).toBeNull();
  });

  it('returns the first place when several are named', () => {
    expect(extractBuilding('7栋和8栋之间的路灯')).toBe('7栋');
  });

  it('knows named zones only when the rules list them', () => {
    expect(extractBuilding('别墅区的路灯')).toBeNull();
    expect(extractBuilding('别墅区的路灯', ['别墅区'])).toBe('别墅区');
  });

  // Old lane houses are numbered 号 without 楼; a bare 号 is also a date or a numbered thing.
  describe('bare house numbers, read from the words around them', () => {
    const numbers = ['3', '9', '26', '十二'];
    const atHouse = [
      (n: string) => `${n}号门口的路灯不亮`,
      (n: string) => `${n}号后面堆满了旧家具`,
      (n: string) => `我家在${n}号底楼 楼上漏水`,
      (n: string) => `${n}号三楼卫生间漏到我家`,
      (n: string) => `${n}号的孤老 冬天屋里没取暖`,
      (n: string) => `@居委 ${n}号独居的老阿爷两天没出门了`,
      (n: string) => `${n}号里厢的灭火器过期了`,
      (n: string) => `${n}号有户人家天天搓麻将`,
      (n: string) => `${n}号外墙渗水`,
      (n: string) => `${n}号自来水黄得像茶`,
      (n: string) => `维修师傅：${n}号的水管已经换好`,
      (n: string) => `今朝路过${n}号 看到门楼修好了`,
      (n: string) => `${n}号楼梯口堆满了纸板箱`,
      (n: string) => `${n}号后门的燃气管在漏`,
      (n: string) => `${n}号 楼上空调滴水`,
      (n: string) => `${n}号和10号门口积水`,
      (n: string) => `我住喺${n}号 成日停电`,
      (n: string) => `${n}号入面成日有人吵`,
    ];
    const dates = [
      (n: string) => `${n}号停水`,
      (n: string) => `下个月${n}号交物业费`,
      (n: string) => `${n}号之前交齐`,
      (n: string) => `${n}号前交齐`,
      (n: string) => `${n}号开始供暖`,
      (n: string) => `今天都${n}号了 还不来暖气`,
      (n: string) => `说好${n}号供暖`,
      (n: string) => `热力公司说是${n}号 还有三天`,
      (n: string) => `${n}号下午三点开会`,
      (n: string) => `${n}号到20号停水`,
      (n: string) => `1号到${n}号停水`,
      (n: string) => `十一月${n}号`,
      (n: string) => `${n}号那天停电了`,
      (n: string) => `${n}号下雨了`,
      (n: string) => `我${n}号回来`,
      (n: string) => `${n}号报修的 到现在没人来`,
      (n: string) => `${n}号就停水了`,
      (n: string) => `${n}号下昼停水`,
      (n: string) => `听日${n}号 记得储水`,
      (n: string) => `${n}号、10号两天停水`,
      (n: string) => `${n}号（周三）停水`,
      (n: string) => `${n}号，全天停水`,
    ];
    const things = [
      (n: string) => `${n}号线又故障了`,
      (n: string) => `${n}号电梯困人了`,
      (n: string) => `${n}号梯又坏了`,
      (n: string) => `${n}号床的病人`,
      (n: string) => `${n}号车位被占了`,
      (n: string) => `${n}号垃圾站着火了`,
      (n: string) => `充电桩第${n}号口冒烟`,
      (n: string) => `向日葵${n}号`,
    ];
    const cases = (frames: ((n: string) => string)[]) => numbers.flatMap((n) => frames.map((f) => [f(n), n] as const));

    it.each(cases(atHouse))('%s → the house', (text, n) => {
      expect(extractBuilding(text)).toBe(`${n}号`);
    });
    it.each(cases(dates))('%s → a date, no place', (text) => {
      expect(extractBuilding(text)).toBeNull();
    });
    it.each(cases(things))('%s → a numbered thing, no place', (text) => {
      expect(extractBuilding(text)).toBeNull();
    });

    it('reads a house number after a clock time, and a building after a weekday', () => {
      expect(extractBuilding('下周二白天8点到17点24号停电')).toBe('24号');
      expect(extractBuilding('下周二5号楼停电检修')).toBe('5号楼');
    });

    it('keeps the room number out', () => {
      expect(extractBuilding('32号202 梧桐树枝伸到窗口')).toBe('32号');
    });
  });

  it.each([
    ['a lane', '3弄的路灯又不亮了', '3弄'],
    ['a lane', '三弄灶头火头小得来', '三弄'],
    ['a lane', '瓶改管啥辰光轮到阿拉2弄', '2弄'],
    ['a branch lane', '乙支弄的路灯坏了两个月了', '乙支弄'],
    ['a branch lane', '本周三9:00-15:00甲支弄全弄停水', '甲支弄'],
    ['a house in a lane', '甲支弄6号 楼上空调管子滴水', '甲支弄6号'],
    ['a house in a lane', '3弄22号的电表箱门锁坏了', '3弄22号'],
    ['a house in a lane', '6弄3号暖气片接口在滴水', '6弄3号'],
    ['a courtyard by its side', '咱南院垃圾都堆到路中间了', '南院'],
    ['a courtyard by its side', '北院二号楼那个屋里一直有味儿', '北院二号楼'],
    ['a courtyard by its side', '南院7号楼西单元电梯故障', '南院7号楼西单元'],
    ['a courtyard by its side', '每天早上六点出锅 南院西门口', '南院西门'],
    ['a numbered gate', '2号门进出口总有车横着停', '2号门'],
    ['a numbered gate', '西二门进来那条路上的井盖松了', '西二门'],
    ['the middle gate', '中门往里走五十米', '中门'],
    ['a building by its number before 楼下', '十八栋楼下装修', '十八栋'],
    ['a gate of the estate', '金阳花园东门外在施工', '东门'],
    ['a courtyard with buildings of its own', '3号院5号楼2单元停水', '3号院5号楼2单元'],
    ['a village lane', '三巷5号门口积水', '三巷5号'],
    ['a block of a village in the city', '墙一直在渗水 A3栋', 'A3栋'],
    ['a resettlement zone by its name', '我们安置二区好多老人一个人住', '安置二区'],
    ['an old building by its name', '住老三栋顶楼的我', '老三栋'],
  ])('reads %s: %s', (_kind, text, place) => {
    expect(extractBuilding(text)).toBe(place);
  });

  // Generated: the compounds of work units and big high-rise estates name their blocks in ways of
  // their own — an annex by its 附 (附2号), a lettered zone with a number (B2区), a lettered unit
  // (8座A单元), a block by a heavenly stem (甲栋) — each said in several frames, kept whole.
  describe('annexes, numbered letter zones, lettered units and stem blocks', () => {
    const places = ['附2号', '附十二号', '附3号楼', 'B2区', 'C12区', 'A区', '8座A单元', '3栋B单元', '甲栋', '乙号楼', '丙座'];
    const frames = [
      (p: string) => `${p}门口那盏灯该换了`,
      (p: string) => `我们${p}的楼道灯修好嘛`,
      (p: string) => `@物业 ${p}电梯里头困了人`,
      (p: string) => `${p} 暖气片只有上半截是温的`,
      (p: string) => `请问${p}有没有房子出租`,
      (p: string) => `阳台地漏往上翻泡泡 ${p}`,
      (p: string) => `【物业通知】${p}游泳池暂停开放`,
    ];
    const cases = places.flatMap((p) => frames.map((f) => [f(p), p] as const));
    it.each(cases)('%s → %s', (text, place) => {
      expect(extractBuilding(text)).toBe(place);
    });
    it.each(['附近的路灯不亮', '附件里有通知', '甲方说下周来', '乙醇消毒', '丙烷罐子'])('%s → no place', (text) => {
      expect(extractBuilding(text)).toBeNull();
    });
  });

  // Generated: a notice names a run of buildings (1-10幢, 3~5号楼); the whole run is the place.
  describe('runs of buildings in a notice', () => {
    const places = ['1-10幢', '东区1-10幢', '3~5号楼', 'B区12-15栋', '6至8栋'];
    const frames = [
      (p: string) => `【停水通知】明天白天${p}停水，请提前储水`,
      (p: string) => `各位业主：${p}今晚电梯检修`,
      (p: string) => `${p}的住户请注意，燃气入户安检`,
    ];
    it.each(places.flatMap((p) => frames.map((f) => [f(p), p] as const)))('%s → %s', (text, place) => {
      expect(extractBuilding(text)).toBe(place);
    });
  });

  // Generated: a hutong house added between two numbers takes a heavenly stem (甲5号, 乙12号院);
  // the stem belongs to the place, which is a house by it even where a bare number would be
  // read as a date (甲5号 at the end of a message, 乙7号这块).
  describe('stem-numbered hutong houses', () => {
    const places = ['甲5号', '乙12号', '丙三号', '甲3号院', '乙7号院', '甲5号楼2门', '甲3号院5号楼'];
    const frames = [
      (p: string) => `${p}门口那盏灯一闪一闪的`,
      (p: string) => `耗子忒多了 大白天的就在院里溜达 ${p}`,
      (p: string) => `今儿有人撬${p}那家的门`,
      (p: string) => `胡同里停满了车 三轮都过不去 ${p}这块`,
      (p: string) => `老街坊们 ${p}谁家燃气漏了吧`,
      (p: string) => `居委会给开个证明吧 ${p}的`,
    ];
    const cases = places.flatMap((p) => frames.map((f) => [f(p), p] as const));
    it.each(cases)('%s → %s', (text, place) => {
      expect(extractBuilding(text)).toBe(place);
    });
  });

  it.each([
    ['the verb 弄', ['一弄就坏', '再弄一下', '物业已经弄好了', '两个人弄了半天', '弄堂里下棋']],
    ['a generic yard or alley', ['整个后院臭得没法待', '大院里的路灯', '一巷子都是垃圾', '后巷的垃圾桶满了', '三巷入面嗰盏路灯坏咗']],
    ['a word that ends in a side', ['然后门就打不开了', '其中门口那家', '以前门卫很负责', '5号门诊排队', '3号门面出租', '2号门店装修']],
    ['the gate of a place outside the estate', ['菜市场后门那条明沟堵死了', '学校东门放学很堵', '超市北门在打折']],
    ['a district of a city', ['滨海新区那边新开了个大商场', '河西区某小区电梯困人', '城南区的房价']],
    ['buildings counted', ['一栋楼都炸塌了', '三栋楼都熏黑了', '我们这一栋都卡着', '同一单元的邻居']],
  ])('does not read a place from %s', (_kind, texts) => {
    for (const text of texts) expect(extractBuilding(text)).toBeNull();
  });
});

describe('a building named for its use in a work-unit compound (老干楼, 单身楼, 专家楼) with the shipped rules', () => {
  const c = realClassifier();
  it.each([
    ['老干楼门口那个灯泡坏了好久', '老干楼'],
    ['暖气不热 交了钱的 老干楼二单元', '老干楼二单元'],
    ['单身楼的铁门锁坏了 关不上', '单身楼'],
    ['专家楼3单元的电梯又停了', '专家楼3单元'],
    ['干部楼后面的下水道堵了', '干部楼'],
  ])('「%s」 names %s', (text, place) => {
    expect(c.classify(text).building).toBe(place);
  });
});

describe('zones named by the heavenly stems (甲区, 乙区) and dormitory blocks numbered 舍 (3舍)', () => {
  it.each(
    ['甲', '乙', '丙', '丁'].flatMap((stem) => [
      [`瓶改管什么时候轮到我们${stem}区？`, `${stem}区`],
      [`草坪没人管，草长得比小孩还高 ${stem}区`, `${stem}区`],
      [`${stem}区3栋2单元楼上漏水`, `${stem}区3栋2单元`],
    ]),
  )('「%s」 names %s', (text, place) => {
    expect(extractBuilding(text)).toBe(place);
  });
  it.each([
    ['露水了 卫生间顶上 一直滴 2舍', '2舍'],
    ['12舍的楼道灯坏了', '12舍'],
  ])('「%s」 names %s', (text, place) => expect(extractBuilding(text)).toBe(place));
  it.each(['四舍五入一下就是十块', '宿舍很干净', '一舍一得'])('「%s」 names none', (text) => expect(extractBuilding(text)).toBeNull());
});

// Generated: a lane of a village in the city (巷, in Guangzhou also 坊) in digits, or after the part
// of the village or the zone it runs through (新村七巷, 南村4巷, 东区3巷), with or without the house in
// it (12巷3号), is kept whole; a 楼 after the house is upstairs or the stairwell (8巷12号楼道), and a
// lane counted in words with nothing before it (三巷入面) stays a nickname.
describe('lanes of a village in the city', () => {
  const lanes = ['巷', '坊'];
  const numbers = ['8', '11', '七', '十二'];
  const prefixes = ['', '新村', '南村', '东区', 'B区', '三区'];
  const houses = ['', '12号', '三号'];
  const frames = [
    (p: string) => `${p}楼道灯坏咗成个礼拜`,
    (p: string) => `${p}楼上漏水漏到我屋企`,
    (p: string) => `化粪池又满了 ${p}`,
    (p: string) => `住${p}的租客注意 唔好喺房充电`,
    (p: string) => `@物业 ${p}门口积水好深`,
    (p: string) => `${p}入面嗰盏路灯坏咗`,
  ];
  const named = lanes.flatMap((lane) =>
    numbers.flatMap((n) =>
      prefixes.flatMap((prefix) =>
        houses.map((house) => `${prefix}${n}${lane}${house}`).filter((p) => !/^[一二三四五六七八九十]+[巷坊]$/.test(p)),
      ),
    ),
  );
  it.each(named.flatMap((p) => frames.map((f) => [f(p), p] as const)))('%s → %s', (text, place) => {
    expect(extractBuilding(text)).toBe(place);
  });
  it.each([
    '三巷入面嗰盏路灯坏咗',
    '二巷包租婆话唔好充电',
    '一巷子都是垃圾',
    '巷子里好黑',
    '大街小巷都贴满了',
    '后巷的垃圾桶满了',
    '巷口有人烧嘢',
    '三坊七巷好多游客',
    '街坊们注意',
    '楼下作坊好吵',
    '村口牌坊',
  ])('%s → no place', (text) => {
    expect(extractBuilding(text)).toBeNull();
  });
});

// Generated: a Guangdong estate names its blocks 座 (5座, 第3座, 十二座), enters them by numbered stairs
// (2梯, 二梯) and groups them in side gardens (东苑, 西苑); zone, block and stair are kept whole, and
// each may stand alone.
describe('Guangdong blocks, stairs and side gardens', () => {
  const zones = ['', '东苑', '西苑', 'A区'];
  const blocks = ['', '5座', '第3座', '十二座', 'B座'];
  const stairs = ['', '2梯', '二梯'];
  const frames = [
    (p: string) => `${p}停水成日冇通知`,
    (p: string) => `${p}电梯又坏咗`,
    (p: string) => `灯一闪一闪 ${p}`,
    (p: string) => `我住${p}，楼下好吵`,
    (p: string) => `【停电通知】明天${p}停电检修`,
    (p: string) => `整个${p}都冇水`,
    (p: string) => `${p}1502天花渗水`,
  ];
  const places = zones.flatMap((z) => blocks.flatMap((b) => stairs.map((s) => `${z}${b}${s}`))).filter((p) => p !== '');
  it.each(places.flatMap((p) => frames.map((f) => [f(p), p] as const)))('%s → %s', (text, place) => {
    expect(extractBuilding(text)).toBe(place);
  });
  it('keeps the block after a garden that is part of the estate’s name', () => {
    expect(extractBuilding('碧桂园东苑3座停水')).toBe('东苑3座');
    expect(extractBuilding('御东苑3座漏水')).toBe('3座');
  });
  it('reads a numbered lift (3号梯) as no stair', () => {
    expect(extractBuilding('A座3号梯困人')).toBe('A座');
    expect(extractBuilding('12座1号梯今日保养')).toBe('12座');
    expect(extractBuilding('3号梯困人')).toBeNull();
  });
  it.each([
    [
      '座 counting or seating',
      [
        '一座桥塌了',
        '这座城市',
        '三座大山',
        '第二座桥',
        '讲座报名',
        '座位不够',
        '座椅坏了',
        '租了辆7座的车',
        '7座商务车',
        '一座难求',
        '满座了',
        '在座的各位',
        '插座冒火花',
        '3号座位',
      ],
    ],
    ['梯 in other words', ['楼梯灯坏了', '电梯困人', '梯子借我用下', '扶梯停了', '一梯两户', '2梯4户的户型', '第一梯队']],
    ['苑 inside a longer name', ['御东苑停水', '南苑机场好吵', '东苑路在修路', '我们那个东苑小区']],
  ])('reads no place from %s', (_kind, texts) => {
    for (const text of texts) expect(extractBuilding(text)).toBeNull();
  });
});

// Generated: the gate of a facility that is not the estate (幼儿园后门, 公园北门, 医院东门) names no
// place; the gate of a 花园 or 家园 is the estate's own.
describe('gates of facilities and of estates', () => {
  const gates = ['后门', '东门', '北门'];
  const frames = [(p: string) => `${p}好多车乱停`, (p: string) => `每日朝早${p}塞到死`];
  const facilities = ['幼儿园', '公园', '动物园', '科技园', '医院', '学院'];
  it.each(facilities.flatMap((f) => gates.flatMap((g) => frames.map((fr) => fr(`${f}${g}`)))))('%s → no place', (text) => {
    expect(extractBuilding(text)).toBeNull();
  });
  it.each(['金阳花园', '幸福家园', '碧桂园'].flatMap((e) => gates.flatMap((g) => frames.map((fr) => [fr(`${e}${g}`), g] as const))))(
    '%s → %s',
    (text, gate) => {
      expect(extractBuilding(text)).toBe(gate);
    },
  );
});

describe('extractBuilding: houses and courtyards numbered along a street', () => {
  const streets = ['老街', '滨河路', '解放路', '建设大道', '中山北路'];
  const numbers = ['12号', '37号院', '5号楼2单元', '八号院'];
  const frames = [
    (p: string) => `${p}门口的路灯坏了`,
    (p: string) => `有股煤气味 ${p}`,
    (p: string) => `还在${p}后头堵着`,
    (p: string) => `水已经进了${p}好几户屋里`,
    (p: string) => `我家住在${p}，楼上漏水`,
    (p: string) => `把${p}后门堵死了`,
  ];
  const cases = streets.flatMap((s) => numbers.flatMap((n) => frames.map((f) => [f(s + n), s + n] as const)));
  it.each(cases)('「%s」 → %s', (text, place) => {
    expect(extractBuilding(text)).toBe(place);
  });

  it.each([
    ['人民路5号线今天停运', null],
    ['过马路12号那家的狗又叫了', '12号'],
    ['下个月解放路那边5号停水', null],
    ['走在马路上看见井盖没了', null],
    ['逛街回来3号楼停电了', '3号楼'],
  ])('a road in general, a numbered line or a date takes no street: 「%s」 → %s', (text, place) => {
    expect(extractBuilding(text)).toBe(place);
  });
});
