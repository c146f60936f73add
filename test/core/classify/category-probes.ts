import { realClassifier } from './real-classifier.js';

// Category probes (see category-probes.test.ts): reports generated from templates, for every
// category the things it covers × what goes wrong with them × ways of saying it, written from
// the category table of the spec (shared/spec/categories.md) and from how residents complain,
// not from the corpora or the rule files. Boundary families pin which side of a known confusion
// a message belongs on: a fire is 治安消防 unless it is a thing of another category burning
// (an e-bike on charge, a meter box); a burst pipe is supply, a blocked drain backing up is
// drainage, water from upstairs is a leak; loose facade parts are the property's; a car in a fire
// lane is parking, stuff in it is security; a hurt old person or child alone is 一老一小, a
// stranger hurt in the street is other. `npm run metamorphic` prints the rates.

const c = realClassifier();

/** A deterministic choice, so a failure names the same sentence every run. */
const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]!;

/** Things of one kind and what goes wrong with them: every thing fits every state. */
interface Family {
  /** The spec's code the report belongs to. */
  code: string;
  /** Also right: the spec allows it (暖气漏水 也可归 water_leak). */
  also?: string[];
  things: string[];
  states: string[];
  /** Where the thing is; default: places of a housing estate. */
  places?: string[];
  /** The things are who does it or where (有人在绿化带, 小区门口): said as a clause, never as 3栋的…. */
  whole?: boolean;
}

/** One way of saying reports: places, requests, and sentence frames over place, thing, state, request. */
interface Voice {
  places: string[];
  asks: string[];
  /** How a report of a thing is said. */
  phrasings: ((p: string, thing: string, state: string, ask: string) => string)[];
  /** How a report whose thing is a whole subject (有人…, 和楼上邻居…) is said. */
  whole: ((p: string, thing: string, state: string, ask: string) => string)[];
}

/** Two voices: a plain, polite one and a colloquial, tagged one, so no family is judged on one frame. */
const VOICES: Voice[] = [
  {
    places: ['3栋', '我们单元', '小区东门', '2号楼', '北区', 'B座', '5栋2单元', '西门'],
    asks: ['麻烦物业看一下', '有人管吗', '请尽快处理', '找谁反映', '能不能来人看看', '赶紧派人来', '好几天了没人管', '谁能处理一下'],
    phrasings: [
      (p, t, s, a) => `${p}的${t}${s}，${a}`,
      (p, t, s) => `${p}${t}${s}`,
      (p, t, s, a) => `${a}，${p}那边${t}${s}`,
      (p, t, s) => `你好，${p}这边${t}${s}，好几天了`,
      (p, t, s, a) => `${t}${s} ${p} ${a}`,
      (p, t, s) => `反映一下：${p}${t}${s}，请处理`,
    ],
    whole: [
      (p, t, s, a) => `${p}这边${t}${s}，${a}`,
      (p, t, s) => `${t}${s}，就在${p}`,
      (p, t, s, a) => `${a}，${p}${t}${s}`,
      (p, t, s) => `你好，${p}${t}${s}，好几天了`,
    ],
  },
  {
    places: ['7号楼', '咱们楼', '南门', 'C区', '12栋3单元', '二期', '后门', '1号楼'],
    asks: ['谁管管啊', '@物业 看到回复', '拜托快点', '这事归谁管', '物业赶紧的', '求处理🙏', '都一个礼拜了', '到底有没有人管'],
    phrasings: [
      (p, t, s, a) => `${a} ${p}${t}${s}`,
      (p, t, s) => `${p}那个${t}${s}！！`,
      (p, t, s, a) => `${p}，${t}${s}。${a}`,
      (p, t, s) => `我们${p}${t}${s}，有人管没`,
      (p, t, s, a) => `【反映】${p} ${t}${s} ${a}`,
      (p, t, s) => `说一下${p}${t}${s}`,
    ],
    whole: [
      (p, t, s, a) => `${a}，${p}${t}${s}`,
      (p, t, s) => `${p}${t}${s}！！`,
      (p, t, s) => `【反映】${p} ${t}${s}`,
      (p, t, s, a) => `说一下，${t}${s}，在${p}。${a}`,
    ],
  },
];

export const families: Record<string, Family[]> = {
  lighting: [
    {
      code: 'lighting',
      things: ['路灯', '楼道灯', '声控灯', '地库的灯', '单元门口的灯', '楼梯间的照明灯', '庭院灯'],
      states: ['不亮了', '坏了好几天', '一闪一闪的', '晚上黑漆漆的一盏都不亮', '白天亮着晚上反而灭了', '跺脚也不亮'],
    },
  ],
  water_leak: [
    {
      code: 'water_leak',
      things: ['卫生间天花板', '卧室墙角', '屋顶', '阳台顶上', '客厅墙面', '厨房吊顶'],
      states: ['渗水', '一直往下滴水', '漏水，楼上漏下来的', '湿了一大片，水印越来越大', '下雨就漏', '墙皮都泡鼓了还在渗'],
    },
  ],
  drainage: [
    {
      code: 'drainage',
      things: ['下水道', '厨房下水', '卫生间地漏', '污水管', '马桶下水', '雨水井', '化粪池'],
      states: ['堵了', '往上返水', '冒臭水', '满了往外溢', '堵住了污水流不下去', '反味，臭得不行'],
    },
  ],
  water_supply: [
    {
      code: 'water_supply',
      things: ['自来水', '家里的水', '整栋楼的水', '高层的水'],
      states: ['停了一天了', '发黄有铁锈味', '水压特别低', '突然没水了也没通知', '流出来是浑的', '一到晚上就没水'],
    },
    {
      code: 'water_supply',
      things: ['水表', '供水管', '楼道里的水管', '进户水管'],
      states: ['爆了', '裂了一直往外冒水', '冻裂了', '漏得哗哗的', '读数不对', '坏了好久'],
    },
  ],
  power: [
    {
      code: 'power',
      things: ['整栋楼', '家里', '我们这片', '楼里'],
      states: ['停电了', '又断电了', '电压不稳灯一直闪', '一开空调就跳闸', '一天停好几次电', '突然没电了'],
    },
    {
      code: 'power',
      things: ['电箱', '楼道的总闸', '电线', '配电箱', '电表'],
      states: ['老跳闸', '老化得厉害', '滋滋冒火花', '有一股焦糊味', '外皮破了露着铜丝', '跳了合不上'],
    },
  ],
  gas: [
    {
      code: 'gas',
      things: ['燃气', '天然气', '煤气', '燃气管道', '燃气表'],
      states: ['停了一天了', '一股很冲的味道', '没气了', '漏气', '打不着火', '气压很小'],
    },
  ],
  heating: [
    {
      code: 'heating',
      things: ['暖气', '暖气片', '供暖', '家里的地暖'],
      states: ['不热', '冰凉', '上热下凉', '温度上不去屋里才十四度', '供了一周还没热', '一点温度都没有'],
    },
  ],
  elevator: [
    {
      code: 'elevator',
      things: ['电梯', '货梯', '2单元的电梯', '东边那部电梯'],
      states: ['坏了', '停运好几天了', '有异响咣咣的', '门关不上', '年检过期了', '又停了老人下不了楼'],
    },
  ],
  ev_charging: [
    {
      code: 'ev_charging',
      things: ['充电桩', '电动车充电棚', '汽车充电桩', '充电插座'],
      states: ['坏了充不进电', '太少了根本排不上', '扫码没反应', '一半都不能用', '充一晚上也没充满', '显示故障'],
    },
    {
      code: 'ev_charging',
      whole: true,
      things: ['有人从楼上', '有人从窗户', '好几家', '一楼那户'],
      states: ['拉电线下来给电动车充电', '飞线充电', '把电瓶拎回家充电', '拉插线板到楼下充电动车', '把电动车推进楼道充电', '私拉电线充电'],
    },
  ],
  sanitation: [
    {
      code: 'sanitation',
      things: ['垃圾桶', '垃圾房', '垃圾', '楼下的垃圾堆', '分类垃圾桶'],
      states: ['满了没人清', '臭得不行苍蝇乱飞', '三天没人收了', '堆成山了', '溢出来流了一地汤水', '放得东倒西歪'],
    },
    {
      code: 'sanitation',
      things: ['楼道', '地下室', '单元门口', '垃圾房周围'],
      states: ['好多老鼠', '蟑螂到处爬', '一股腐臭味', '有死老鼠没人清', '全是狗屎', '蚊子苍蝇成群'],
    },
  ],
  greenery: [
    {
      code: 'greenery',
      things: ['树', '树枝', '绿化带', '草坪', '枯树', '灌木'],
      states: ['长得挡住窗户了', '好久没修剪了', '枯死了没人管', '杂草长得半人高', '挡着路走不过去', '被风吹倒了'],
    },
  ],
  road: [
    {
      code: 'road',
      things: ['路面', '主路', '人行道', '台阶', '井盖', '路砖'],
      states: ['坑坑洼洼的', '破了个大坑', '松动了一踩就响', '塌下去一块', '翘起来好几块', '裂了好长的缝'],
    },
  ],
  parking: [
    {
      code: 'parking',
      whole: true,
      things: ['乱停车', '外来车', '僵尸车', '私家车', '别人的车'],
      states: ['把我的车位占了', '停在路中间挡道', '堵在单元门口出不去', '停了半年没人动', '天天停在消防通道上', '把出口堵死了'],
    },
  ],
  nuisance: [
    {
      code: 'nuisance',
      things: ['装修', '广场舞', '烧烤摊', '饭店的油烟', '工地', '楼上'],
      states: ['吵得没法睡', '半夜还在响', '大清早就开始吵', '油烟熏得窗户都不敢开', '噪音太大了', '声音震天响'],
    },
  ],
  street_order: [
    {
      code: 'street_order',
      whole: true,
      things: ['小摊贩', '商户', '卖菜的', '门面房'],
      states: ['占道经营', '把货摆到人行道上', '摆摊把路都占了', '在门口私搭了个棚子', '把桌椅摆到公共通道上', '乱贴小广告'],
    },
  ],
  security: [
    {
      code: 'security',
      things: ['门禁', '监控', '单元门的门锁', '摄像头', '灭火器', '消防栓'],
      states: ['坏了谁都能进', '不亮了', '刷不开', '过期了', '早就失效了', '被人拆了'],
    },
    {
      code: 'security',
      whole: true,
      things: ['可疑的人', '陌生人', '几个外来人员', '小偷'],
      states: ['在楼里挨家挨户看门牌', '半夜在车棚转悠', '拉单元门把手', '偷了好几辆电动车'],
    },
  ],
  property_service: [
    {
      code: 'property_service',
      things: ['物业', '保安', '保洁', '物业客服', '物业管家'],
      states: ['打电话从来不接', '态度太差了', '收了钱不办事', '上班时间玩手机', '推来推去没人管', '报修一个月没下文'],
    },
  ],
  dispute: [
    {
      code: 'dispute',
      whole: true,
      things: ['和楼上邻居', '跟对门', '我家和隔壁', '两户人家'],
      states: [
        '因为漏水赔偿吵起来了',
        '为了车位打起来了',
        '闹矛盾好久了，请社区调解',
        '为房子分割的事一直谈不拢',
        '为占用公共过道吵得不可开交',
      ],
    },
  ],
  care_service: [
    {
      code: 'care_service',
      things: ['独居的老人', '楼上八十多岁的奶奶', '瘫痪在床的老爷子', '空巢老人', '一个人住的大爷'],
      states: ['没人照顾', '吃饭成问题，想申请助餐', '需要上门服务', '好几天没见出门了', '行动不便想找人陪诊'],
    },
    {
      code: 'care_service',
      things: ['孩子', '双职工家的小孩', '留守儿童', '隔壁家的娃'],
      states: ['放学没人看管', '暑假一个人在家', '没人接放学', '需要托管', '父母都在外地没人照顾'],
    },
  ],
  admin_service: [
    {
      code: 'admin_service',
      things: ['不动产证', '户口迁移', '社保缴费', '居住证明', '医保报销'],
      states: ['办了半年还办不下来', '材料交了没有下文', '跑了三趟都没办成', '社区不给开', '窗口说系统办不了'],
    },
  ],
  other: [
    {
      code: 'other',
      things: ['小区的宽带', '手机信号', '快递柜', '公交站', '健身器材'],
      states: ['三天两头断', '差得打不了电话', '坏了取不出件', '太远了老人走不动', '螺丝松了晃得厉害'],
    },
  ],
};

/** Boundary families: which side of a known confusion a message belongs on (see the head comment). */
export const boundaries: Record<string, Family[]> = {
  'fire is 治安消防': [
    {
      code: 'security',
      things: ['楼道里', '601家里', '地下车库', '楼顶天台', '一楼那户厨房', '停车场一辆车'],
      states: ['着火了', '冒出好多黑烟', '起火了，火苗往上窜', '浓烟滚滚', '烧起来了，烟很大', '有火光，一股焦糊味'],
    },
    {
      code: 'security',
      whole: true,
      things: ['有人在绿化带', '有人在楼下空地', '有人在河边', '几个人在楼后面'],
      states: ['烧树叶', '焚烧垃圾，烟很呛', '烧纸', '烧塑料，黑烟滚滚'],
    },
  ],
  // The smoke of a fire (烟往楼上窜, 呛得睁不开眼) is the fire's, not smoke as a nuisance (油烟扰民).
  'the smoke of a fire is 治安消防, not 油烟': [
    {
      code: 'security',
      things: ['楼梯间', '楼道里', '地下车库', '三楼走廊'],
      states: [
        '全是烟，呛得睁不开眼，不知道哪家烧起来了',
        '有东西烧起来了，烟往楼上窜',
        '着火了，烟往楼里灌',
        '一股浓烟，呛得人直咳嗽，快下楼',
      ],
    },
  ],
  'a burning thing of another category is its own': [
    {
      code: 'ev_charging',
      things: ['充电桩', '充电棚里一辆电动车', '正在充电的电瓶车', '充电插座'],
      states: ['冒烟了', '着火了', '烧起来了', '冒黑烟'],
    },
    {
      code: 'power',
      things: ['电表箱', '配电箱', '楼道的电闸', '墙上的电线'],
      states: ['冒烟了', '着火了', '烧起来了', '冒黑烟'],
    },
  ],
  // The burning thing named apart from the fire (a clause away, or with an extinguisher, a bang):
  // still that thing's fire (val-e/val-f: 电池突然冒烟还蹦火星, 箱变…箱子里往外冒黑烟).
  // An extinguisher fetched to fight the fire (快拿灭火器) is the means, not a fault of security's.
  'an extinguisher fetched for a burning thing leaves it its own': [
    {
      code: 'ev_charging',
      things: ['充电桩那边有辆电动车', '充电棚那边一辆电瓶车', '充电桩旁边有辆电瓶车'],
      states: ['着火了 火苗老高 快拿灭火器', '烧起来了，谁拎灭火器过来', '在冒烟，我去拿灭火器'],
    },
  ],
  'a burning thing named apart from the fire is its own': [
    {
      code: 'ev_charging',
      things: ['楼道里有人在充电的电瓶车', '车棚里停着的一辆电动车', '那个充电桩'],
      states: [
        '，刚才电池突然冒烟还蹦火星，我拿灭火器喷了',
        '，刚才嘭的一声，现在还在往外冒黑烟',
        '，已经烧起来了，一股塑料烧焦的味，快拿灭火器',
      ],
    },
    {
      code: 'power',
      things: ['那个箱变', '地下室的配电房', '一楼的电表箱'],
      states: [
        '，刚才嘭的一声，整片都黑了，还在往外冒黑烟',
        '里嗡嗡响，门缝里在往外冒烟，闻着像烧塑料',
        '，刚才冒火星子，现在一股焦味，我拿灭火器喷了',
      ],
    },
  ],
  // The thing a fire befalls named only as where the smoke is (配电箱那边…冒黑烟, 充电柜那边冒烟了),
  // with no word of that category's fault: still that thing's fire, not 治安消防.
  'smoke where a power or charging thing is is its own': [
    {
      code: 'power',
      things: ['配电箱那边', '电表箱那边', '配电室那里'],
      states: ['一股烧塑料味，已经冒黑烟了', '在冒青烟', '往外冒黑烟，一股焦糊味'],
    },
    {
      code: 'ev_charging',
      things: ['充电柜那边', '充电桩那里一个电池'],
      states: ['冒烟了，一股焦味', '在冒白烟，还有噼啪声', '冒黑烟了'],
    },
  ],
  // A gas appliance or its flue making people dizzy is carbon monoxide: 燃气, not the heater's water.
  'fumes from a gas appliance are 燃气': [
    {
      code: 'gas',
      things: ['热水器的排烟管', '燃气热水器', '壁挂炉的烟道', '热水器的烟管'],
      states: ['掉了，家里人都头晕想吐', '脱开了，洗完澡站都站不稳', '漏了，一家人恶心头晕', '松了，老人晕乎乎的浑身无力'],
    },
  ],
  'fumes are 扰民': [
    {
      code: 'nuisance',
      things: ['楼下的烧烤摊', '一楼的饭馆', '对面的餐馆', '楼下的大排档', '楼下饭店的排烟管'],
      states: ['油烟直往我家窗户里灌', '排烟熏得衣服不敢晾', '烟味呛得窗户不敢开', '天天烧烤烟熏火燎'],
    },
  ],
  'pipe burst is 供水': [
    {
      code: 'water_supply',
      things: ['家里的水管', '厨房水池下的进水管', '楼道里的水管', '热水器的进水管'],
      states: [
        '爆了，水喷了一屋子',
        '崩开了，地上全是水',
        '裂了，家里淹了',
        '爆裂了，水漫到客厅',
        '爆了，客厅全淹了',
        '脱开了，屋里被淹了',
      ],
    },
  ],
  'water from upstairs is 漏水': [
    {
      code: 'water_leak',
      things: ['楼上', '楼上那户', '顶楼', '楼上的卫生间'],
      states: ['漏水漏到我家了', '的水从天花板往下滴', '渗水，我家墙都湿了', '漏下来，吊顶都泡坏了'],
    },
  ],
  'drain backing up is 下水': [
    {
      code: 'drainage',
      things: ['一楼卫生间的地漏', '厨房的下水口', '一楼的马桶', '地下室的排水沟'],
      states: ['往上冒污水，家里全是脏水', '返水，屋里淹了', '倒灌，地上都是黑水', '往外冒粪水'],
    },
  ],
  // Flies and stink are what a full sewer well or standing water leads to: the drain is what to fix.
  'a sewer overflowing with flies or stink is 下水': [
    {
      code: 'drainage',
      things: ['污水井', '化粪池', '楼后面的污水井'],
      states: ['满了，苍蝇成群', '满了往外冒，苍蝇乱飞', '又满了，苍蝇一群一群的'],
    },
    {
      code: 'drainage',
      things: ['地库入口那片积水', '楼下那片积水', '单元门口的积水'],
      states: ['两天了没排掉，已经发臭了', '一直排不掉，都臭了'],
    },
  ],
  'a flooded basement is 下水': [
    {
      code: 'drainage',
      things: ['地下室', '地下车库', '储藏间', '一楼的地下室'],
      states: ['进水了，东西都泡了', '被雨水倒灌了', '水漫进来半米深', '一下暴雨就往里灌水'],
    },
  ],
  'heating leak is 供暖': [
    {
      code: 'heating',
      also: ['water_leak'],
      things: ['暖气片', '暖气管', '暖气阀门', '地暖分水器'],
      states: ['漏水了', '一直在滴水', '接口崩开了，热水喷出来', '渗水，地板都泡了'],
    },
  ],
  // The car or parking space a garage ceiling drips onto is only where it lands.
  // No phone signal in the lift or the garage is the carrier's (其他), not a lift or parking fault;
  // 都没有 inside 一格信号都没有 is that fault's word, not one of the lift's.
  'no phone signal in the lift is 其他': [
    {
      code: 'other',
      whole: true,
      things: ['电梯里', '地下车库和电梯里', '地库和电梯里'],
      states: ['手机一格信号都没有', '一格信号都没有，打电话老断', '没信号，外卖都联系不上'],
    },
  ],
  'a garage ceiling dripping onto a car is 漏水': [
    {
      code: 'water_leak',
      things: ['地库顶', '车库顶板', '地下车库的顶板'],
      states: ['一直在滴水，正好滴在我车上', '往下渗水，滴得车位上全是水垢', '在滴，我车顶全是白印子，车位也湿了'],
    },
  ],
  'rain through an outer wall is 漏水': [
    {
      code: 'water_leak',
      things: ['外墙', '北边那面外墙', '山墙', '外墙窗台下面'],
      states: ['渗水，屋里墙都湿了', '一下雨就往屋里渗', '漏雨，墙纸都起皮了', '渗得厉害，屋里发霉'],
    },
  ],
  'a light by the things of another category is 照明': [
    {
      code: 'lighting',
      things: ['地库的灯', '停车场的灯', '单元门口的灯', '车棚的灯', '垃圾房门口的灯', '充电桩旁边的灯'],
      states: ['坏了', '不亮了', '一闪一闪的', '灭了好几天'],
    },
  ],
  'lights out from a power fault is 供电': [
    {
      code: 'power',
      things: ['整栋楼', '家里', '楼里', '我们这片'],
      states: ['停电了，灯全灭了', '老跳闸，灯一会儿亮一会儿不亮', '电压不稳，灯一闪一闪的', '断电了，楼道灯也全黑了'],
    },
  ],
  'facade parts are 物业': [
    {
      code: 'property_service',
      things: ['外墙瓷砖', '外墙保温层', '楼顶的水泥块', '楼道窗户的玻璃', '外墙的墙皮', '外墙装饰板'],
      states: ['往下掉', '松动了随时要掉', '掉下来砸在单元门口', '被风吹得要掉了', '脱落了一大片'],
    },
  ],
  // A public amenity of no more specific category (其他 when it is only broken) reported and left:
  // the spec's 公共设施维修推诿 is 物业服务.
  'an amenity left unrepaired is 物业': [
    {
      code: 'property_service',
      things: ['健身器材', '小区的滑梯', '公共晾衣架', '楼下的雨棚'],
      states: ['坏了半年了，一直没人修', '断了一根，说了好几次也没人来修', '坏了，问物业说没钱修', '破了，报上去说不归他们管'],
    },
  ],
  'shop signs are 市容': [
    {
      code: 'street_order',
      things: ['门口饭店的招牌', '沿街店铺的广告牌', '底商的灯箱招牌'],
      states: ['松动了随时要掉', '被风吹得摇摇晃晃', '掉了一半吊在人行道上'],
    },
  ],
  'a missing well cover is 道路': [
    {
      code: 'road',
      things: ['雨水井的盖子', '污水井的井盖', '下水井盖', '化粪池的盖板'],
      states: ['没了，黑洞洞的', '被人偷走了', '被挪开了，差点有人踩进去', '丢了好几天'],
    },
  ],
  'a car in the fire lane is 停车': [
    {
      code: 'parking',
      things: ['消防通道', '消防车道', '楼下的消防通道'],
      states: [
        '被私家车堵死了',
        '天天停满了车',
        '又被一辆SUV占了',
        '被几辆车堵着消防车进不来',
        // The vehicle said only as 车, as the agent of the blocking.
        '又被车堵了',
        '被车挡得死死的',
        '让车给占了',
        '被两辆车堵住了',
        // Counted after 被/让, with what the car looks like in between.
        '又被一辆白色面包车堵了',
        '让一辆黑色越野车堵了',
      ],
    },
  ],
  // The car named by its kind (轿车, SUV) or counted with 台 (被一台…堵了), in the clause or the next.
  'a car of a named kind in the fire lane is 停车': [
    {
      code: 'parking',
      things: ['消防通道', '消防车道', '楼下的消防通道'],
      states: ['又被一台白色SUV堵了', '被一台黑色轿车堵了好几天', '天天被堵 昨晚一辆小轿车停了一整夜', '被两台货车堵着'],
    },
  ],
  'stuff in the fire lane is 治安消防': [
    {
      code: 'security',
      things: ['消防通道', '安全出口', '疏散通道', '消防楼梯'],
      // What is piled and whether anyone clears it (建筑垃圾, 没人清) leave the blocked route the thing to fix.
      states: [
        '堆满了杂物',
        '被旧家具堵死了',
        '堆了好多纸箱子',
        '被人锁上了',
        '堆着建筑垃圾',
        '堆着装修垃圾一直没人清',
        '堆放着一堆垃圾袋',
      ],
    },
  ],
  'clutter in the stairwell is 卫生': [
    {
      code: 'sanitation',
      things: ['楼道里', '楼梯拐角', '单元门口', '地下室'],
      states: ['堆了好多纸壳子和旧沙发', '有人堆的杂物一个月没清', '堆满了破烂还招蟑螂', '放着一堆装修垃圾'],
    },
  ],
  // 单元门口, 电梯门口: the doorway (门 + 门口) names where the mess is, not a door at fault.
  'mess at a doorway is 卫生, not the door': [
    {
      code: 'sanitation',
      things: ['单元门口', '电梯门口'],
      states: ['堆满了破烂还招蟑螂', '堆满了装修垃圾', '堆满了垃圾袋，臭得不行'],
    },
  ],
  'goods on the pavement are 市容': [
    {
      code: 'street_order',
      whole: true,
      things: ['沿街的商户', '门口的水果店', '底商', '菜店'],
      states: ['把货摆到人行道上', '把桌椅占到公共通道上', '在门口搭棚子占道', '把摊子摆出门外老远'],
    },
  ],
  'someone attacking or about to jump is 治安消防': [
    {
      code: 'security',
      whole: true,
      things: ['楼顶护栏外边', '天台边上', '8楼阳台护栏外'],
      states: ['有个人坐着要往下跳', '有人站着想跳下去', '有个女的说不想活了要跳'],
    },
    {
      code: 'security',
      whole: true,
      things: ['停车场里', '小区路边', '绿化带旁边', '车棚门口'],
      states: ['有人拿着刀追人', '有条大狗扑上来咬人', '有人在撬车锁'],
    },
  ],
  // val-f: a knife in a quarrel or a fight is 治安消防; a tree blown over onto wires is 绿化.
  'a knife in a quarrel is 治安消防': [
    {
      code: 'security',
      whole: true,
      things: ['楼下两个人拿着刀在吵架', '有两个人打起来了，一个手里拿着刀', '几个人在门口吵起来了，有人提着刀'],
      states: ['，已经有人出血了', '，地上有血', '，快报警'],
    },
  ],
  'a tree blown onto wires is 绿化': [
    {
      code: 'greenery',
      things: ['门口那棵大杨树', '楼前的老槐树', '那棵梧桐'],
      states: [
        '被风刮歪了，树冠压在电线上，底下就是公交站',
        '刮斜了，整个靠在电线上，底下人来人往',
        '吹歪了，枝子压着电线晃，楼下就是小孩玩的地方',
      ],
    },
  ],
  // val-f: water pouring through a light is the leak to fix; a child left crying upstairs is care.
  'water through a light is 漏水': [
    {
      code: 'water_leak',
      things: ['客厅的吸顶灯', '卫生间的灯罩', '厨房顶上的筒灯'],
      states: ['里在往下滴水，灯还亮着，不敢碰开关', '里积了一汪水，还在往下淌', '往下滴水，楼上敲门没人'],
    },
  ],
  'a child left crying upstairs is 一老一小': [
    {
      code: 'care_service',
      whole: true,
      things: ['楼上有个小孩在阳台', '楼上一个三四岁的娃趴在窗户边', '楼上邻居家孩子在阳台上'],
      states: ['哭了快一个钟头了，大人好像都不在', '一直喊妈妈，窗户还开着，爸妈好像都不在家', '哭着叫爸爸，家里好像没有大人'],
    },
  ],
  // val-e: a gas smell from a lone old neighbour's door is the gas to shut off; steam and scalding
  // water from a pipe shaft are the heating's.
  'gas at an old neighbour door is 燃气': [
    {
      code: 'gas',
      whole: true,
      things: ['隔壁独居的老太太家门缝里', '对门那位八十多岁的大爷家', '楼上孤寡老人屋里'],
      states: ['一股煤气味，敲门半天没人应', '飘出来一股天然气的味儿，打电话也不接', '闻着像燃气，老人好几天没出门了'],
    },
  ],
  'steam from a pipe shaft is 供暖': [
    {
      code: 'heating',
      things: ['那个管道井', '楼下的检修井', '地下室的管井'],
      states: ['往外冒大团白汽，地上全是滚烫的水', '呼呼冒蒸汽，旁边的地都是烫的', '一直往外喷热气，滚烫的水淌了一地'],
    },
  ],
  // val-e/val-f: haggling over what a neighbour pays, asking someone to make peace, a family fallen
  // out over a house, a neighbour's retaliation are 纠纷 even when a leak, noise or a house is named.
  'haggling, peacemaking and retaliation are 纠纷': [
    {
      code: 'dispute',
      whole: true,
      things: ['楼上漏水把我家墙泡坏了，修要两千', '他家空调水滴坏了我家窗台，重新弄要八百', '楼上装修把我家吊顶震裂了'],
      states: ['，他家只肯出三百，社区能不能帮忙说和一下', '，对方只愿意赔一百，谁能出面主持公道', '，人家只肯出一半，想请居委会劝和'],
    },
    {
      code: 'dispute',
      whole: true,
      things: ['兄弟几个为了老人留下的那套房子', '姐妹俩为了分家', '我和我哥为了老房子'],
      states: ['吵翻了，想请社区出面说和', '闹掰了，谁能帮忙调停一下', '彻底翻脸了，社区能不能主持公道'],
    },
    {
      code: 'dispute',
      whole: true,
      things: ['楼下嫌我家孩子跑跳', '对门嫌我家狗叫', '楼下说我家吵到他'],
      states: ['，天天拿棍子捅天花板报复', '，往我家门上贴纸条骂人', '，买了个震楼器对着我家震'],
    },
    // Only the refusal said (不赔, 一分钱不赔), no mediator asked for: still the quarrel over paying.
    {
      code: 'dispute',
      whole: true,
      things: ['楼上漏水把我家天花板泡坏了', '邻居装修把我家墙震裂了', '他家空调架子掉下来砸坏了我家雨棚'],
      states: ['，人家说是老房子的问题不赔', '，到现在一分钱不赔', '，对方就是不肯赔'],
    },
  ],
  // val-e: ads stuck again as soon as they are torn off are 市容, wherever they are stuck.
  'ads stuck back up are 市容': [
    {
      code: 'street_order',
      things: ['电梯里', '单元门上', '楼道墙上'],
      states: ['全是开锁疏通的小广告，刚撕又贴上了', '的小广告撕了又贴，贴得到处都是', '贴满了办证的小广告，撕都撕不完'],
    },
  ],
  // val-e: a dog's mess left on the lawn is 卫生, not the lawn's.
  // Rats (耗子, the everyday word) running in a flower bed or chewing car wires are vermin: 卫生.
  'rats in the beds or under cars are 卫生': [
    {
      code: 'sanitation',
      whole: true,
      things: ['耗子', '最近耗子', '小区里的耗子'],
      states: ['多得吓人，晚上在花坛里乱窜，还把我车线咬了', '太多了，车线都给咬断了', '成群的，晚上在绿化带里乱窜'],
    },
  ],
  'dog mess on the lawn is 卫生': [
    {
      code: 'sanitation',
      whole: true,
      things: ['谁家天天把狗牵到草坪上', '有人遛狗在绿化带里', '楼下那条大狗天天在花坛边'],
      states: ['拉屎不捡，恶心死了', '随地拉屎也不铲，走路都踩一脚', '拉完屎就走，臭死了'],
    },
  ],
  'someone shut in a lift is 电梯': [
    {
      code: 'elevator',
      whole: true,
      things: ['有人', '一个老太太', '送外卖的小哥', '两个孩子'],
      states: ['被困在电梯里了', '关在电梯里出不来', '卡在电梯里半小时了'],
    },
    // A lift called by its number or side (2号梯, 东梯), someone shut in it while the office is
    // blamed (物业电话打不通) or the one inside is old or a child: still the lift's.
    {
      code: 'elevator',
      things: ['2号梯', '东梯', '5号梯', '西梯'],
      states: ['里关着个老太太，按警铃没人应', '卡在两层中间了，里面有个小孩在哭', '里困着人，物业电话打不通', '停了，人卡里面十分钟了'],
    },
    {
      code: 'elevator',
      whole: true,
      things: ['送快递的小哥', '一个老大爷', '俩小孩'],
      states: ['被关在电梯里了，物业电话打不通', '关在电梯里半天了，喘不上气'],
    },
  ],
  'an old person hurt or lost is 一老一小': [
    {
      code: 'care_service',
      whole: true,
      things: ['独居的王奶奶', '楼上的老爷子', '对门的老太太', '一个老大爷'],
      states: ['摔倒了起不来', '走丢了家里人到处找', '在家晕倒了', '摔了一跤头磕破了'],
    },
    {
      code: 'care_service',
      whole: true,
      things: ['一个小孩', '隔壁家的孩子', '一个三四岁的娃'],
      states: ['一个人在河边玩没有大人', '走丢了在哭', '找不到家长了'],
    },
  ],
  // Neighbours' quarrel told as one (两家人吵起来了) that comes to a knife: still the quarrel (纠纷);
  // two people fighting with a knife, no quarrel between parties told, is 治安消防.
  "a neighbours' quarrel that comes to a knife is 纠纷": [
    {
      code: 'dispute',
      whole: true,
      things: ['两家人', '楼上楼下两家', '对门两家邻居'],
      states: ['吵起来了，一个拿了菜刀，快来人劝劝', '为了占车位吵起来了，有个人拎着菜刀', '吵起来了，有人手里拿着刀'],
    },
    {
      code: 'security',
      whole: true,
      things: ['两个人', '两个男的'],
      states: ['打起来了，一个手里拿着刀，地上有血', '拿着刀在吵架，快报警'],
    },
  ],
  // Damage the other side will not own (不认账, 不承认, 损失找谁) or a quarrel taken to mediation
  // (来调解, 找社区调解): the message is about the quarrel, what was damaged is only its cause.
  'damage nobody owns up to, or mediation asked, is 纠纷': [
    {
      code: 'dispute',
      whole: true,
      things: ['隔壁装修工人把我的自行车弄坏了', '楼上掉东西把我车砸了个坑', '楼下说我家漏水泡了他家吊顶'],
      states: ['，他们不认账', '，对方不承认，这个损失找谁', '，社区能不能来调解一下', '，我要找社区调解'],
    },
  ],
  // 炸了 of a pipe is a burst (供水) though the word also tells things blowing up (a fire's):
  // a word that is the category's own danger yields nothing.
  'a pipe that 炸了 is 供水': [
    {
      code: 'water_supply',
      things: ['厨房水管接头', '卫生间的进水管', '楼道里的自来水管'],
      states: ['炸了，水跟开了闸一样，满屋子都是水', '炸了，水哗哗往外喷，总阀拧不动'],
    },
  ],
  // Something of a household (花盆, 晾衣杆) falling from upstairs onto someone below is 高空坠物,
  // as 高空抛物 is: 治安消防, not the building's facade (物业) nor the road it lands on.
  'a flowerpot falling on someone below is 治安消防': [
    {
      code: 'security',
      whole: true,
      things: ['上面掉下来一个花盆', '楼上阳台的花盆掉下来了', '不知道谁家的晾衣杆掉下来', '楼上掉下来一个花瓶'],
      states: ['砸在一个阿姨头上 流了好多血', '擦着一个老人的肩膀 肩膀在流血', '砸中一个路过的小伙子 坐在地上起不来'],
    },
  ],
  'a stranger hurt in the street is 其他': [
    {
      code: 'other',
      whole: true,
      things: ['小区门口', '超市门口', '马路边'],
      states: ['有个小伙子被车撞了满脸是血', '一个路人突然倒地抽搐', '有个外卖员摔倒了腿动不了'],
    },
  ],
};

export interface Rate {
  pass: number;
  total: number;
  failures: string[];
}

/** The sentences of a family: every thing with every state, each said one of the ways. */
function sentences(f: Family): string[] {
  const out: string[] = [];
  for (const [v, voice] of VOICES.entries()) {
    let i = 0;
    for (const thing of f.things)
      for (const state of f.states) {
        const place = pick(f.places ?? voice.places, i * (3 + 2 * v) + 1 + 2 * v);
        const ask = pick(voice.asks, i * (5 - 2 * v) + 2 - v);
        out.push(pick(f.whole ? voice.whole : voice.phrasings, i)(place, thing, state, ask));
        i++;
      }
  }
  return out;
}

function rate(fs: Family[]): Rate {
  const r: Rate = { pass: 0, total: 0, failures: [] };
  for (const f of fs)
    for (const s of sentences(f)) {
      const got = c.classify(s);
      r.total++;
      if (got.report && (got.category === f.code || f.also?.includes(got.category!))) r.pass++;
      else r.failures.push(`${s} → ${got.report ? got.category : '不是诉求'}（应为 ${f.code}）`);
    }
  return r;
}

/** Per category and per boundary: how many generated reports get the spec's category. */
export function categoryRates(): { categories: Record<string, Rate>; boundaries: Record<string, Rate> } {
  return {
    categories: Object.fromEntries(Object.entries(families).map(([k, fs]) => [k, rate(fs)])),
    boundaries: Object.fromEntries(Object.entries(boundaries).map(([k, fs]) => [k, rate(fs)])),
  };
}
