import { realClassifier } from './real-classifier.js';

// Urgency probes (see urgency-probes.test.ts): emergencies and near misses generated from
// templates, hazard class × who or what is exposed × how it is said, so that a rule change is
// judged on whole classes of sentences, not on one sentence. The words were written for these
// templates, not taken from the corpora or from the rules. `npm run metamorphic` prints the rates.

const c = realClassifier();

/** A deterministic choice, so a failure names the same sentence every run. */
const pick = <T>(xs: readonly T[], i: number): T => xs[i % xs.length]!;
const trimEnd = (t: string) => t.replace(/[。！!？?~～\s]+$/u, '');

/** One hazard class: sentence templates over its own slots, `n` sentences of it. */
interface Scenario {
  n: number;
  make: (i: number) => string;
}

const PEOPLE = ['有人', '一个老太太', '我爸', '两个小学生', '送外卖的小哥', '隔壁的阿姨', '一位孕妇', '我们家保姆', '三楼的小伙子'];
const LIFTS = ['电梯', '电梯轿厢', '5号楼的电梯', '地库那部电梯', '货梯', '2单元的电梯'];
const ELDERS = ['住我对门的独居老人', '楼上的李奶奶', '一楼那位八十多岁的大爷', '隔壁单元的老阿姨', '我们楼的孤寡老人张叔', '六楼的王爷爷'];
const KIDS = ['隔壁家的小孩', '楼下一个三四岁的娃', '邻居家五岁的孩子', '一个小女孩', '对门的小男孩'];
const LIGHTS = ['吸顶灯', '灯座', '筒灯', '灯罩', '卫生间的灯'];
const ELECTRICS = ['电表箱', '插座', '配电箱', '楼道的电闸', '墙上的开关'];
const HEAT_PIPES = ['暖气管', '楼下的供热管道', '地下室的热力管', '卫生间的暖气片', '楼道里的暖气立管'];
const COVERS = ['井盖', '下水井的盖子', '污水井的盖子', '雨水井盖板'];
const WALKS = ['人行道上', '路中间', '小区主干道上', '单元门口', '幼儿园门口的路上'];

export const urgentScenarios: Record<string, Scenario> = {
  'shut in a lift': {
    n: 18,
    make: (i) => {
      const who = pick(PEOPLE, i);
      const lift = pick(LIFTS, i * 5 + 1);
      return pick(
        [
          `${who}被困在${lift}里，已经十来分钟了`,
          `${lift}停在两层之间不动了，${who}还在里面出不来`,
          `${who}关在${lift}里出不来，按警铃也没人应`,
          `${lift}门打不开，${who}在里头拍门`,
          `${who}在${lift}里卡住了，门怎么也开不了`,
          `${lift}突然往下掉了一截就停了，${who}被关在里边`,
        ],
        i,
      );
    },
  },
  'fire or smoke': {
    n: 14,
    make: (i) => {
      const place = pick(['楼道里', '地下车库', '3单元的配电间', '车棚', '顶楼天台', '楼下垃圾房', '601家厨房'], i);
      return pick(
        [
          `${place}冒出好多黑烟`,
          `${place}窜出火苗了`,
          `${place}那边好像烧着了，火光都看得见`,
          `${place}有辆电动车充电的时候烧了起来`,
          `${place}一股烧塑料的味道，还在往外冒烟`,
          `${place}浓烟滚滚，呛得人睁不开眼`,
          `${place}起火了，大家快下楼`,
          `${place}那着起来了，烟老大了`,
        ],
        i * 3 + 1,
      );
    },
  },
  'gas smell or leak': {
    n: 12,
    make: (i) => {
      const where = pick(['一楼楼道', '我家厨房', '电梯口', '单元门口', '地下室', '隔壁家门口'], i);
      return pick(
        [
          `${where}一股很冲的天然气味道`,
          `${where}煤气的味儿特别重`,
          `${where}的燃气管子在呲呲往外漏`,
          `${where}有液化气的味道，熏得头晕`,
          `${where}闻到一股臭鸡蛋的味道，越来越浓`,
          `${where}燃气表那里嘶嘶响，味道很大`,
        ],
        i * 5 + 2,
      );
    },
  },
  'steam or hot water from a burst pipe': {
    n: 12,
    make: (i) => {
      const pipe = pick(HEAT_PIPES, i);
      const burst = pick(['爆了', '裂了个口子', '崩开了', '炸开了', '破了'], i * 3 + 1);
      const spray = pick(['往外喷白汽', '热水和蒸汽到处喷', '整个楼道雾蒙蒙的全是热气', '滚烫的水呲得满地都是'], i * 7 + 2);
      return `${pipe}${burst}，${spray}`;
    },
  },
  'water on lights or electrics': {
    n: 14,
    make: (i) => {
      const flow = pick(['一滴一滴往下掉', '哗哗往下淌', '往外流', '渗出来'], i * 3);
      return pick(
        [
          `水从天花板的${pick(LIGHTS, i)}里${flow}`,
          `楼上漏水，${pick(ELECTRICS, i)}全泡湿了`,
          `顶上漏下来的水顺着${pick(LIGHTS, i + 2)}${flow}`,
          `${pick(ELECTRICS, i + 1)}里面进了水，还在往外滴`,
          `下了一夜雨，地下室的${pick(ELECTRICS, i + 3)}泡在水里了`,
        ],
        i,
      );
    },
  },
  'fallen on wires or walkways': {
    n: 14,
    make: (i) => {
      const thing = pick(['一棵大树', '小区门口的老槐树', '一根电线杆', '楼顶的广告牌', '楼上的空调外机'], i);
      return pick(
        [
          `${thing}被风刮倒了，压在电线上`,
          `${thing}倒下来横在${pick(WALKS, i)}`,
          `一根电线${pick(['耷拉到地上了', '断了垂在路边', '掉下来挂在单元门口'], i)}，来往的人都得绕着走`,
          `${pick(['12楼', '顶楼', '楼上人家'], i)}的${pick(['窗户玻璃', '阳台上的花盆', '外墙瓷砖'], i + 1)}砸下来了，楼下就是小孩玩的地方`,
          `大风把${thing}吹断了，整个搭在电线上晃`,
          `${pick(['外墙的瓷砖', '楼上阳台的玻璃', '一块铁皮'], i)}一直往下掉，${pick(WALKS, i + 2)}天天有人走`,
        ],
        i * 5 + 3,
      );
    },
  },
  'open manhole': {
    n: 12,
    make: (i) => {
      const where = pick(['幼儿园门口', '小区东门', '3号楼前面', '菜鸟驿站旁边', '停车场出口'], i);
      const cover = pick(COVERS, i + 1);
      const state = pick(['被人挪走了', '没盖上', '不知道被谁搬走了', '被挪到一边了', '缺了一大块', '敞着口'], i * 5 + 2);
      const after = pick(['一个小朋友一条腿踩进去了', '有个孩子半截身子掉了下去', '晚上黑乎乎的谁走过去都得掉进去', '下面好几米深'], i * 3);
      return `${where}的${cover}${state}，${after}`;
    },
  },
  // The cover gone, said as people say it: a dialect passive (遭人偷了), an idiom (不翼而飞), a
  // 都 in the middle (盖子都不见了), a well counted with its measure word (那口井没盖子了).
  'a cover gone, said loosely': {
    n: 12,
    make: (i) => {
      const where = pick(['幼儿园门口', '3号楼底下', '篮球场旁边', '小区东门', '车棚后头'], i);
      const gone = pick(
        [
          `${where}下水井的盖子遭人偷了`,
          `${where}那口井没盖子了`,
          `${where}那个检查井 铁盖子不翼而飞`,
          `${where}污水井的盖子都不见了`,
          `${where}有口井盖子都没了`,
          `${where}雨水井的井盖不翼而飞`,
        ],
        i,
      );
      const after = pick(['娃娃些在旁边耍', '晚上黑黢黢的 走过去就踩空', '我先拿了把椅子挡起', '天天有老人从这过'], i * 3 + 1);
      return `${gone} ${after}`;
    },
  },
  // An elder who wandered off or a child run out, thinly dressed, in the cold or at nightfall:
  // nothing is broken, the weather is the danger.
  'an elder or child out thinly dressed in the cold or dark': {
    n: 12,
    make: (i) => {
      const who = pick([...ELDERS, '一个有点糊涂的老太太', '一个三四岁的小孩'], i);
      const dress = pick(['穿得很单薄', '就穿个单衣', '光着脚', '没穿外套', '穿着拖鞋睡衣'], i * 3 + 1);
      const cold = pick(['外面零下十几度', '天快黑了', '大冬天的', '下着雪呢', '刮着寒风'], i * 7 + 2);
      return pick(
        [
          `${who}一个人在小区里转悠 ${dress} ${cold}`,
          `${who}跑出门去了，${dress}，${cold}，大家帮着找找`,
          `${cold} ${who}${dress}坐在花坛边上 问他住哪也说不清`,
        ],
        i,
      );
    },
  },
  // A wire, cable or plug lying in water: the puddle is live. The wire may be named a clause or
  // two before the water (电缆破了 铜丝露出来 积水泡着它).
  'a wire or plug lying in water': {
    n: 12,
    make: (i) => {
      const wire = pick(['一根电线', '充电的插线板', '那根电缆', '飞线充电的线', '路灯的线', '插头'], i);
      const where = pick(['车棚门口', '单元门口', '地库入口', '小区主路边'], i * 5 + 1);
      return pick(
        [
          `${where}${wire}泡在水里 刚才还看到在闪`,
          `${where}有${wire}破了皮 铜丝都露出来了 下了雨积水就泡着它`,
          `${wire}从楼上吊下来 泡在${where}的积水里`,
          `${where}${wire}浸在水坑里 小孩就在旁边踩水`,
        ],
        i,
      );
    },
  },
  // Water already pouring into a home from the flat above, and the people there away or not
  // answering: nobody can reach the valve, so the flood goes on.
  'a flood from a flat whose people cannot be reached': {
    n: 12,
    make: (i) => {
      const pour = pick(
        ['水从棚顶往下泼', '卫生间顶上的水哗哗往下灌', '卧室地上全是水', '床上被褥全湿透了', '客厅地板一地的水', '水从灯边上往下冲'],
        i,
      );
      const away = pick(['他家人在外地联系不上', '楼上的电话打不通', '邻居家打电话也不接', '楼上的人在外地'], i * 5 + 2);
      return pick([`楼上漏水 ${pour} ${away}`, `${pour}，${away}，总阀在他家里`, `我家${pour} ${away} 谁有办法`], i);
    },
  },
  // A plug melted, a flame climbing: the fire told by what it did and where it goes (往上窜).
  'a melted plug or a flame climbing': {
    n: 10,
    make: (i) => {
      const plug = pick(['充电桩上的插头', '车棚的插线板', '楼道里那个插座', '飞线充电的插头', '电动车的充电器插头'], i);
      return pick(
        [`${plug}烧熔了 有股焦味`, `${plug}烧化了，外壳都变形了`, `${plug}那边火苗往上窜 快来人`, `车棚角落火往外蹿 ${plug}黑了一片`],
        i,
      );
    },
  },
  // The lift door open on an empty shaft, the three facts told in three clauses.
  'a lift door open on an empty shaft, said clause by clause': {
    n: 8,
    make: (i) => {
      const lift = pick(LIFTS, i);
      return pick(
        [`${lift}门开着 轿厢却不在 黑洞洞的井道`, `${lift}的门开着，里头灯都不亮，下面就是井道`, `${lift}门开着 里面灯也不亮 黑乎乎的井道`],
        i,
      );
    },
  },
  'vulnerable person out of contact or lost': {
    n: 14,
    make: (i) => {
      const who = pick(ELDERS, i);
      return pick(
        [
          `${who}${pick(['三天', '好几天', '两天多', '一个礼拜'], i)}没${pick(['露面', '出门', '见着人', '下楼'], i + 1)}了，敲门没人应`,
          `${who}好几天没见着了，打电话也没人接`,
          `${who}家门口的报纸堆了一摞，屋里一点动静都没有`,
          `我家老爷子早上出去买菜到现在还没回来，他有点糊涂了`,
          `有个老奶奶在小区门口转悠，说找不到家了`,
          `一个小孩跟家长走散了，在广场上哭`,
          `${who}一直没出门，喊门没人答应，电话也打不通`,
        ],
        i * 3,
      );
    },
  },
  'child locked in alone': {
    n: 10,
    make: (i) => {
      const kid = pick(KIDS, i);
      return pick(
        [
          `${kid}一个人被反锁在家里，${pick(['哭得嗓子都哑了', '一直在里面哭喊', '大人也联系不上'], i)}`,
          `${kid}被关在屋里出不来，哭了快一个小时了`,
          `${kid}自己在家，门锁上了，在窗户边上一直哭`,
          `${kid}被锁在车里了，太阳底下晒着`,
        ],
        i,
      );
    },
  },
  'formal register': {
    n: 14,
    make: (i) => {
      const bld = pick(['3号楼2单元', '12栋', '本小区东区', '9号楼'], i);
      return pick(
        [
          `${bld}电梯发生故障停运，目前仍有${pick(['一名住户', '一位老人', '两名学生'], i)}滞留轿厢内`,
          `${bld}供暖管道发生爆裂，大量高温蒸汽外泄`,
          `${bld}一户居民家中灯具内持续有水渗出`,
          `${bld}附近检查井井盖缺失，已有${pick(['一名儿童', '一位行人'], i)}不慎跌落`,
          `${bld}独居老人已${pick(['三日', '多日'], i)}未见出门，电话无人接听`,
          `${bld}一名幼童被单独锁在屋内，家长无法联系`,
          `${bld}楼道内有浓烟冒出，疑似发生火情`,
          `${bld}燃气管道疑似泄漏，楼道内气味刺鼻`,
        ],
        i * 3 + 1,
      );
    },
  },
  'violence or someone at a height': {
    n: 8,
    make: (i) => {
      const where = pick(['楼下', '单元门口', '地库', '小区广场'], i);
      return pick(
        [
          `${where}有两个人打起来了，一个拿着刀`,
          `${pick(KIDS, i)}爬到窗台外面去了，家里好像没大人`,
          `有个人站在${pick(['楼顶边上', '天台上'], i)}，看着像要跳楼`,
          `${where}几个人在打架，有人头上在流血`,
        ],
        i,
      );
    },
  },
  'loose part over people': {
    n: 14,
    make: (i) => {
      const part = pick(
        ['阳台的栏杆', '5楼阳台护栏', '楼道的吊顶', '单元门上方的外墙皮', '楼顶的广告牌', '走廊天花板上的石膏板', '楼上的空调外机架子'],
        i,
      );
      const state = pick(['松了', '晃得厉害', '悬着快掉了', '摇摇晃晃的', '耷拉下来了', '往下掉渣'], i * 3 + 1);
      const below = pick(['下面就是人行道', '底下天天有人走', '小孩经常在下面玩', '进出的人都从底下过', '怕砸到人'], i * 5 + 2);
      return `${part}${state}，${below}`;
    },
  },
  'child at an open window': {
    n: 10,
    make: (i) => {
      const kid = pick(KIDS, i);
      return pick(
        [
          `${kid}一个人在家，趴在开着的窗户边上哭`,
          `${kid}坐在窗台上，窗户大开着，家里没有大人`,
          `${kid}爬到阳台护栏上了，大人不在家`,
          `${kid}自己在家，窗户开着，一直在窗边喊妈妈`,
          `${kid}站在窗台上往外探身子`,
        ],
        i,
      );
    },
  },
  'neighbour unseen and not answering': {
    n: 10,
    make: (i) => {
      const who = pick(['隔壁的王阿姨', '楼下的老李', '对门那家男主人', '住我楼上的张姐', '502的邻居'], i);
      const days = pick(['三天', '好几天', '四五天', '一个礼拜'], i + 1);
      const unseen = pick(['没出门了', '没露面了', '没见着人了', '没下楼了'], i * 3);
      const silent = pick(['敲门也没人应', '打电话也不接', '屋里一点动静都没有', '喊门没人答应'], i * 7 + 1);
      return `${who}${days}${unseen}，${silent}`;
    },
  },
  'someone collapsed': {
    n: 8,
    make: (i) => {
      const who = pick(['一个人', '有个大哥', '一位阿姨', '有个老人', '一个送快递的'], i);
      const where = pick(['电梯口', '地库', '小区门口', '楼梯间'], i + 1);
      const how = pick(['突然倒下了', '躺在地上起不来', '倒在地上叫不应', '晕过去了，叫了没反应'], i * 3);
      return `${who}在${where}${how}`;
    },
  },
  'hot water spraying': {
    n: 8,
    make: (i) => {
      const pipe = pick(HEAT_PIPES, i);
      const spray = pick(
        ['热水哗哗往外冒，烫得人没法靠近', '热水到处喷，楼道里全是白汽', '往外呲滚烫的水', '一直在冒热气，烫人'],
        i * 3 + 1,
      );
      return `${pipe}${pick(['漏了', '破了', '裂了', '断了'], i)}，${spray}`;
    },
  },
  'someone nearly fell into an open hole': {
    n: 8,
    make: (i) => {
      const where = pick(['菜场后面', '小区北门', '2号楼旁边', '车库出口'], i);
      const cover = pick(['雨水井的铁盖子', '污水井盖', '检查井的盖板', '下水井盖'], i + 1);
      const gone = pick(['被人偷走了', '不知道被谁挪开了', '碎了一半', '一直敞着'], i * 3);
      const who = pick(['有个小孩', '一个老太太', '我家孩子', '骑车的大哥'], i * 5 + 1);
      const fall = pick(['差点掉进去', '差点掉下去', '差一点掉进井里'], i);
      return `${where}${cover}${gone}，${who}刚才${fall}`;
    },
  },
  'water gushing into a home': {
    n: 8,
    make: (i) => {
      const pipe = pick(['表井那儿的进户管', '厨房的水管', '卫生间的进水管', '阳台的暖气管'], i);
      const burst = pick(['爆了', '崩开了', '炸了'], i + 1);
      const gush = pick(['水哗哗往外喷', '水全往屋里灌', '水一直往外喷'], i * 3);
      const room = pick(['客厅都成河了', '地板全泡了', '沙发都泡上了', '卧室里全是水'], i * 5 + 2);
      return `${pipe}${burst}，${gush}，${room}`;
    },
  },
  'lift stopped with people inside': {
    n: 8,
    make: (i) => {
      const lift = pick(LIFTS, i);
      const stop = pick(['突然往下掉了一截就不动了', '停在半中间了', '卡在两层中间不走了'], i + 1);
      const inside = pick(['里面还有三个人', '里头还有两个人', '我在里面出不去了', '刚救出来一个，里面还有一个老人'], i * 3);
      const call = pick(['物业电话打不通', '按警铃没人应', '隔着门喊话能听见'], i * 5);
      return `${lift}${stop}，${inside}，${call}`;
    },
  },
  'exposed live wires where people pass': {
    n: 8,
    make: (i) => {
      const what = pick(['路灯杆被车撞歪了，电线', '配电箱门一直开着，里面的电线', '地上那根电缆', '单元门口的电线'], i);
      const bare = pick(['都露出来了', '破了皮露着铜线', '裸露在外面'], i + 1);
      const who = pick(['旁边就是幼儿园门口的路', '小孩老在边上玩', '来来往往的行人都从边上过'], i * 3);
      return `${what}${bare}，${who}`;
    },
  },
  'someone about to jump': {
    n: 9,
    make: (i) => {
      const who = pick(['有个人', '一个女的', '五楼那个小伙子'], i);
      const where = pick(['阳台上', '楼顶边上', '窗台上'], i + 1);
      const say = pick(['要往下跳', '说要跳下去'], i);
      return pick(
        [
          `${who}站在${where}${say}，${pick(['快来人', '谁去劝劝', '已经报警了'], i * 5)}`,
          `${where}有${pick(['个人', '一个女的', '个小伙子'], i + 2)}，坐在护栏外边，看着像${say}`,
          `${who}在${where}坐着，说不想活了`,
        ],
        i + 1,
      );
    },
  },
  'smoke coming into homes': {
    n: 6,
    make: (i) => {
      const from = pick(['楼下谁家在烧东西', '隔壁不知道在干嘛', '一楼那户'], i);
      const smoke = pick(['烟都窜到我家了', '黑烟往屋里灌', '烟窜进楼道了'], i + 1);
      return `${from}，${smoke}，${pick(['呛死了', '眼睛都睁不开', '好像是着了'], i * 5)}`;
    },
  },
  'open power box with children near': {
    n: 6,
    make: (i) => {
      const box = pick(['高压电箱', '楼下的配电箱', '路边的变压器'], i);
      const open = pick(['门开着', '门坏了敞着', '门没锁'], i + 1);
      return `${box}${open}，${pick(['里面嗡嗡响', '线都看得见', '一直有声音'], i)}，${pick(['小孩在旁边玩', '放学的孩子都从边上过', '人来人往的'], i * 5)}`;
    },
  },
  'petrol or arson': {
    n: 6,
    make: (i) => {
      const where = pick(['楼道里', '地库里', '单元门口'], i);
      return pick([`${where}一股很浓的汽油味`, `有人在${where}放火烧车`, `${where}有人泼了汽油`], i);
    },
  },
  'neighbour gone for days': {
    n: 6,
    make: (i) => {
      const who = pick(['楼上独居的老爷子', '对门的王姨', '隔壁的刘叔'], i);
      return `${who}${pick(['三天没开门了', '好几天没出门了', '两天没露面了'], i + 1)}${pick(['', '，家里灯一直亮着', '，门口的快递都堆着'], i * 5)}`;
    },
  },
  'ceiling coming down in a home': {
    n: 6,
    make: (i) => {
      const room = pick(['客厅', '卧室', '我家厨房'], i);
      const part = pick(['吊顶', '天花板', '顶上的石膏板'], i + 1);
      const fall = pick(['整块掉下来了', '掉下来一大块，砸在床上', '往下掉渣，眼看要塌'], i * 5);
      return `${room}的${part}${fall}`;
    },
  },
  'said in Cantonese': {
    n: 6,
    make: (i) => {
      const who = pick(['有个阿伯', '个老人家', '隔篱个阿婆'], i);
      return pick(
        [
          `${who}晕低咗喺${pick(['楼下', '电梯口'], i)}`,
          `${pick(LIFTS, i)}困咗人啊，快啲嚟`,
          `${pick(['楼梯间', '后楼梯'], i)}好大阵煤气味`,
        ],
        i,
      );
    },
  },
  'someone armed threatening people': {
    n: 8,
    make: (i) => {
      const who = pick(['一个喝醉的男的', '有个人', '两个年轻人', '楼下那个租户'], i);
      const weapon = pick(['菜刀', '一根铁棍', '水果刀', '木棍', '一把斧头'], i + 1);
      const act = pick(['在追人', '冲着路人乱挥', '追着一个小孩跑', '见人就比划'], i * 3);
      return `${who}拿着${weapon}${act}，${pick(['就在单元门口', '在小区广场上', '在地库出口'], i * 5)}`;
    },
  },
  'sewage or water coming up into a home': {
    n: 8,
    make: (i) => {
      const from = pick(['卫生间地漏', '厨房的下水口', '马桶', '洗衣机的排水口'], i);
      const up = pick(['往上喷黑水', '一直往上冒脏水', '哗哗往上涌水', '往上返污水'], i + 1);
      return `${from}${up}，${pick(['客厅都快淹了', '屋里全是水', '已经流到卧室了', '都淌进客厅了'], i * 3)}`;
    },
  },
  'tree or pole down across a path': {
    n: 8,
    make: (i) => {
      const what = pick(['一棵大树', '路灯杆', '那棵老柳树', '门口的广告牌'], i);
      const how = pick(['连根倒了', '被风刮倒了', '断了砸下来'], i + 1);
      const path = pick(['横在步道上', '压在人行道上', '挡在小区主路上', '倒在单元门口'], i * 3);
      return `${what}${how}，${path}，${pick(['还有人从底下钻过去', '快来人拉个警戒线', '上面的枝子还在往下掉'], i * 5)}`;
    },
  },
  'someone hurt': {
    n: 10,
    make: (i) => {
      const who = pick(['一位老人', '有个小孩', '送水的师傅', '我妈', '一个外卖员'], i);
      const where = pick(['楼梯口', '单元门口结冰的地方', '地库坡道', '小区广场'], i + 1);
      const how = pick(['滑倒了起不来', '摔了一跤头上都是血', '突然晕过去了', '倒在地上不动了', '被掉下来的东西砸破了头'], i * 3);
      return `${who}在${where}${how}`;
    },
  },
  // Hazards a residential group sees, written from what residents say about them (issue 9's
  // unseen misses first, then others): subject × what it does × where, with fragments and typos.
  'road surface caving in': {
    n: 14,
    make: (i) => {
      const ground = pick(
        ['3号楼前面的路面', '小区主路中间', '单元门口的地面', '停车场的地面', '东门外的人行道', '地库出口那段路', '幼儿园门口的路'],
        i,
      );
      const sink = pick(
        [
          '突然塌了个大坑',
          '塌下去一大块',
          '陷下去一个大洞',
          '往下沉了半米多',
          '裂开一道大口子，还在往下陷',
          '突然陷下去一个窟窿',
          '突然蹋陷了',
          '塌出一个好几米深的坑',
        ],
        i * 3 + 1,
      );
      const after = pick(
        ['一辆车的前轮陷进去了', '旁边就是孩子上学的路', '还有人从边上走', '下面能看见水在哗哗流', '电动车骑过去差点栽进去', '越来越大'],
        i * 5 + 2,
      );
      return `${ground}${sink}，${after}`;
    },
  },
  'someone convulsing, unconscious or bleeding': {
    n: 14,
    make: (i) => {
      const who = pick(['一个大爷', '有个小伙子', '一位阿姨', '有个小孩', '送快递的小哥', '隔壁的老太太', '我爸'], i);
      const where = pick(['在广场上', '在电梯口', '在单元门口', '在楼梯间', '在地库', '在菜鸟驿站门口'], i + 2);
      const how = pick(
        [
          '突然抽搐，口吐白沫',
          '抽风了，浑身发抖',
          '犯了癫痫，躺地上直抽',
          '倒在地上没意识了',
          '晕过去了，怎么叫都叫不醒',
          '脸色发紫，喘不上气',
          '倒下了，好像没有呼吸了',
          '头磕破了，血流不止',
          '昏迷不醒，嘴唇都紫了',
          '倒地不起，一直在抽',
          '摔了一跤，流了一地的血',
        ],
        i * 3 + 1,
      );
      return pick([`${who}${where}${how}`, `${where.slice(1)} ${who}${how}！！`], i);
    },
  },
  'facade or roof sheet loose over a walkway': {
    n: 14,
    make: (i) => {
      const part = pick(
        [
          '外墙的保温层',
          '6栋外墙的保温板',
          '楼顶的彩钢瓦',
          '车棚的铁皮顶',
          '单元门上的雨棚铁皮',
          '商铺的招牌',
          '楼上的空调外机',
          '楼顶的石棉瓦',
          '顶楼加盖的铁皮房顶',
        ],
        i,
      );
      const state = pick(
        [
          '被风掀起来一大块',
          '翻起来了，一直在呼扇',
          '被风吹得呼扇呼扇的',
          '哐哐直响，眼看要掉',
          '脱开了一半，吊在那晃',
          '歪了，就剩一个角挂着',
          '被风刮开了，一掀一掀的',
        ],
        i * 3 + 1,
      );
      const below = pick(
        ['下面就是人行道', '底下是单元门口', '楼下人来人往的', '小孩放学都从底下走', '怕砸到人', '下面停着车还有人走'],
        i * 5 + 2,
      );
      return `${part}${state}，${below}`;
    },
  },
  'split branch over a path': {
    n: 12,
    make: (i) => {
      const tree = pick(['路边那棵大树', '楼前的老杨树', '幼儿园门口的梧桐树', '步道边的柳树', '小区广场那棵槐树', '3栋前面的香樟'], i);
      const branch = pick(['的树枝', '的大树杈', '一根很粗的枝子', '上面一根大枝'], i + 1);
      const split = pick(['劈开了', '裂了一半', '折了还没断', '断了挂在树上', '被风刮裂了'], i * 3 + 2);
      const over = pick(
        [
          '悬在人行道上面',
          '耷拉在步道上方',
          '下面天天有人走',
          '晃晃悠悠的，底下就是小孩玩的地方',
          '就吊在单元门口上面',
          '正好在上学的路上方',
        ],
        i * 5 + 1,
      );
      return `${tree}${branch}${split}，${over}`;
    },
  },
  'water pouring through a ceiling or light': {
    n: 12,
    make: (i) => {
      const top = pick(['厨房天花板', '卫生间顶上', '客厅的吊顶', '卧室顶上', '厨房顶上'], i);
      const light = pick(['吸顶灯', '吊灯', '筒灯', '灯罩', '浴霸'], i + 1);
      return pick(
        [
          `${top}哗哗往下流水，像下雨一样`,
          `${top}的水跟瀑布一样往下冲，盆都接不过来`,
          `水从${light}里往下淌`,
          `${light}里积满了水，还在往下滴`,
          `${light}往外冒水，滴到地上一大摊`,
          `${top}往下灌水，楼上家里没人`,
        ],
        i * 3 + 1,
      );
    },
  },
  'elderly neighbour gone quiet': {
    n: 14,
    make: (i) => {
      const who = pick(ELDERS, i);
      const sign = pick(
        [
          '家的窗帘好几天都拉着',
          '门口的牛奶堆了好几瓶',
          '门上插的报纸好几天没拿',
          '门口的快递堆了一堆没人拿',
          '家的灯白天晚上一直亮着',
          '家窗帘一直没拉开',
        ],
        i * 3 + 1,
      );
      const silent = pick(['敲门没人应', '打电话关机了', '屋里一点动静都没有', '门缝里有股怪味', '喊了半天没人答应'], i * 5 + 2);
      return pick([`${who}${sign}，${silent}`, `${who}${sign}了 ${silent}`], i);
    },
  },
  'carbon monoxide from a stove': {
    n: 12,
    make: (i) => {
      const who = pick(['楼下的老两口', '隔壁一家三口', '我爸妈', '合租的小伙子', '一楼那户老人', '对门的婆婆'], i);
      const stove = pick(['烧煤炉取暖', '屋里生着炭火盆', '在屋里烧蜂窝煤', '关着窗户烤炭火', '屋里烧着炉子', '用炭盆取暖'], i + 1);
      const sick = pick(
        ['头晕恶心，站都站不稳', '早上怎么叫都叫不醒', '头疼想吐', '晕乎乎的说不出话', '都晕倒了', '一个个脸色发红，迷迷糊糊的'],
        i * 3 + 2,
      );
      return `${who}${stove}，${sick}`;
    },
  },
  // The same poisoning from a gas water heater, a boiler or a loose flue (CO, no smell needed).
  'carbon monoxide from a gas appliance or flue': {
    n: 10,
    make: (i) => {
      const who = pick(['隔壁一家三口', '我妈', '楼上的小两口', '合租的室友', '对门的老太太'], i);
      const src = pick(
        ['热水器的排烟管掉了', '燃气热水器装在卫生间里', '壁挂炉的烟道脱开了', '厨房的燃气灶一直开着小火', '热水器的烟道堵了'],
        i + 1,
      );
      const sick = pick(['洗完澡头晕想吐', '都说头疼恶心', '站都站不稳了', '迷迷糊糊叫不太醒', '晕乎乎的浑身无力'], i * 3 + 2);
      return `${who}家${src}，${sick}`;
    },
  },
  'ice falling from eaves': {
    n: 12,
    make: (i) => {
      const ice = pick(['屋檐上的冰溜子', '楼顶挂的冰锥', '房檐的冰凌', '雨棚边上一排冰挂', '空调外机底下的冰柱', '楼顶边上的冰溜子'], i);
      const fall = pick(['一直往下掉', '掉下来砸碎了一地', '有一米多长，随时会掉', '化了往下掉', '咔咔往下砸'], i * 3 + 1);
      const below = pick(
        ['下面就是单元门口', '底下人来人往', '刚才差点砸到一个小孩', '楼下是人行道', '底下是幼儿园接孩子的地方'],
        i * 5 + 2,
      );
      return `${ice}${fall}，${below}`;
    },
  },
  'frozen pipe burst and flooding': {
    n: 12,
    make: (i) => {
      const pipe = pick(['楼道的水管', '阳台的水管', '水表', '厨房的进水管', '楼顶的水箱管子', '地下室的总水管'], i);
      const froze = pick(['冻裂了', '冻爆了', '冻崩了', '上了冻裂开了'], i + 1);
      const water = pick(['水哗哗往外冒', '水一直往外喷', '水流得到处都是', '呲得满墙都是水'], i * 3 + 2);
      const spread = pick(['楼道里全是水，都结冰了', '流进电梯井了', '家里淹了', '楼梯成了冰滑梯', '楼下几家都在漏'], i * 5 + 1);
      return `${pipe}${froze}，${water}，${spread}`;
    },
  },
  'garage or basement flooding in a storm': {
    n: 12,
    make: (i) => {
      const where = pick(['地下车库', '地库', '地下室', '车库入口', '负二层车库', '地下储藏间'], i);
      const flood = pick(['进水了', '灌水了', '水往里灌', '被淹了', '水漫进来了', '倒灌了'], i + 1);
      const worse = pick(['水还在涨', '车都泡了一半', '有人还在下面挪车', '水都到膝盖了', '配电房也快泡了', '里面还住着人'], i * 3 + 2);
      return pick([`暴雨，${where}${flood}，${worse}`, `${where}${flood} ${worse}！！`, `雨太大了${where}${flood}，${worse}`], i);
    },
  },
  'dog attacking people': {
    n: 14,
    make: (i) => {
      const dog = pick(['一条没拴绳的大狗', '楼下那条大狼狗', '几条流浪狗', '邻居家的藏獒', '一只大黑狗', '那条金毛'], i);
      const victim = pick(['一个小孩', '买菜的阿姨', '送外卖的小哥', '一个老太太', '放学的学生'], i + 1);
      const act = pick(
        [
          `扑上来把${victim}咬了`,
          `追着${victim}咬`,
          `把${victim}咬伤了`,
          `冲着${victim}扑过去咬`,
          `咬住${victim}不松口`,
          '挣脱了链子正在追着人咬',
          '见人就咬',
        ],
        i * 3 + 2,
      );
      const after = pick(['腿上都是血', '现在还在小区里乱跑', '主人也不在', '在3栋门口', '谁来管管'], i * 5 + 1);
      return `${dog}${act}，${after}`;
    },
  },
  'e-bike battery smoking indoors': {
    n: 12,
    make: (i) => {
      const bike = pick(
        ['楼道里的电动车', '电梯里一辆电瓶车', '有人推进电梯的电动车', '门口充电的电动车', '楼梯底下停的电瓶车', '走廊里充电的电池'],
        i,
      );
      const smoke = pick(
        ['电池冒烟了', '电瓶鼓包冒白烟', '噼里啪啦响还有火星', '冒烟还有一股焦味', '突然冒起烟来', '电瓶冒烟了，还嗞嗞响'],
        i * 3 + 1,
      );
      const tail = pick(['', '，整个楼道都是味', '，快来人', '，电梯里还有人', '，好呛'], i * 5 + 2);
      return `${bike}${smoke}${tail}`;
    },
  },
  'lift falling or opening between floors': {
    n: 12,
    make: (i) => {
      const lift = pick(LIFTS, i);
      const fault = pick(['突然往下掉了好几层', '门在两层中间开了', '开着门就往上走', '一下子冲到顶', '忽上忽下停不住', '突然下坠'], i + 1);
      const who = pick(['里面有人', '我刚在里面', '里面的孩子吓得直哭', '里面还有个老人', '我妈在里头'], i * 3 + 2);
      return `${lift}${fault}，${who}`;
    },
  },
  'child on a ledge or climbing out a window': {
    n: 12,
    make: (i) => {
      const kid = pick(KIDS, i);
      const edge = pick(
        ['站在阳台栏杆外面', '爬到窗户外面了', '从窗户往外爬', '骑在防盗窗上', '坐在空调外机上', '翻到护栏外边了', '半个身子探出窗外'],
        i * 3 + 1,
      );
      const tail = pick(['家里好像没大人', '这可是8楼', '快来人', '大人不在家', '楼下的人都看见了'], i * 5 + 2);
      return `${kid}${edge}，${tail}`;
    },
  },
  'someone fell from a height': {
    n: 10,
    make: (i) => {
      const who = pick(['一个小孩', '有个人', '楼上的老人', '一个装空调的师傅', '邻居家的娃'], i);
      const from = pick(['从二楼阳台', '从窗户', '从楼顶', '从三楼的窗台上', '从阳台护栏上'], i + 1);
      const fell = pick(['摔下去了', '掉下来了', '跌下来了', '栽下去了'], i * 3 + 2);
      const after = pick(['躺在地上不动', '快叫救护车', '头上都是血', '还有意识，腿动不了'], i * 5 + 1);
      return `${who}${from}${fell}，${after}`;
    },
  },
  'choking or heat stroke': {
    n: 10,
    make: (i) => {
      const who = pick(['孩子', '一个老人', '隔壁的小宝宝', '我们楼的大爷', '扫地的阿姨'], i);
      return pick(
        [
          `${who}吃东西噎住了，脸憋得通红，喘不过气`,
          `${who}被果冻噎着了，上不来气`,
          `${who}在广场上中暑了，晕乎乎的站不住`,
          `${who}热晕了，倒在树荫底下`,
          `${who}喝水呛着了，脸都憋紫了`,
        ],
        i * 3 + 1,
      );
    },
  },
  'burglary in progress': {
    n: 10,
    make: (i) => {
      const who = pick(['有个人', '两个戴口罩的男的', '一个陌生人', '有人'], i);
      const act = pick(
        ['正在撬502的门', '在撬车棚的锁', '在偷电动车，已经推走一辆了', '翻窗进了一楼那户', '在撬楼下的车门', '正在偷电瓶'],
        i * 3 + 1,
      );
      const tail = pick(['人还在楼道里', '保安快来', '就在3栋后面', '快报警'], i * 5 + 2);
      return `${who}${act}，${tail}`;
    },
  },
  'building tilting or cracking open': {
    n: 8,
    make: (i) => {
      const part = pick(['4栋外墙', '单元门旁边的墙', '楼道的承重墙', '地下室的墙'], i);
      return pick(
        [
          `${part}突然裂开好几道大缝，还在掉渣，楼里还住着人`,
          `${part}裂了好大一道缝，楼好像有点歪`,
          `这栋楼好像歪了，${part}一直在掉块`,
          `${part}突然裂了，房子有点斜了`,
        ],
        i,
      );
    },
  },
  'hornets stinging people': {
    n: 8,
    make: (i) => {
      const where = pick(['单元门口上面', '儿童乐园旁边的树上', '车棚顶上', '幼儿园门口'], i);
      const who = pick(['好几个孩子', '一个老太太', '送外卖的小哥', '放学的学生'], i + 1);
      const stung = pick(['被蛰了', '被蜇得满头包', '都被蛰伤了'], i * 3);
      return `${where}有个马蜂窝，${who}${stung}`;
    },
  },
  'toxic fumes': {
    n: 8,
    make: (i) => {
      const where = pick(['地下室', '楼道里', '小区东边的工地', '垃圾站那边'], i);
      const smell = pick(['一股很浓的化学品味道', '好像有毒气', '一股刺鼻的氨水味', '有股农药味'], i + 1);
      const sick = pick(['眼睛都睁不开', '熏得人喘不上气', '好几个人头晕', '呛得直咳嗽'], i * 3);
      return `${where}${smell}，${sick}`;
    },
  },
  'life support in a power cut': {
    n: 8,
    make: (i) => {
      const who = pick(['楼上的老人', '我们单元的张叔', '隔壁卧床的奶奶', '一楼那户病人'], i);
      const device = pick(['吸着氧', '靠制氧机', '用着呼吸机', '离不开制氧机'], i + 1);
      const cut = pick(['突然停电了', '整栋楼断电了', '家里跳闸了，电工还没来', '停电快一个小时了'], i * 3);
      return `${cut}，${who}${device}`;
    },
  },
  // Heavy things thrown from a window at people below (a light one is no emergency: near misses).
  'heavy object thrown down at people': {
    n: 12,
    make: (i) => {
      const from = pick(['楼上', '十几楼', '顶楼那户', '高层不知道哪家'], i);
      const heavy = pick(['半块砖头', '一个花盆', '一只玻璃杯', '一把菜刀', '一个小板凳', '一个啤酒瓶'], i + 1);
      const who = pick(['一个老太太', '两个小学生', '送外卖的小哥', '隔壁的阿姨'], i * 3);
      return pick(
        [
          `${from}有人往楼下丢了${heavy}，${who}就在底下`,
          `刚才${from}从窗户扔下来${heavy}，离${who}不到一米`,
          `${from}又往下扔${heavy}，楼下全是人`,
        ],
        i,
      );
    },
  },
  'someone pinned under a fallen thing': {
    n: 10,
    make: (i) => {
      const thing = pick(['围墙', '车棚', '广告牌', '脚手架', '单元楼后面的矮墙'], i);
      const who = pick(PEOPLE, i + 2);
      return pick(
        [
          `${thing}塌了，${who}被压在下面`,
          `${thing}砸下来了，底下压着一个人，快叫120`,
          `${thing}一下子倒了，好像有人被埋在里面`,
          `${thing}倒了下来，下面压着人，腿动不了`,
        ],
        i,
      );
    },
  },
  'a lift holding people, said colloquially': {
    n: 8,
    make: (i) => {
      const lift = pick(LIFTS, i);
      return pick(
        [
          `${lift}关人了，${pick(['里面的人一直在喊', '按铃半天没人理', '快二十分钟了'], i)}`,
          `${lift}关了人，停在两层中间`,
          `物业快来 ${lift}困了人 里面好像是个老人`,
        ],
        i,
      );
    },
  },
  'live metal someone touched': {
    n: 10,
    make: (i) => {
      const metal = pick(['楼道的铁扶手', '单元门的把手', '防盗门', '晾衣架的铁杆', '充电桩的外壳'], i);
      const who = pick(KIDS, i + 1);
      return pick([`${metal}带电了，${who}一摸手就麻`, `${who}碰了一下${metal}，被电得直哭`, `${metal}居然带电，${who}刚才被电了一下`], i);
    },
  },
  'a smell likened to gas': {
    n: 8,
    make: (i) => {
      const where = pick(['一楼楼道', '我家灶台边上', '电梯口', '地下室入口'], i);
      return pick(
        [
          `${where}好像是天然气的味，开窗了还散不掉`,
          `${where}闻到燃气，越来越冲`,
          `一进${where}就一股液化气，头有点晕`,
          `${where}闻着像燃气，是不是哪里漏了`,
        ],
        i,
      );
    },
  },
  // A smell that names no gas, told where gas is (灶台, 厨房, 燃气表, 管道井) or with a leak's hiss or a
  // dug-up pipe, and how strong it is or what it does (越来越重, 头晕, 不敢开火, 跑出来了): gas_smell.
  'a growing smell at the stove or meter, gas unnamed': {
    n: 12,
    make: (i) => {
      const where = pick(['灶台那边', '厨房里', '燃气表旁边', '楼道的管道井里', '灶头底下', '我家厨房'], i);
      const smell = pick(['一股怪味', '那个味道', '有股臭味', '气味', '一股味儿'], i + 1);
      const sign = pick(['越来越重', '冲得人头晕', '熏得想吐', '浓得很', '我都不敢开火了', '人已经跑出来了'], i + 2);
      return pick(
        [
          `${where}${smell}，${sign}`,
          `${where}好臭好臭，${pick(['阀门关不上', '孩子说头晕', '我不敢开灯'], i)}`,
          `${pick(['门口一直有嘶嘶的声音', '楼下那家窗户里嘶嘶响', '挖掘机把地下的管子挖破了'], i)}，${smell}${sign}`,
        ],
        i,
      );
    },
  },
  // A leak's hiss or a pipe bitten or dug open, with a smell within two clauses: both parts of a
  // gas leak, however faint the smell (hiss_smell).
  'a hissing or broken pipe with a smell': {
    n: 8,
    make: (i) => {
      const leak = pick(['楼后那根管道接口一直嗤嗤响', '厨房的软管被老鼠咬穿了', '施工队把路边的管子挖破了', '楼道里的管子咝咝地响'], i);
      const smell = pick(['附近几家都闻到怪味', '我关了阀门，味道还是散不掉', '这边有股味', '好臭，不敢开灯'], i + 1);
      return `${leak}，${smell}`;
    },
  },
  // People out of a home that burns or fills with gas: they fled, the fire or the gas is still there
  // (人已经出来了 ends only a danger of being shut in: over_only).
  'fire or gas with everyone out': {
    n: 8,
    make: (i) => {
      const danger = pick(['厨房的燃气管嘶嘶漏气', '家里一股煤气味', '楼道里着火了', '三楼那户家里冒黑烟', '燃气表那里呲呲响'], i);
      const out = pick(['人已经出来了', '人都出来了', '孩子已经出来了', '老人已经出来了'], i + 1);
      return `${danger}，${out}，${pick(['在楼下等', '快来人', '燃气公司电话打不通'], i)}`;
    },
  },
  // Live metal told by where it sits (扶手上带电) or by a touch that tingles (一摸就麻): a touch word
  // and 麻 in one clause, a metal thing or electrics beside them (tingle).
  'metal that tingles at a touch': {
    n: 10,
    make: (i) => {
      const metal = pick(['楼道的铁扶手', '单元门的把手', '阳台的晾衣架', '楼下的铁栏杆', '洗衣机的外壳'], i);
      const who = pick([...KIDS, '我妈', '送快递的小哥'], i + 2);
      return pick(
        [
          `${metal}上带电，${who}一摸麻得直哭`,
          `${who}碰了一下${metal}，手麻了一下`,
          `${metal}不对劲，${who}扶了一下就麻了`,
          `${who}摸到${metal}被麻了，吓得不敢动`,
        ],
        i,
      );
    },
  },
  // A metal gate, fence or rail said to be live in one clause (live_metal): 带电 beside the thing.
  'a metal gate, fence or rail said to be live': {
    n: 8,
    make: (i) => {
      const metal = pick(['五号楼的铁闸', '小区的围栏', '车库的卷闸门', '楼下的铁栅栏', '阳台的晾衣杆', '单元门口的铁丝网'], i);
      return `${metal}带电${pick(['，刚才有人推门被弹开了', '！！大家千万别碰', '，下雨天地上都是水'], i + 1)}`;
    },
  },
  // A wire hanging or lying on the ground where people pass or children play (exposed_wire).
  'a wire down where people are': {
    n: 8,
    make: (i) => {
      const wire = pick(['一根电线', '单元门口那根电缆', '路灯的电源线', '杆子上的线'], i);
      const down = pick(['耷拉到地上了', '拖在地上', '掉到地上了', '耷拉着快碰到头了'], i + 1);
      const ppl = pick(['小孩在那玩', '来来往往的人多', '放学的孩子都从这走', '老人天天在旁边遛弯'], i + 2);
      return `${wire}${down}，${ppl}`;
    },
  },
  // A plug, power strip or e-bike battery sparking or crackling (plug_arcing), and a fire reaching
  // further or growing (火苗窜到, 火快烧到, 烟越来越大).
  'a sparking plug or a fire spreading': {
    n: 14,
    make: (i) =>
      pick(
        [
          `有人从窗口吊线下来充电，${pick(['插头', '插线板', '排插'], i)}那里一直在打火`,
          `楼道里的${pick(['插线板', '插头', '接线板'], i)}噼里啪啦响，旁边停着电动车`,
          `${pick(['车棚里一辆电动车', '垃圾站', '楼下那堆纸壳子'], i)}烧起来了，火苗${pick(['窜到', '舔到', '蹿到'], i + 1)}旁边的车上了`,
          `${pick(['后面那堆秸秆', '墙角的柴火堆', '楼道里的纸壳子'], i)}有人点着了，${pick(['烟大得很', '烟老大了', '火快烧到车棚了'], i + 2)}`,
          `${pick(['绿化带', '垃圾站', '草垛'], i)}着火了，火快${pick(['撩到', '烧到', '窜到'], i)}单元门了`,
          `${pick(['电动车的电池', '充电器', '车棚里一块电瓶'], i)}鼓包了，${pick(['在滋滋响', '噼啪响', '一直噼里啪啦的'], i + 1)}`,
          `${pick(['地下室', '楼道尽头', '车库里'], i)}有股烧东西的味，${pick(['烟越来越大', '烟越来越多', '火越烧越旺'], i + 2)}`,
        ],
        i,
      ),
  },
  'a big tree leaning over people': {
    n: 10,
    make: (i) => {
      const tree = pick(['东门那棵老槐树', '车棚旁边的大杨树', '路口的梧桐', '滑梯边上那棵香樟', '楼前的老银杏'], i);
      const lean = pick(['根都松了', '越来越歪', '随时会倒', '往路上歪得厉害'], i + 1);
      const below = pick(['底下天天有孩子玩', '下面就是人行道', '旁边就是单元门，进进出出全是人'], i * 3);
      return `昨晚大风，${tree}${lean}，${below}`;
    },
  },
  'an ambulance or stretcher that cannot get through': {
    n: 8,
    make: (i) => {
      const block = pick(['一辆货车横在路口', '门口停满了私家车', '楼道里堆满了旧家具', '道闸抬不起来'], i);
      return pick(
        [
          `${block}，救护车开不进来，病人还在楼上等`,
          `急救车被堵在外面了，${block}`,
          `${block}，担架抬不下来，老人等着去医院`,
          `120的车进不来！${block}`,
        ],
        i,
      );
    },
  },
  'water rising into homes and shops': {
    n: 8,
    make: (i) => {
      const place = pick(['底商', '一楼住户家里', '地下车库', '配电房'], i);
      return pick(
        [`雨太大了，门口的积水已经淹到${place}了`, `下水道往外返水，马上就灌进${place}`, `街上的水漫进来了，${place}地上全是水`],
        i,
      );
    },
  },
  'water that cannot be shut off': {
    n: 8,
    make: (i) => {
      const pipe = pick(['厨房的进水管', '卫生间的水管', '楼道的主水管', '洗衣机的水管'], i);
      return pick([`${pipe}崩开了，总阀关不上`, `${pipe}漏得厉害，阀门关不住，地上全是水`, `${pipe}断了，水止不住，楼下也开始滴了`], i);
    },
  },
  'chunks falling off a roof edge onto a doorway': {
    n: 8,
    make: (i) => {
      const what = pick(['屋檐上的冰凌', '楼顶的冰挂', '外墙的瓷砖', '阳台上的水泥块'], i);
      const where = pick(['单元门口', '楼前的人行道上', '车棚出入口', '幼儿园门口的路上'], i + 1);
      return pick(
        [
          `${what}掉了一大块，正好落在${where}，还有人在走`,
          `${what}一掉就是一大块，砸碎在${where}`,
          `${what}又落下来了，砸中${where}的电动车，路过的人吓坏了`,
        ],
        i,
      );
    },
  },
  // A story set in the past, then brought back to now: the present danger counts.
  'an old story come back now': {
    n: 8,
    make: (i) => {
      const past = pick(['早些年', '前些年', '那几年', '十几年前'], i);
      const now = pick(['今天又', '现在又', '刚才又', '这会儿又'], i + 1);
      return pick(
        [
          `${past}地下车库就被淹过，${now}开始倒灌了，水都漫到配电房门口`,
          `${past}这楼道着过火，${now}冒黑烟了，大家快下楼`,
          `${past}那棵大杨树就歪，${now}歪得厉害，底下全是放学的孩子`,
        ],
        i,
      );
    },
  },
  // Issue 9's misses on val-f, each as a class: a gas fitting hissing (typed 燃汽 too) even after
  // the valve was shut, someone sitting on a roof edge, a small child left crying with no adult
  // about, a ceiling pouring onto a soaked floor, a storm-snapped tree hanging over homes.
  'gas fitting hissing, even after the valve is shut': {
    n: 12,
    make: (i) => {
      const fitting = pick(['燃气表那块', '燃汽表旁边', '厨房的煤气管接口', '楼道里的天然气管子', '燃气阀门那里', '煤汽表后面'], i);
      const hiss = pick(['咝咝地响', '嘶嘶响', '一直呲呲的', '哧哧地往外冒气', '嗤嗤直响'], i * 3 + 1);
      const after = pick(
        ['关了阀门还在响', '总阀关了也没用，还在响', '我先带孩子下楼了', '谁能帮忙打个电话', '阀门拧紧了还是有声音'],
        i * 5 + 2,
      );
      return `${fitting}${hiss}，${after}`;
    },
  },
  'someone sitting on a roof or ledge edge': {
    n: 10,
    make: (i) => {
      const who = pick(['有个人', '一个女孩', '一个穿黑衣服的男的', '一个小伙子', '一位大姐'], i);
      const where = pick(['对面楼顶', '12栋天台', '隔壁楼的楼顶', '那栋楼的天台上', '顶楼'], i + 1);
      const pose = pick(['坐在边上，腿都伸在外面', '站在边上来回走', '坐在边沿上一动不动', '腿悬在外面坐着', '翻到护栏外面站着'], i * 3);
      const tail = pick(['看着情绪不太对', '好像在哭', '谁离得近去看看', '我已经报警了', '情绪很激动'], i * 7 + 1);
      return `${where}${who}${pose}，${tail}`;
    },
  },
  'small child crying with no adult about': {
    n: 12,
    make: (i) => {
      const kid = pick(KIDS, i);
      const where = pick(['在阳台上', '在窗户边', '在家里', '趴在阳台栏杆上'], i + 1);
      const cry = pick(['哭了快一个钟头了', '一直喊妈妈', '哭得嗓子都哑了', '哭着叫爸爸'], i * 3);
      const absent = pick(['大人好像都不在', '爸妈好像都不在家', '家里好像没有大人', '家长也不在', '大人一直没回来'], i * 5 + 1);
      const tail = pick(['窗户还开着', '窗户也开着', '敲门也没人应', '谁认识这家人'], i * 7 + 2);
      return `${kid}${where}${cry}，${absent}，${tail}`;
    },
  },
  'ceiling pouring and the floor soaked': {
    n: 10,
    make: (i) => {
      const ceil = pick(['天花板鼓了个大包', '吊顶鼓起来一块', '卧室天花板', '客厅顶上'], i);
      const flow = pick(['一直往下淌水', '水哗哗往下流', '水顺着墙往下流'], i * 3 + 1);
      const floor = pick(['木地板都泡起来了', '地板都泡胀了', '地上的水都没过脚面了', '床和沙发都泡了'], i * 5 + 2);
      const tail = pick(['楼上好像出门了', '谁有楼上电话', '楼上敲门没人', '物业快来'], i * 7);
      return `${ceil}${flow}，${floor}，${tail}`;
    },
  },
  'a snapped tree or branch over homes and the road': {
    n: 10,
    make: (i) => {
      const tree = pick(['那棵老槐树', '门口的大杨树', '楼前那棵梧桐', '小区里最大的那棵树'], i);
      const broke = pick(['被刮断了', '拦腰断了', '被风吹折了'], i + 1);
      const then = pick(['整根砸在一辆车上', '路也堵死了', '倒在了路中间'], i * 3);
      const hang = pick(
        ['还有根大树杈挂在二楼阳台上晃荡', '一根粗枝子搭在三楼窗户上晃', '半截树干挂在别人家阳台上', '大树枝卡在二楼的防盗窗上晃'],
        i * 5 + 1,
      );
      return `${tree}${broke}，${then}，${hang}`;
    },
  },
  // A fear of worse said after the danger in its clause: the fear is of what follows it, the danger
  // before it is there (井盖没了就怕有小孩掉进去).
  'a danger with a fear of worse after it': {
    n: 10,
    make: (i) => {
      const fear = pick(['就怕', '真怕', '生怕', '最怕'], i);
      return pick(
        [
          `${pick(COVERS, i)}没了${fear}有小孩掉进去`,
          `${pick(ELECTRICS, i)}在冒火花${fear}烧起来`,
          `${pick(LIFTS, i)}里困着人${fear}里面的人闷坏了`,
          `楼道里一股煤气味${fear}谁家点火`,
          `${pick(ELDERS, i)}摔倒了起不来${fear}出大事`,
        ],
        i,
      );
    },
  },
  // Nobody hurt yet, or someone keeping watch: the danger itself goes on.
  'a danger with nobody hurt yet or someone keeping watch': {
    n: 8,
    make: (i) =>
      pick(
        [
          `${pick(['车棚', '3单元楼道', '地下车库'], i)}着火了，目前没有人受伤，火还没灭`,
          `${pick(ELDERS, i)}摔倒了起不来，有人守着，在等救护车`,
          `${pick(ELECTRICS, i)}一直冒火花，暂时没伤着人`,
          `${pick(['5栋', '西门口', '小区主路'], i)}的路面塌了个大坑，还好没砸到人，旁边有人守着`,
        ],
        i,
      ),
  },
  // A small child alone by a river or a pond: a fall into the water away.
  'someone fell into water or a ditch': {
    n: 12,
    make: (i) => {
      const who = pick([...PEOPLE, ...KIDS], i);
      const into = pick(['掉进河里了', '掉进水池里了', '掉沟里了', '掉井里了', '掉进水塘里了', '掉水里了'], i * 7 + 2);
      return pick([`${who}${into}，快来人`, `刚才${who}${into}，正在往上拉`, `${who}不小心${into}`], i);
    },
  },
  'a small child alone by water': {
    n: 8,
    make: (i) =>
      `${pick(KIDS, i)}${pick(['一个人在河边玩', '自己在池塘边蹲着', '一个人在人工湖边跑', '独自在水边玩水'], i)}，${pick(['没有大人', '大人不在', '没人看着', '家长不在'], i * 3 + 1)}`,
  },
  // A lift door open on an empty shaft; someone sinking in a pool; pinned by a door; lying in the road.
  'an open shaft, someone sinking, pinned or lying in the road': {
    n: 12,
    make: (i) =>
      pick(
        [
          `${pick(LIFTS, i)}门开着，里面轿厢不在，黑乎乎的井道`,
          `${pick(['小区游泳池', '人工湖', '楼后面的水池'], i)}里有个${pick(['小孩', '老人', '人'], i)}沉下去了`,
          `有人被${pick(['卷帘门', '车库的升降杆', '倒下来的铁门'], i)}压住了，在车库入口`,
          `有${pick(['个人', '个老大爷', '个喝醉的男的'], i)}躺在马路中间，车来车往的`,
        ],
        i,
      ),
  },
  // Smoke told by its size, someone leaning out of a balcony, a rider fallen into a pit, a
  // load-bearing wall knocked down.
  'big smoke, leaning out, a rider in a pit, a bearing wall gone': {
    n: 12,
    make: (i) =>
      pick(
        [
          `${pick(['一楼的窗户', '601的厨房', '楼道尽头'], i)}冒出好大的烟，里面好像有人在喊`,
          `对面楼有人在阳台上${pick(['晾衣服', '擦玻璃', '收被子'], i)}，整个人探出去了`,
          `路口的大坑没有围挡，刚才一个${pick(['骑电动车的', '骑车的', '送外卖的'], i)}摔进去了`,
          `${pick(['隔壁装修', '楼下那户', '12楼装修的'], i)}把承重墙砸了，楼上墙都裂了好大的缝`,
        ],
        i,
      ),
  },
  // A category's own words around a hazard's (走丢了 holds 走丢): the hazard still counts.
  'a child or an elder gone missing (走丢了)': {
    n: 8,
    make: (i) =>
      i % 2 === 0
        ? `${pick(KIDS, i)}走丢了${pick(['在哭', '，家长到处找', '，在广场上转圈'], i)}`
        : `${pick(ELDERS, i)}走丢了${pick(['，家里人到处找', '，电话也打不通', '，有点糊涂'], i)}`,
  },
  // Landing doors open on a shaft with no car: one step and someone falls down the shaft.
  'lift doors open on an empty shaft': {
    n: 10,
    make: (i) => {
      const lift = pick(['电梯', '2单元的电梯', '一楼的电梯', '地库那部电梯', '货梯', '7楼的电梯'], i);
      const open = pick(['门开了', '门自己开着', '门一打开', '门敞着关不上', '门开开了'], i + 1);
      const shaft = pick(
        ['里面没有轿厢', '轿厢不在，直接是井道', '里头是空的，能看到井道', '黑乎乎的看见电梯井', '里边是空的，底下就是井道'],
        i * 3 + 2,
      );
      const who = pick(['我差点一脚踩进去', '孩子就在门口玩', '快来人把门封上', '老人差点迈进去'], i * 5 + 3);
      return `${lift}${open}，${shaft}，${who}`;
    },
  },
  // A tall thing (hoarding, pole, billboard, tree) leaning over where people pass: it may come down on them.
  'a tall thing leaning over people': {
    n: 10,
    make: (i) => {
      const thing = pick(
        ['工地的围挡', '北门的广告牌', '路边那根电线杆', '单元门口的路灯杆', '小区的旧围墙', '操场边的大树', '楼下的宣传栏'],
        i,
      );
      const lean = pick(['往人行道这边倒', '歪了快四十五度', '斜着往路上靠', '被风吹得往这边倾斜', '整个歪向路中间'], i * 3 + 1);
      const below = pick(['底下还有人在走', '放学的孩子都从下面走', '下面就是人行道', '人来人往的'], i * 5 + 2);
      return `${thing}${lean}，${below}`;
    },
  },
  // A shed, rack or heater up on a roof or a balcony, torn loose: whatever it is, it is up high.
  'a loose thing up on a roof or balcony over people': {
    n: 10,
    make: (i) => {
      const place = pick(['顶楼', '楼顶', '6楼阳台外面', '楼顶平台上', '顶层那户'], i);
      const thing = pick(['搭的棚子', '彩钢棚', '太阳能热水器', '晾衣架', '花架子', '阳光房的顶'], i + 1);
      const state = pick(['被风掀起来一半', '挂在楼沿上晃', '松了一直在晃悠', '翻起来了一掀一掀的'], i * 5 + 2);
      const below = pick(['底下就是主路', '下面就是单元门口', '下面人来人往', '楼下小孩在玩'], i * 7 + 3);
      return `${place}${thing}${state}，${below}`;
    },
  },
  // Chunks coming down while people walk about beneath, said however the walking is said.
  'chunks falling while people walk about below': {
    n: 10,
    make: (i) => {
      const top = pick(['车库顶上', '楼道天花板', '单元门的雨棚', '地库顶棚', '楼顶的外墙'], i);
      const fall = pick(['一大块水泥掉下来了', '还在往下掉渣', '掉下来好几块', '一块一块往下落'], i * 3 + 1);
      const people = pick(['还有人走来走去', '人来来往往的', '好多人从底下经过', '居民进进出出的', '大家都得从下面过'], i * 2 + 2);
      return `${top}${fall}，${people}`;
    },
  },
  'someone being beaten': {
    n: 8,
    make: (i) => {
      const where = pick(['楼下', '地库', '单元门口', '小区门口'], i);
      const act = pick(['几个人在殴打一个男的', '有人把一个女的往死里打', '两个人对一个老人拳打脚踢', '有人在暴打一个小孩'], i + 1);
      return `${where}${act}，${pick(['快报警', '谁去拦一下', '人都倒地上了'], i * 3)}`;
    },
  },
  // An elder living alone gone quiet (curtains shut, a light on for days, the door not opened to a knock),
  // a child not home with the watch switched off, an elder who cannot say where home is.
  'someone alone gone quiet, a child not home, an elder who cannot say where home is': {
    n: 12,
    make: (i) => {
      const elder = pick(['隔壁独居的王奶奶', '六楼那个一个人住的大爷', '对门的孤寡老人', '楼上独居的李叔'], i);
      return pick(
        [
          `${elder}家窗帘${pick(['也没拉开', '一直没开', '都拉着'], i)}，${pick(['灯一直亮着', '灯亮了好几天'], i + 1)}`,
          `${elder}，三天没出门了，平时天天下楼遛弯`,
          `${elder}，${pick(['敲门不开', '敲门也不开', '叫门不开'], i)}，里面电视一直响`,
          `${pick(['我家孩子', '邻居家上三年级的孩子'], i)}放学到现在${pick(['还没到家', '没到家'], i)}，${pick(['电话手表一直关机', '手机关机了'], i + 1)}`,
          `西门有个${pick(['老大爷', '老奶奶'], i)}转了半天，问住哪${pick(['说不清', '说不出'], i + 1)}，穿着睡衣`,
        ],
        i,
      );
    },
  },
  // A piece broken off up high (掉了一角, 砸楼下去了), off scaffolding or a garage ceiling; a wire hanging
  // down where people pass.
  'a piece broken off up high, or a wire hanging down where people pass': {
    n: 10,
    make: (i) =>
      pick(
        [
          `${pick(['5栋有户', '我家楼上', '二单元三楼'], i)}阳台${pick(['掉了一角', '掉了一块'], i)}，水泥块${pick(['砸楼下去了', '掉到楼下了'], i + 1)}`,
          `${pick(['工地脚手架上的钢管', '脚手架上一块木板', '地库顶上一大块水泥'], i)}掉下来了，${pick(['下面好多人经过', '底下有人停车', '人来来往往的'], i + 2)}`,
          `${pick(['单元门口', '楼道口', '幼儿园门口'], i)}有根电线${pick(['垂下来了', '耷拉下来了', '吊下来了'], i + 1)}，${pick(['小孩放学都从那走', '来来往往的人多'], i)}`,
        ],
        i,
      ),
  },
  // A big puff of smoke (好大一股烟) in a stairwell or garage; a child's limb stuck in a gap it cannot be
  // pulled from; children on ice that cracks; someone on the edge of a roof; a wall that suddenly
  // splits; a drain grate gone; a small child who locked themself in.
  'smoke in a puff, a limb stuck in a gap, cracking ice, a roof edge, a wall split, a grate gone': {
    n: 14,
    make: (i) =>
      pick(
        [
          `${pick(['楼道里', '地库里', '3单元一楼'], i)}${pick(['好大一股烟', '一大股烟', '很大一股烟'], i + 1)}，不知道哪家的`,
          `${pick(['孩子的脚', '一个小孩的手', '邻居家娃的胳膊'], i)}卡在${pick(['滑梯的缝里', '健身器材的缝里', '花坛的夹缝里'], i + 1)}${pick(['拔不出来了', '抽不出来了'], i)}`,
          `几个孩子在${pick(['人工湖', '河面', '池塘'], i)}的冰上玩，${pick(['冰裂了', '冰面裂开了', '有人踩破冰了'], i + 2)}`,
          `${pick(['天台边上', '楼顶边上', '楼顶最边上'], i)}${pick(['站着个人，一直在哭', '有人坐着，腿晃来晃去'], i + 1)}`,
          `楼下装修，我家${pick(['客厅', '卧室'], i)}墙上${pick(['一下裂开', '一下子裂开'], i + 1)}好几道缝，还在往下掉灰`,
          `${pick(['楼后那个', '幼儿园门口的', '路口的'], i)}${pick(['雨水篦子', '排水箅子'], i + 1)}不见了，晚上看不见`,
          `我家两岁的娃把自己反锁在${pick(['卫生间', '卧室'], i)}里出不来了`,
        ],
        i,
      ),
  },
  // Said from inside a lift stopped between floors: the door opens on a wall.
  'a lift stopped with a wall behind the door': {
    n: 6,
    make: (i) =>
      `${pick(['我在电梯里', '我们在5号楼电梯里', '我跟孩子在电梯里'], i)}，${pick(['停住了', '不动了', '突然停了'], i + 1)}，${pick(['门缝外面是墙', '门外是墙', '扒开门外头是墙'], i + 2)}`,
  },
  // Something swallowed or a poison drunk; someone gone down a septic tank or a shaft and not come up.
  'something swallowed or poison drunk, or someone down a tank who has not come up': {
    n: 10,
    make: (i) =>
      pick(
        [
          `${pick(KIDS, i)}${pick(['误吞了一颗纽扣电池', '把硬币吞下去了', '吃了老鼠药', '误食了洗衣凝珠'], i + 1)}，${pick(['大人急哭了', '谁家有车送医院', '嘴里吐白沫'], i)}`,
          `${pick(ELDERS, i)}${pick(['喝了农药', '误服了一瓶安眠药'], i)}，家里人在喊`,
          `${pick(['楼下化粪池', '路边的窨井', '地下室'], i)}${pick(['有个工人下去了没上来', '有人下去半天了没上来', '下去的维修工晕在下面了'], i + 1)}`,
        ],
        i,
      ),
  },
  // Smoke said with 着 (还冒着烟), a grandparent (外婆, 姥爷) out of contact, someone floating face down.
  'still smoking, a grandparent out of reach, someone floating face down': {
    n: 9,
    make: (i) =>
      pick(
        [
          `${pick(['后面那棵枯树被雷劈了', '车棚角上那堆纸箱', '楼下那辆电动车'], i)}，${pick(['还冒着烟', '冒着黑烟', '直冒烟'], i + 1)}`,
          `我${pick(['外婆', '姥爷', '外公'], i)}一个人在家，${pick(['打电话一直没人接', '电话打不通'], i + 1)}`,
          `${pick(['小区人工湖', '楼后面的水池', '景观河'], i)}里有个人脸朝下漂着`,
        ],
        i,
      ),
  },
  // An elder who fell and cannot move, a child fallen off a slide, a cry of murder, a wall bulging over a path.
  'fell and cannot move, a cry of murder, a wall bulging over a path': {
    n: 8,
    make: (i) =>
      pick(
        [
          `${pick(ELDERS, i)}在家摔了，${pick(['动不了', '动弹不了'], i)}，门从里面反锁的`,
          `儿童乐园的${pick(['滑梯', '秋千'], i)}断了，${pick(KIDS, i)}摔下来了`,
          `${pick(['楼上', '对门', '隔壁单元'], i)}在吵架，听见有人喊杀人了`,
          `${pick(['外面那堵围墙', '车棚边上的砖墙'], i)}裂了大口子，${pick(['往外鼓', '鼓出来一大块'], i)}，旁边就是上学的路`,
        ],
        i,
      ),
  },
  // People still inside a lift (还关着), an elder not back (到现在没回), standing water in a power room.
  'still shut in a lift, an elder not back, water standing by the switchgear': {
    n: 9,
    make: (i) =>
      pick(
        [
          `${pick(LIFTS, i)}${pick(['坏了', '停了'], i)}，里面还关着${pick(['两个人', '一个老人', '送外卖的小哥'], i + 1)}`,
          `${pick(['楼下阿姨说她老伴', '我家老爷子', '六楼的王爷爷'], i)}${pick(['半夜出门到现在没回', '出去遛弯一晚上没回'], i + 1)}，七十多了`,
          `${pick(['地下室配电间', '楼道的配电箱底下', '车库的配电房'], i)}有积水，还嗡嗡响`,
        ],
        i,
      ),
  },
  // A gas pipe bitten or knocked open, someone climbing out of a window, ground caved in told at length.
  'a gas pipe broken open, someone climbing out a window, a cave-in told at length': {
    n: 9,
    make: (i) =>
      pick(
        [
          `${pick(['我家厨房的燃气管', '楼道里的天然气管子', '一楼那根黄色的燃气管'], i)}被${pick(['老鼠咬破了', '电动车撞破了', '装修的弄破了'], i + 1)}`,
          `${pick(['有人', '一个小伙子', '三楼有个人'], i)}从${pick(['六楼', '五楼', '顶楼'], i + 1)}窗户${pick(['往外爬', '要爬出去'], i)}`,
          `${pick(['车库入口那块地面', '单元门口的路面'], i)}，昨天还好好的，今天一看，陷下去一个大坑，来来往往的人都从这过`,
        ],
        i,
      ),
  },
  // Someone chasing people with a brick, a child in a febrile fit, a worker overcome by fumes from a drain.
  'chasing people with a brick, a fit from fever, fumes that knock someone out': {
    n: 9,
    make: (i) =>
      pick(
        [
          `有个男的在${pick(['小区里', '楼下', '车棚边上'], i)}${pick(['拿着砖头砸车', '拿着棍子乱挥'], i + 1)}，还追着人打`,
          `${pick(['孩子', '邻居家的宝宝', '我家娃'], i)}${pick(['发高烧抽了', '烧得抽过去了'], i + 1)}，救护车还没到`,
          `${pick(['污水井', '化粪池', '地下管道'], i)}冒出来的气，${pick(['熏晕了一个清洁工', '把下去的工人熏倒了'], i + 1)}`,
        ],
        i,
      ),
  },
  // Climbing a railing up on a roof: on the edge; a railing in the garden is no height.
  'climbing the railing of a roof': {
    n: 6,
    make: (i) =>
      `${pick(['有个孩子在', '一个男的在', '有人在'], i)}${pick(['楼顶天台', '顶楼平台', '楼顶'], i + 1)}${pick(['翻栏杆', '爬护栏', '翻女儿墙'], i + 2)}`,
  },
  // Leaning toward a building, a road or cars (往楼这边歪): the words name what is under it.
  'a tree, pole or hoarding leaning toward homes, a road or cars': {
    n: 10,
    make: (i) =>
      `${pick(['门口那棵大杨树', '路边那根电线杆', '楼后那棵老槐树', '施工的围挡', '停车场边上那棵树'], i)}${pick(['正往楼这边歪', '往马路上歪了', '朝楼这边倒', '往车上靠', '往人行道上歪'], i * 3 + 2)}，${pick(['风一刮直晃', '越来越斜', '眼看撑不住了'], i)}`,
  },
  // 栽、摔 into a pit like 掉 into it; a lid 让人偷了 (让 for 被) off a hole; said by whoever rode in.
  'someone pitched into a pit, or a lid taken off a hole': {
    n: 10,
    make: (i) =>
      pick(
        [
          `${pick(['骑电动车的大哥', ...PEOPLE], i)}${pick(['栽井里了', '栽进沟里了', '摔井里了', '栽进坑里了', '摔沟里了'], i * 3 + 1)}，${pick(['腿都摔破了', '快来人帮忙', '还没爬上来'], i)}`,
          `${pick(['车棚后面', '快递柜旁边', '3号楼门口'], i)}那个井，盖子${pick(['让人偷了', '被人偷了', '让人掀了'], i + 1)}，下面黑乎乎的`,
        ],
        i,
      ),
  },
  // Issue 9, seasonal and weather emergencies in everyday words (hazard × exposure): winter ice,
  // icicles, heaters, deep cold, snow load; summer heat, water, storms and lightning.
  'slipped on ice and cannot get up': {
    n: 12,
    make: (i) => {
      const who = pick(['一个老太太', '楼上的大爷', '我妈', '送快递的小哥', '一位老人', '隔壁的阿姨'], i);
      const where = pick(['单元门口', '小区路上', '楼前的坡道上', '车棚旁边', '台阶上'], i);
      const fall = pick(['路面结冰滑倒了', '踩着冰摔了一跤', '在冰上摔倒了', '脚下一滑摔在冰面上'], i);
      const hurt = pick(['起不来了', '腿动不了', '头磕破了流了好多血', '躺在地上一直喊疼', '胳膊好像摔断了', '半天爬不起来'], i + 3);
      return `${who}在${where}${fall}，${hurt}`;
    },
  },
  'icicles hanging over a doorway': {
    n: 12,
    make: (i) => {
      const ice = pick(['冰溜子', '冰锥', '冰柱', '一排冰溜子', '好几根大冰锥', '长长的冰柱子'], i);
      const where = pick(['单元门上方', '楼门口的雨棚上', '房檐上', '楼道口顶上', '幼儿园门口的屋檐'], i);
      const hang = pick(['挂着', '吊着', '结了', '垂着'], i);
      const below = pick(['底下天天有人进出', '老人孩子都从下面过', '正好在人走的地方', '下面就是进出的门', '随时可能掉下来砸到人'], i + 2);
      return `${where}${hang}${ice}，一米多长，${below}`;
    },
  },
  'electric heater or blanket smoking': {
    n: 12,
    make: (i) => {
      const who = pick(['隔壁老人家', '我家', '楼下租户家', '对门', '一楼老太太屋里'], i);
      const dev = pick(['小太阳', '电暖器', '取暖器', '电热毯', '暖风机', '电暖气'], i);
      const bad = pick(['冒烟了', '烧起来了', '着了', '一股焦糊味还在冒烟', '烧出火苗了', '把被子烤着了'], i + 1);
      return `${who}的${dev}${bad}`;
    },
  },
  'no heating and an elder or baby in deep cold': {
    n: 10,
    make: (i) => {
      const who = pick(['家里有刚满月的孩子', '屋里是八十多岁的老人', '楼上有个三个月的宝宝', '家里老人身体不好', '独居的老奶奶'], i);
      const cold = pick(
        ['暖气停了两天，屋里零下了', '没有暖气，屋里结冰了', '暖气一点不热，老人冻发烧了', '供暖断了，孩子冻得发紫'],
        i + 1,
      );
      return `${who}，${cold}`;
    },
  },
  'snow load bringing a shed roof down': {
    n: 10,
    make: (i) => {
      const roof = pick(['车棚的顶', '自行车棚', '楼下的彩钢棚', '停车棚顶子', '雨棚'], i);
      const fall = pick(['被雪压塌了', '让积雪压垮了', '雪太厚塌下来了', '被雪压得往下塌'], i + 1);
      const under = pick(['下面还有人在推车', '砸在电动车上', '有个老人刚在底下取车', '压住了一个人', '底下有孩子在玩'], i + 2);
      return `${roof}${fall}，${under}`;
    },
  },
  'an elder down with heat stroke': {
    n: 10,
    make: (i) => {
      const who = pick(['一个老大爷', '隔壁的老奶奶', '扫地的阿姨', '楼上的爷爷', '一位老人'], i);
      const where = pick(['在广场上', '在楼下', '在小区门口', '在菜地里', '在路边'], i + 2);
      const bad = pick(['中暑晕倒了', '热晕了倒在地上', '中暑了叫不醒', '热得晕过去了', '中暑了，脸煞白，站不起来'], i + 1);
      return `${who}${where}${bad}`;
    },
  },
  'a child gone under in a fountain, pond or pool': {
    n: 10,
    make: (i) => {
      const kid = pick(['一个小孩', '邻居家的娃', '一个小男孩', '两个孩子', '一个小女孩'], i);
      const where = pick(['喷泉池里', '小区的水塘里', '游泳池里', '景观池里', '人工湖里'], i + 1);
      const bad = pick(['沉下去了', '呛水了，没上来', '在扑腾，大人不在', '溺水了', '淹着了'], i + 2);
      return `${kid}在${where}${bad}`;
    },
  },
  'a ground-floor home flooding fast': {
    n: 10,
    make: (i) => {
      const home = pick(['一楼好几户', '一楼那户', '底商', '一楼老人家里', '半地下室的住户'], i);
      const flood = pick(['进水了', '水往屋里灌', '被淹了', '水漫进屋里'], i + 1);
      const worse = pick(['水都到膝盖了还在涨', '老人出不来', '屋里还有孩子', '插座都泡水里了', '水涨得特别快'], i + 2);
      return `暴雨，${home}${flood}，${worse}`;
    },
  },
  'lightning strike': {
    n: 8,
    make: (i) => {
      const what = pick(['楼顶', '3号楼', '配电房', '路灯杆'], i);
      const then = pick(['着火了', '冒烟了', '底下有人被劈倒了', '一声巨响，电线在冒火花'], i + 1);
      return `${pick(['刚才打雷', '雷雨天', '一个炸雷'], i)}，${what}被雷劈了，${then}`;
    },
  },
  'storm throwing a tree or hoarding onto a path or cars': {
    n: 10,
    make: (i) => {
      const thing = pick(['一棵大树', '广告牌', '门口的大招牌', '一根大树枝', '楼顶的铁皮'], i);
      const fall = i % 5 === 0 ? '被大风刮倒了' : pick(['被大风刮倒了', '让暴风雨吹下来了', '被风吹下来了', '刮断砸下来了'], i + 1);
      const onto = pick(['砸在车上', '横在人行道上', '压住了两辆车', '挡在小区门口的路上，还有人被砸到', '压在路边的车上了'], i + 2);
      return `${thing}${fall}，${onto}`;
    },
  },
  // Carbon monoxide named outright, the way residents say it (中煤气了), with no stove told.
  'carbon monoxide poisoning named outright': {
    n: 8,
    make: (i) => {
      const who = pick(['楼下的老两口', '隔壁一家三口', '对门的老太太', '一楼那户人家'], i);
      const named = pick(['中煤气了', '煤气中毒了', '一氧化碳中毒了', '中了煤气'], i + 1);
      const state = pick(['叫不醒', '人都迷糊了', '救护车还没到', '倒在屋里'], i + 2);
      return `${who}${named}，${state}`;
    },
  },
  // A lift stopped, jammed or half open, told with who is seen or heard inside it: people are shut in.
  'a stopped lift with people seen inside': {
    n: 12,
    make: (i) => {
      const lift = pick(['电梯', '东边那部电梯', '货梯', '9号楼的梯子', '单元里的电梯'], i);
      const stop = pick(['上到一半停住了', '卡死在四楼', '门开了一半就卡住了', '停在七层和八层之间', '出故障停在半路', '关牢了'], i + 1);
      const inside = pick(
        ['里面有个老爷爷', '轿厢里有位孕妇', '隔着门缝看得见人', '里头两个学生', '里面还有个抱娃的阿姨', '听见里面有人在喊'],
        i * 5 + 2,
      );
      return `${lift}${stop}，${inside}`;
    },
  },
  // A fall told with what came of it: cannot get up, a head cut open, bleeding, nobody about to help.
  'a fall with someone down, bleeding or alone': {
    n: 12,
    make: (i) => {
      const who = pick(['楼上的老阿姨', '一个老头', '我外婆', '隔壁的李伯伯', '一个小朋友', '送报的大爷'], i);
      const where = pick(['在楼梯拐角', '在小区门口', '在自家厨房', '在单元门前的台阶上'], i + 1);
      const fall = pick(['跌了一跤', '滑了一跤', '摔倒了', '绊了一跤', '跌倒了'], i * 3);
      const after = pick(
        ['站不起来', '坐在地上起不了身', '脑门撞破了在流血', '额头划开一道口子', '家里没人，我一个人扶不起来', '流了一地血'],
        i * 5 + 1,
      );
      return `${who}${where}${fall}，${after}`;
    },
  },
  // Shut in a lift said by the one inside or by kin (关在电梯里, 我就在电梯里), or someone still inside after a reply.
  'shut in a lift, said from inside or still inside': {
    n: 10,
    make: (i) => {
      const lift = pick(['电梯', '西单元的电梯', '轿厢', '地库那部电梯', '货梯'], i);
      return pick(
        [
          `我儿子关在${lift}里了，打电话说手机快没电了`,
          `困在${lift}里了，12号楼，按铃也没人理`,
          `我现在就在${lift}里，门打不开，谁帮我叫一下物业`,
          `${lift}停了，维保还没来，人还在里面`,
          `${lift}卡在那半天了，人还没出来`,
        ],
        i,
      );
    },
  },
  // Elders and small children as each region names them (老伯, 阿爷, 好婆, 小囡, 老婆儿, 小伢), unseen for a week
  // or left for days.
  'a dialect-named elder or child unseen for a week or left for days': {
    n: 8,
    make: (i) => {
      const who = pick(['隔壁的老伯', '楼下阿爷', '三楼的好婆', '对门那个老婆儿', '后面那幢的老先生', '一楼的老婆婆'], i);
      const gone = pick(
        [
          '一个礼拜没看到了，门口的报纸堆着',
          '一星期没出门了，敲门也没动静',
          '好几天没人照顾了，喊也不应',
          '三天没人管了，屋里一点声音都没有',
        ],
        i + 1,
      );
      return `${who}${gone}`;
    },
  },
  // The same people in danger said in Cantonese: shut in a lift (𨋢, 困喺入面), down after a fall (跌低, 起唔到身),
  // an elder gone quiet (冇人应, 一声都冇).
  'people in danger said in Cantonese': {
    n: 9,
    make: (i) =>
      pick(
        [
          `${pick(['东座部𨋢', '升降机', '三号楼部𨋢'], i)}停住唔郁，入面有${pick(['两个细路仔', '个阿婆', '几个人'], i + 1)}`,
          `${pick(['我阿嫲', '楼下个伯爷', '隔篱个阿婆'], i)}喺${pick(['厕所', '楼梯口', '街市门口'], i + 1)}跌低咗，起唔到身`,
          `${pick(['对面个独居阿伯', '六楼个阿婆', '楼上个伯爷'], i)}成日冇人应，打唔通电话`,
        ],
        i,
      ),
  },
  // An elder or sick person who cannot look after themselves, left without food, water or an answer.
  'a dependent elder left without care or answer': {
    n: 10,
    make: (i) => {
      const who = pick(['瘫在床上的王奶奶', '卧床的老爷子', '一楼那位偏瘫的阿姨', '独居的孤老张伯', '楼上行动不便的老太太'], i);
      const left = pick(['护工昨天辞职走了', '儿子出远门了', '家里人都不在', '请的阿姨没来'], i + 1);
      const want = pick(
        ['一整天没吃没喝', '没人喂饭，饿了一天了', '家里的呼叫器一直响，打电话也没人接', '按了紧急按钮报警，电话打不通'],
        i * 3 + 1,
      );
      return `${who}，${left}，${want}`;
    },
  },
  'a flooded power box with people by it': {
    n: 8,
    make: (i) => {
      const box = pick(['配电箱', '电箱', '箱变', '楼下的电表箱', '充电桩'], i);
      const wet = pick(['泡在水里了', '被水淹了一半', '进水了还在冒火花', '泡水了'], i + 1);
      const ppl = pick(['旁边就是人走的路', '小孩在旁边趟水玩', '好多人从旁边蹚水过', '大人孩子都在水里走'], i + 2);
      return `下大雨，${box}${wet}，${ppl}`;
    },
  },
  // Water or sewage (any liquid said with 水) × a word that it spreads: rising (还在涨), welling out
  // (往外涌), pouring into a room (往…里灌), or sprayed over the floor (喷了一地).
  'water or sewage rising and spreading through a home': {
    n: 12,
    make: (i) => {
      const water = pick(['污水', '粪水', '脏水', '水', '黑水'], i);
      const from = pick(['地漏', '马桶', '下水口', '墙根', '踢脚线'], i + 1);
      const room = pick(['卧室', '房间', '客厅', '阁楼', '储藏间'], i + 2);
      const who = pick(PEOPLE, i);
      return pick(
        [
          `${water}从${from}往外涌，${room}已经全是了`,
          `${from}一直在冒${water}，地上一层，还在涨`,
          `${water}往${room}里灌，${who}在里面拖都拖不过来`,
          `${room}进水了，${water}没过脚面，还在涨`,
          `楼上的${water}从顶上灌下来，${room}跟下雨一样`,
          `${water}漫过门槛了，往${room}里流`,
        ],
        i,
      );
    },
  },
  // Water × how far it has spread in a room (满地, 一屋子, 到小腿), said with the room in the same clause.
  'water deep or everywhere in a room': {
    n: 12,
    make: (i) => {
      const room = pick(['家里', '厨房', '地下室', '一楼住户屋里', '车库'], i);
      const water = pick(['水', '脏水', '污水', '粪水'], i + 1);
      const how = pick(['已经到小腿了', '一地的', '到处都是', '已经到脚踝了', '齐腰深了', '成了池塘'], i + 2);
      return how === '一地的' ? `${room}${how}${water}，拖都拖不过来` : `${room}的${water}${how}，拖都拖不过来`;
    },
  },
  'hot water sprayed out of a burst joint': {
    n: 8,
    make: (i) => {
      const joint = pick(['暖气片接口', '地暖分水器的接头', '热水管', '暖气立管'], i);
      const broke = pick(['崩开了', '裂了个口子', '爆了'], i);
      const hot = pick(['烫水', '滚烫的热水', '开水'], i + 1);
      const spray = pick(['喷了一地', '往外喷', '四处喷'], i + 2);
      return `${joint}${broke}，${hot}${spray}`;
    },
  },
  // A built part (墙, 坡道, 棚子, 台阶) × 坍/垮: 身体垮了 names no such part.
  'wall, ramp or shed giving way': {
    n: 10,
    make: (i) => {
      const part = pick(['半堵墙', '院墙', '车库坡道', '自行车棚子', '楼梯台阶', '3号楼后面的挡墙'], i);
      const verb = pick(['坍下来了', '垮了一大块', '垮掉一块', '坍了半边', '垮下来了', '整个往下沉'], i + 1);
      const after = pick(['砖头还在往下掉', '底下就是人走的路', '有人刚从那走过', '碎块堆了一地'], i + 2);
      return `${part}${verb}，${after}`;
    },
  },
  // A shaft or hole × left open (没有盖子, 只盖了一半, 打开了不围).
  'shaft or hole left open': {
    n: 16,
    make: (i) => {
      const where = pick(['就在滑梯旁边', '小孩天天从那过', '天黑了看不清', '电动车差点栽进去'], i + 2);
      // A shaft can lose its cover; a ditch or pit dug open can only be left unfenced.
      if (i % 4 === 3) {
        const pit = pick(['施工挖的沟', '挖开的坑', '路边挖的深坑'], i);
        const unfenced = pick(['也没有围挡', '没有任何提示', '旁边没围'], i + 1);
        return `${pit}${unfenced}，${where}`;
      }
      const hole = pick(['窨井', '路边的井口', '有个洞', '地上有个大洞', '检查井'], i);
      const open = pick(['上面没有盖子', '打开就走了，也不围一围', '只盖了一半，另一半空着', '没盖子也没围', '的盖子只剩半块'], i + 1);
      return `${hole}${open}，${where}`;
    },
  },
  // The spec's 井盖没了 said of any well's cover, however long it has been gone: the missing-word
  // may be cut into a longer word (丢了好几天 → 丢了好几 / 天) or be the colloquial 没了.
  "a well's cover gone, nobody named": {
    n: 12,
    make: (i) => {
      const cover = pick(['雨水井的盖子', '化粪池的盖板', '污水井的盖子', '下水井的盖板', '检查井的盖子', '雨水井盖板'], i);
      const gone = pick(['丢了好几天', '没了', '不见了好几天', '没了好几天了', '丢了', '被偷了好几天'], i * 5 + 1);
      const where = pick(WALKS, i + 3);
      return `${where}的${cover}${gone}`;
    },
  },
  'manhole cover prised off': {
    n: 6,
    make: (i) => {
      const cover = pick(COVERS, i);
      const off = pick(['被人撬走了', '让人撬开了', '被撬了'], i + 1);
      const where = pick(WALKS, i + 2);
      return `${where}的${cover}${off}`;
    },
  },
};

/** How a resident might say it: the same emergency, greeted, timed, formal, run on, asked. */
const frames: Record<string, (t: string) => string> = {
  plain: (t) => t,
  greeting: (t) => `各位邻居晚上好，${t}`,
  time: (t) => `今天傍晚六点左右，${t}`,
  formal: (t) => `${trimEnd(t)}，请问相关部门是否知晓？是否存在安全隐患？`,
  news: (t) => `据本小区居民反映，${trimEnd(t)}，目前现场尚无人处置。`,
  'run-on': (t) => `${t.replace(/[，。！？、\s]/gu, '')}怎么办啊`,
  waiting: (t) => `${trimEnd(t)}，打物业电话打了三遍都没人接，等了快半小时了`,
  mention: (t) => `@物业管家 ${trimEnd(t)}😭😭`,
  long: (t) => `我是8号楼2单元的住户，${trimEnd(t)}，麻烦看到的人帮忙联系一下`,
  question: (t) => `${trimEnd(t)}，有人管没有？`,
  'help tag': (t) => `【求助】${t}`,
  'at all': (t) => `@所有人 ${t}`,
  'who knows': (t) => `有没有人知道，${trimEnd(t)}该打哪个电话？`,
  // A hotline's intake note names the estate only as 某小区.
  hotline: (t) => `市民来电反映：某小区${trimEnd(t)}，请尽快处置。`,
  // Panic: exclamations, no greeting, none of the hazard words.
  panic: (t) => `天呐 ${trimEnd(t)}！！！吓死人了`,
  // Shouting: every break doubled or tripled (着火了！！！快来，，): a run of breaks is one break.
  shouting: (t) => t.replace(/[，。！？、]/gu, (m) => (m === '，' || m === '、' ? '！！' : m.repeat(3))),
  // A fix that did not hold: the danger goes on (说是处理好了还是一样).
  'not over': (t) => `${trimEnd(t)}，说是处理好了还是老样子`,
  // The weather around it (寒风里, 冷风中): wind that pours in is no water, but wind named as the
  // weather calms nothing.
  weather: (t) => `${pick(['寒风里', '冷风中', '北风呼呼的'], t.length)}${t}`,
  // Chat fragments: spaces for punctuation.
  fragments: (t) => t.replace(/[，。！？、]+/gu, ' ').trim(),
  // Help on its way and a word to calm the group: the danger is still there.
  reassured: (t) => `${trimEnd(t)}，已经打电话叫人了，大家别慌`,
};

/** Frames that make any of the emergencies no emergency: over already, a what-if, somewhere else. */
const calming: Record<string, (t: string, i: number) => string> = {
  over: (t, i) =>
    trimEnd(t) +
    pick(['，现在已经没事了', '，刚才物业来处理好了', '。后来消防来了，已经解决了', '，好在已经处理完了', '，半小时前的事，已经好了'], i),
  'what-if': (t, i) => `${pick(['万一哪天', '要是哪天', '真要是'], i)}${trimEnd(t)}可怎么办`,
  elsewhere: (t, i) => `${pick(['新闻里说别的小区', '刷到个视频，外地一个小区', '听说隔壁小区'], i)}${trimEnd(t)}`,
  'seen elsewhere': (t, i) => `${pick(['看到朋友圈说城东那边', '看到新闻说隔壁街道', '隔壁街道有个老小区'], i)}${trimEnd(t)}`,
  // A forwarded article or video: its dangers are nowhere here.
  forward: (t, i) =>
    `${pick(['转：', '安全知识：', '转给大家：', '[链接] '], i)}${trimEnd(t)}${pick(['（附视频）', '，这几件事一定要记住', '，小贴士请收好'], i)}`,
  // A notice from the property or the grid worker about such accidents in general.
  notice: (t, i) =>
    `${pick(['网格员提醒：', '物业提醒：', '【温馨提示】'], i)}近期${pick(['多发', '频发', '高发'], i + 1)}“${trimEnd(t)}”这类事故，请大家注意安全`,
  // Damage already done, now a matter of who pays.
  compensation: (t, i) =>
    `${pick(['上个月', '去年冬天', '前阵子'], i)}${trimEnd(t)}，${pick(['到现在也没人赔偿', '物业说找保险理赔', '到底找谁赔'], i + 1)}`,
  // A false alarm: it was nothing.
  mistaken: (t, i) => `刚才以为${trimEnd(t)}，${pick(['原来是看错了，虚惊一场', '问了一下是误会了', '结果是我搞错了'], i)}`,
};

// Things, not people, fallen into water or a ditch (钥匙掉进水池里): something to fish out, no danger.
const INTO_WATER = ['掉进水池里了', '掉河里了', '掉进沟里了', '掉井里了', '掉水里了'];
export const droppedThings = ['钥匙', '手机', '孩子的球', '一只鞋', '我的帽子', '刚买的东西', '老花镜', '一串钥匙'].map(
  (thing, i) => `${thing}${pick(INTO_WATER, i)}，有没有人能帮忙捞一下`,
);

// Seasonal and weather dangers (issue 9) that are no emergency now: a what-if, a past winter or
// summer, a tip for all, a drill, one already dealt with. Each hazard × each of these framings.
const SEASON_HAZARDS = [
  '老人在冰上滑倒起不来',
  '冰溜子掉下来砸到人',
  '屋里烧煤炉煤气中毒',
  '小太阳把被子烤着了',
  '电热毯冒烟着火',
  '车棚被雪压塌了',
  '老人中暑晕倒',
  '孩子掉进喷泉池里呛水',
  '暴雨把地下车库淹了',
  '大风把树刮倒砸在车上',
  '配电箱泡在水里漏电',
];
const SEASON_CALM: ((h: string, i: number) => string)[] = [
  (h, i) => `${pick(['万一哪天', '要是', '如果'], i)}${h}可怎么办`,
  (h, i) => `${pick(['去年冬天', '前几年', '小时候'], i)}我们那儿${h}过一次，现在想起来还后怕`,
  (h, i) => `${pick(['温馨提示：', '物业提醒：', '网格员提醒：'], i)}入冬入夏都要当心，谨防${h}，请大家注意安全`,
  (h, i) => `${pick(['本周六', '明天上午', '下周三'], i)}社区组织应急演练，模拟${h}，届时请勿惊慌`,
  (h, i) => `上午说的${h}的事${pick(['已经处理好了', '物业已经处理完了，谢谢', '已经解决了，大家放心'], i)}`,
];
export const seasonalControls: string[] = SEASON_HAZARDS.flatMap((h, i) => SEASON_CALM.map((f) => f(h, i)));

// A fall asked about as know-how (摔倒了怎么扶), a fall already seen to by a doctor, and people who
// got themselves out of a stuck lift: the person-in-danger words with nobody in danger now.
const FALLERS = ['老人', '我奶奶', '隔壁的大爷', '小孩', '楼下的阿婆'];
const FALLS = ['摔倒了', '跌了一跤', '滑倒了', '摔了一跤'];
export const peopleCalm: string[] = [
  ...FALLERS.map((who, i) => `${who}${pick(FALLS, i)}${pick(['怎么扶才对', '到底扶不扶', '该怎么扶', '要不要扶'], i + 1)}，大家说说`),
  ...FALLERS.map(
    (who, i) => `${who}${pick(FALLS, i + 2)}，${pick(['去医院看过了，没什么大事', '缝了几针，没大事', '包扎好了，谢谢大家'], i)}`,
  ),
  ...LIFTS.map((lift, i) => `被困在${lift}里${pick(['该怎么自救', '如何自救'], i)}，社区明天有讲座`),
  ...LIFTS.map((lift, i) => `上礼拜我被困在${lift}里半小时，${pick(['维保来了才出来', '消防来了才弄出来'], i)}，这电梯得换了`),
  ...LIFTS.map(
    (lift, i) =>
      `${lift}${pick(['又关了人', '困了人', '关牢过两个人'], i)}，${pick(['后来他们自己出来了', '人是自己爬出来的'], i)}，这电梯得好好修修`,
  ),
];

/** Near misses: hazard words or their neighbours in messages that are no emergency. */
const nearMisses: string[] = [
  ...droppedThings,
  // Smells by the stove told with another cause or a taste (gas_smell's unless and not_after).
  '厨房下水道返上来一股味，越来越重',
  '厨房的垃圾桶一股臭味，熏得头晕',
  '厨房装修的油漆味很冲，熏得头晕',
  '燃气灶换了新的，炒出来的菜味道就是香',
  '厨房有股味，不知道是啥，谁家在做腌菜吧',
  '刚才楼道里一股煤气味，原来是楼下在煮臭豆腐',
  '电梯困了个人，维保来了，人已经出来了',
  '刚才孩子被锁在车里，现在孩子已经出来了',
  // A tingle with no touch of metal, a wire with nobody near, a plug that only wobbles, a stove that lights.
  '坐了一下午，腿都麻了，扶着栏杆才站起来',
  '电线耷拉着，难看死了，找人来理一下',
  '插头有点松，插上去老掉',
  '充电桩那个插头烫手，充一会儿就断',
  '热水器又能打着火了，谢谢师傅',
  '楼上漏水，家具都泡着了，找谁赔',
  '电动车带电池上楼的又来了，物业管管',
  '电动车刹车一直啪啪响，去哪修',
  '电动车电池鼓包了，能换吗',
  '老板今天火很大，大家小心点',
  '楼下有只死老鼠，臭得要命，垃圾桶也没人清',
  '铁门没带电，电工看过了，放心',
  '电动车带电池上楼的又来了，物业管管吧',
  '水管一直嘶嘶响，声音挺吵，不知道是不是水压的问题',
  // A lift broken with nobody said to be inside, a fall long past or already seen to, a how-to on falls,
  // a thing broken open, an elder's meals asked about as a service.
  '电梯又卡死在三楼了，我们只好爬楼梯，什么时候修',
  '电梯门开了一半就不动了，幸好里面没人',
  '电梯里面有人贴小广告，物业管管',
  '电梯故障停了一上午，维保说下午来',
  '上个礼拜我外婆在楼梯上跌了一跤，现在还在养伤，台阶能不能加个扶手',
  '我妈滑了一跤，去医院看过了没什么大事，谢谢大家关心',
  '老人摔倒了到底怎么扶才对，有没有懂的说说',
  '车灯被撞破了，谁家的车停在这',
  '快递箱子划开了，里面的东西少了一件',
  '社区能不能给卧床的老人送饭上门，家里人白天都上班',
  '独居老人家里能装一键呼叫器吗，去哪申请',
  '部𨋢又坏咗，成日要行楼梯，物业几时修',
  '阿婆跌咗部手机落坑渠，有冇人帮手捞',
  '我阿爷行唔郁，想申请上门送饭',
  '半夜有架车横住门口，推婴儿车都出唔到',
  '燃气费又涨价了，一个月多交好几十',
  '电梯里的广告屏声音太吵了，能不能调小点',
  '【通知】本周六上午9点小区组织消防演练，届时会施放烟雾，请居民不要惊慌',
  '新闻里看到别的小区电动车着火了，真吓人',
  '昨天被困电梯的那位阿姨已经救出来了，没受伤，谢谢物业',
  '东门那个井盖已经盖好了，谢谢师傅',
  '电梯井道里有积水，物业能不能抽一下',
  '路边那根电线杆有点歪，能不能找人扶正一下',
  '楼顶的太阳能热水器有点松，周末找师傅来紧一下',
  '楼下装修的油漆味熏得头疼，能不能让他们开窗',
  '热水器不出热水，洗澡洗到一半冻得头疼',
  '上午冒火花的那个插座电工已经换好了',
  '万一电梯困人了该打哪个电话？',
  '家里燃气灶打不着火了，是不是没电池了',
  '烟雾报警器一直滴滴叫，好像是没电了',
  '电梯按钮有几个不亮了，按了没反应',
  '楼道灯坏了好几天了，晚上黑乎乎的',
  '暖气片接口有点渗水，地上湿了一小块',
  '北门井盖松了，车压过去哐哐响',
  '小区的树枝太长了挡住了我家窗户',
  '我家老人想办个老年卡，去哪办？',
  '单元门刷卡打不开，得等别人进出才能进',
  '快递柜的门打不开，取不了件',
  '楼下烧烤摊的油烟太大，熏得窗户都不敢开',
  '楼上装修电钻一响就是一天，孩子午睡都睡不着',
  '车棚的充电桩坏了，电动车充不上电',
  '水管冻住了，早上没水用',
  '垃圾桶满了好几天没人清，臭得很',
  '上周楼道着过一次火，到现在灭火器还没配',
  '电梯维保的人说明天上午停梯检修',
  '孩子的滑板车被人偷了，监控能查吗',
  '物业在楼道贴了防火安全知识，挺好的',
  '老人的钥匙落在家里了，进不去门，有开锁的电话吗',
  '我妈把自己关在屋里生闷气一下午了',
  '下雨天楼道地面很滑，建议放块防滑垫',
  '天然气公司上门安检，家里要留人吗',
  '热水器的水一会冷一会热，洗澡很烦',
  '厨房水龙头一直滴水，关不紧',
  '那棵倒了的树园林已经拖走了',
  '昨天停在两层中间的电梯修好了，里面的人也出来了',
  '老家那边的村子发大水了，房子都淹了',
  '楼下小孩哭了一晚上，吵得睡不着',
  '我家狗子走丢了，谁看见一只白色泰迪',
  '【温馨提示】天气干燥，请注意用火安全，如闻到燃气味请开窗通风',
  '@所有人 本周六上午消防演练，届时楼道会有烟雾，请勿惊慌',
  '邻居家的猫跑丢了，谁看见一只橘猫',
  '小区花园的木栏杆松了，一推就晃',
  '阳台栏杆有点生锈了，什么时候刷刷漆',
  '楼道吊顶有块板子歪了，看着不太好看',
  '孩子在窗边写作业，光线太暗了',
  '好几天没见着保洁来打扫了，楼道脏得很',
  '物业电话打了好几次都没人接，报修三天了没人来',
  '暖气片不太热，热水管摸着也是温的',
  '楼下快递小哥敲门没人开门，把快递放门口了',
  '走廊的墙皮掉了一块，现在已经修补好了',
  '卧室天花板裂了一道缝，什么时候来看看',
  '人行道的地砖翘起来了，好几块都松了',
  '回南天家里墙上都是水珠，地板也湿漉漉的',
  '邻居家的狗上个月把我家孩子咬了，打疫苗花了好几百，到现在也没赔',
  '转：电动车进楼道充电起火的视频，大家看看（附视频）',
  '网格员提醒：冬季燃气事故多发，请大家不要在厨房堆放杂物',
  '孩子从沙发上往下跳，把脚崴了，社区医院几点开门',
  '今天小区组织了消防演练，烟雾弹放完大家都挺配合',
  '报修三天了没动静，打物业电话也没人接',
  '配电箱里的线有点乱，能不能整理一下',
  '小区门口新开了家火锅店，辣得冒烟，推荐',
  '楼梯扶手有点晃，老人扶着不放心，能修一下吗',
  '物业能不能在水池边装个护栏，孩子多，怕掉进去',
  '楼上漏水把我家天花板泡了，他家不认账，我找谁评理去',
  '单元门口的井盖翘起来了，一踩一晃，晚上容易崴脚',
  '配电箱门上的锁生锈了，开不开',
  '汽油又涨价了，加一箱多花二十',
  '社区医院三天没开门了，老人拿药不方便',
  '那个走失的老人昨晚已经被家人接回去了',
  '三号楼燃气泄漏已经处理完毕，可以正常用气了',
  '上周那个晕倒的大爷已经出院了，谢谢大家',
  '以前小区有过井盖丢失的情况，后来都换成防盗的了',
  '井盖丢了那事已经过去半个月了，新井盖也装上了',
  '雨下得哗哗的，楼道里都是泥脚印',
  '暖气烫得不敢摸，屋里28度，能不能调低点',
  '热水管烫人，小孩容易碰到，能不能包一下',
  '那个人天天把车停在单元门口，门都打不开',
  '地库里汽油味挺重的，通风是不是不行',
  '楼道的灯罩掉了，灯泡露在外面',
  '我在阳台上晾衣服，手机差点掉下去',
  '阳台的晾衣架有点晃，楼下能不能帮忙看看',
  '卫生间墙面的瓷砖掉下来两块，家里老人说要找人修',
  '我拿着菜刀切菜，一不小心把手划了个口子',
  '楼道里谁家放了一把斧头和铁锹，能不能收一收',
  '卫生间地漏有点返味，是不是存水弯干了',
  '马桶冲水有点慢，好像有点堵',
  '厨房下水口一放水就往上返，味道很大',
  '洗衣机一排水地漏就往上冒水，是不是下水管堵了',
  '小区步道上的落叶好几天没扫了',
  '我妈拿着木棍在阳台上打被子，灰特别大',
  '客厅墙皮掉下来一小块，是不是受潮了',
  // Near misses of the hazards added for issue 9's unseen misses: the same nouns and verbs in
  // upkeep, habits, advice, things fixed, and everyday words that share a character.
  '路中间那个坑填了又陷，电动车都绕着走',
  '人行道的地砖有点下沉，走起来一高一低的',
  '小区主路有一处路面下沉，形成一个脸盆大小的凹坑，车辆经过颠簸',
  '昨天塌陷的那段路今天已经填平了，谢谢物业',
  '电梯又抽风了，关了又开关了又开',
  '我爸腿抽筋了，半夜疼醒，社区医院几点开门',
  '外墙保温层有几处鼓包，什么时候来修一下',
  '彩钢瓦屋顶一下雨就叮叮当当的，吵得睡不着',
  '楼顶的铁皮棚是违建，能不能拆了',
  '南门口那棵老槐树的大枝子耷拉下来了，刮风天怕砸着人',
  '家门口那棵树有根枝子断了挂在上面，得赶紧锯掉',
  '树枝断了一根掉在草坪上，麻烦园林来清一下',
  '卫生间天花板一直往下滴水，拿盆接了一晚上，楼上是不是漏了',
  '厨房吊顶滴滴答答的，应该是楼上管子漏了',
  '对门的阿姨去女儿家住了，窗帘一直拉着，大家帮忙看着点门',
  '我妈最近老是头晕恶心，是不是血压高了，社区能量血压吗',
  '炉子烧得挺旺的，屋里暖和多了',
  '屋檐上的冰溜子挺好看的，孩子拍了好多照片',
  '物业把屋檐的冰溜子都敲掉了，谢谢师傅',
  '地库入口的排水沟堵了，下雨会不会进水',
  '别在群里灌水了，说正事',
  '地下室有点返潮，东西都发霉了',
  '小区里有人遛狗不牵绳，今天差点扑到我家孩子',
  '地下室老鼠特别多，把纸箱都咬坏了',
  '楼下的狗天天叫，吵得睡不着',
  '电动车电瓶充不进电了，是不是坏了',
  '电梯有点晃，坐着不太舒服',
  '孩子在阳台上看烟花，大人陪着呢',
  '楼梯间有股油漆味，是不是谁家在装修',
  '燃气灶今天点不着了，燃气公司电话一直占线，是不是整个小区都没气了',
  '楼道吊顶有块板子歪了，看着不太好看',
  '卧室墙上有一道裂缝，什么时候来看看',
  '墙上的裂缝越来越大了，楼上装修砸墙砸的',
  '车位的线画歪了，停不进去',
  '阳台上有个马蜂窝，能找人摘吗',
  '我妈在家吸氧，社区能帮忙申请制氧机补贴吗',
  '昨晚车被人撬了，丢了个包，监控能查吗',
  '孩子从床上摔下来了，哭了一会就好了',
  '热死了，快中暑了',
  '吃鱼被鱼刺卡喉咙了，社区医院能取吗',
  '楼下那家天天家暴，吵得邻居都知道',
  '遛狗不拴绳，狗老追着人叫，物业管不管',
  '作业太多了，不想活了',
  '手机从阳台掉下去了，楼下的帮忙看一下',
  '钥匙掉进下水道了，有没有人能帮忙捞一下',
  '晾的衣服掉下去了，挂在二楼的防盗窗上',
  '农药味是绿化在打药，过两天就散了',
  // Light things thrown down, things (not people) pinned, "lift" and "live" words in other senses.
  '楼上往下扔了个纸团，谁家这么没素质',
  '谁家往楼下丢烟头，把我晾的衣服烫了个洞',
  '我的自行车被压在一堆杂物底下，抽不出来',
  '我带电瓶去楼下充电，被保安拦住了',
  '无关人员请勿进入机房',
  '这棵小树种得有点歪，绿化能不能扶一下',
  '树根把人行道的砖顶起来了，走路硌脚',
  '万一救护车进不来怎么办，消防通道老有人停车',
  '真有个急事，救护车都开不进来，这车位规划有问题',
  '下雨积水淹到脚脖子了，出门得穿雨靴',
  '水龙头关不紧，一晚上滴了半桶水',
  '冰箱里结的冰掉了一大块，是不是该除霜了',
  // Long ago, next time, sooner or later, luckily fine, who pays, children at play, a headline.
  '那几年一到夏天，地下室就被淹，现在早修好排水了',
  '我记得当年锅炉房着过一次火，后来就改天然气了',
  '下次再遇到电梯关人，直接打轿厢里贴的维保电话',
  '楼道里堆的那些纸箱子，迟早得绊倒人，能不能收一收',
  '早上门口有个大爷滑倒了，还好没事，门口那块冰能不能铲一下',
  '楼上漏水把我家吊顶泡坏了，保险赔不赔啊',
  '厨房管子冻裂的事，物业和水司互相推诿，两个礼拜了',
  '刚才楼下喊着火了，原来是几个孩子在玩游戏',
  '《燃气泄漏时这样做能保命》转给家里老人看看',
  '头几年刮台风，车棚顶整个被掀起来了，砸坏好几辆车',
  '小时候住的筒子楼着过一回火，那时候哪有什么消防通道',
  // Near misses of val-f's classes: a meter that ticks, a roof garden, a crying child with a parent
  // there, an old water stain, a pruned tree.
  '燃气表走字太快了，是不是坏了，找谁换',
  '楼顶天台能不能装个晾衣架，大家都想上去晒被子',
  '楼上小孩天天晚上哭，大人哄都哄不好，吵得睡不着',
  '去年漏水把木地板泡起来了，到现在还没人赔',
  '门口那棵树的枝子太长了，挡着二楼阳台，能不能修剪一下',
  '有人从四楼窗户拉了根晾衣绳，就绑在树枝上，衣服挂得满树都是',
  '二楼阳台上挂着的灯笼绳子缠在树杈上了，谁帮忙够一下',
  // Nobody hurt or trapped, told not to call for help, a false alarm, a hole already guarded.
  '刚才电梯晃了一下停了，门马上开了，没人被困',
  '车棚那辆电动车冒了点烟，保安拿灭火器喷了，没有人受伤',
  '楼下冒烟的是人家在烧纸，不是着火，别打119了',
  '是我家烧水壶干烧了，一点烟，不用叫消防',
  '刚才闻着像煤气味，结果是谁家炖的菜，虚惊',
  '路中间那个井盖开着，是工人在下面干活，旁边有人守着还摆了锥桶',
  '小区北门地面塌了个坑，物业已经拉了警戒线，明天来填',
  // A shaft being serviced, a bike pinned under things, a dog asleep on the road.
  '电梯在检修，维保师傅在井道里干活，门口拦着牌子',
  '我的自行车被人压住了，推不出来',
  '谁家的狗天天躺在路中间晒太阳，车都得绕着走',
  // Someone who knows looked and said it is nothing.
  '燃气表咝咝响是正常的吗，燃气公司说没事',
  '电箱里有点滋滋声，电工来看过说是正常的',
  // The same words at rest: a barbecue's smoke, a window cleaner on a rope, a wall that stays.
  '楼下烧烤摊好大的烟，窗户都不敢开',
  '装修前物业说了，承重墙不能动，大家注意',
  // Children by the water with their parents.
  '周末带孩子在河边玩，大人都看着呢，挺好的',
  '小区人工湖边的护栏能不能加高点，孩子们老在那玩',
  // Wind, not water, pouring in; a drain pipe, not a supply pipe, spraying; a fall only feared; a
  // car, not a person, that cannot get out.
  '楼道窗户玻璃碎了好几天，冷风呼呼往里灌，物业什么时候来换',
  '阳台门关不严，一刮风寒风就往屋里灌，冻死了',
  '洗衣机一排水，地漏就往外喷脏水，是不是排水管太细了',
  '楼上一冲马桶，我家下水管就往外喷，能不能来人疏通一下',
  '楼梯扶手松了，我妈七十多了，上下楼真怕她摔着',
  '单元门口那块地砖翘起来了，就怕哪天老人绊一跤',
  '我家车让人别在里头了出不去，谁家的白色轿车挪一下',
  '车位被人堵死了，我的车开不出去，早上还要送孩子上学',
  // 着了 of a verb's state (挡着了, 睡着了, 盖着了) beside things that burn: nothing caught fire.
  '孩子在沙发上睡着了，电视还开着',
  '车棚里的电动车我都拿布盖着了，下雨淋不着',
  '纸箱子先在楼道里放着了，明天就搬走',
  '窗帘我拿夹子夹住挡着了，太阳晒不进来',
  // Water that spreads over a corridor or a road, not into a home, a shop or a basement.
  '下水道又堵了，一楼的脏水都漫到楼道里了，臭得要命',
  '雨水都漫到小区主路上了，走路得绕着走',
  '洗车的水漫到人行道上，到处湿漉漉的',
  // A pill too big to swallow.
  '这药片太大了，我家老人老是吞不下去，能不能掰开吃',
  // Cannot move of a leg gone numb or a heavy cupboard.
  '我腿麻了动不了，坐会儿就好',
  '这个柜子太沉了，两个人都动不了',
  // A message not answered.
  '他消息到现在没回，不知道在忙啥',
  // A garden railing climbed.
  '小孩翻栏杆进草坪踩花，家长也不管',
  // Steam off a pot, litter afloat.
  '锅里还冒着热气，饭做好了',
  '河面上漂着好多垃圾，物业管管',
  // Shut in on purpose, ice melting in spring.
  '我妈把自己关在屋里生闷气一下午了',
  '河里结的冰裂了，开春了',
  // A child late home who was found, a parcel not home yet.
  '孩子没到家是去同学家了，刚打电话问过，没事了',
  '快递显示签收了，可是一直没到家，问快递员也说不清',
  // 止不住, 还在冒 of a crying child or a seeping meter are no gushing pipe.
  '隔壁小孩在屋里哭个止不住，大人也不哄哄',
  '水表井那里还在冒水，都好几天了',
];

/**
 * Near misses of water and structure dangers: a drain that gurgles, a stain, a loose or fenced
 * cover, a puddle on a road, a supposed flood, prices that rise, wind through a hole, a body worn
 * out, a flood that is over. None is an emergency.
 */
export const waterStructureControls: string[] = [
  '地漏往上冒泡，一股味，麻烦通一下',
  '卫生间墙角一直渗水，墙皮都鼓了',
  '天花板上有一块水渍，好像楼上在滴水',
  '井盖有点松，踩上去咣当响',
  '路边那个坑已经用围挡围起来了',
  '下雨了路上积了一大滩水，出门得绕着走',
  '要是水管爆了水往屋里灌可怎么办',
  '菜价还在涨，水果也贵',
  '水费还在涨价，一吨又贵了五毛',
  '往暖壶里灌开水的时候小心点',
  '这阵子忙得身体都垮了',
  '昨天地下室进水还在涨，今天已经抽干了',
  '燃气改造在墙上打了个洞，风呼呼往里灌',
  '小区新楼盖了一半就停工了',
  '门口那个井盖换了新的，还没盖严实',
  '下雨了路上到处都是水，走路得蹚着过去',
  '一楼厨房往上返水，满屋子臭味，赶紧找人通一下',
  '单元门口的雨棚破了个大洞，物业说要业主自己出钱修',
  '施工挖的那条沟已经围起来了，晚上也有灯',
  '光缆被人剪断了，整条弄堂都上不了网',
  '小区游泳池的水今天换过了，干干净净',
];

/** Frames that keep a near miss what it is (a notice stays a notice). */
const NEAR_FRAMES = ['plain', 'greeting', 'question'] as const;

/** Every generated text (emergencies in every frame, calmed ones, near misses), for the prefilter's check. */
export function probeTexts(): string[] {
  const out: string[] = [];
  for (const s of Object.values(urgentScenarios)) {
    for (let i = 0; i < s.n; i++) {
      const t = s.make(i);
      for (const f of Object.values(frames)) out.push(f(t));
      for (const f of Object.values(calming)) out.push(f(t, i));
    }
  }
  for (const t of nearMisses) for (const f of Object.values(frames)) out.push(f(t));
  return out;
}

/** Per calming frame: emergencies it made calm (not urgent), out of all. */
export function calmingRates(): Record<string, { pass: number; total: number; failures: string[] }> {
  const out: Record<string, { pass: number; total: number; failures: string[] }> = {};
  for (const [frame, f] of Object.entries(calming)) {
    const r = { pass: 0, total: 0, failures: [] as string[] };
    out[frame] = r;
    for (const s of Object.values(urgentScenarios)) {
      for (let i = 0; i < s.n; i++) {
        const text = f(s.make(i), i);
        r.total++;
        if (c.classify(text).urgent) r.failures.push(text);
        else r.pass++;
      }
    }
  }
  return out;
}

export interface UrgencyRates {
  /** Per class and per frame: urgent reports among the generated emergencies. */
  recall: Record<string, { pass: number; total: number; failures: string[] }>;
  urgentRecall: number;
  urgentPrecision: number;
  falseAlarms: string[];
}

export function urgencyRates(): UrgencyRates {
  const recall: UrgencyRates['recall'] = {};
  const bump = (key: string, ok: boolean, text: string) => {
    recall[key] ??= { pass: 0, total: 0, failures: [] };
    const r = recall[key];
    r.total++;
    if (ok) r.pass++;
    else r.failures.push(text);
  };
  let tp = 0;
  let fn = 0;
  for (const [name, s] of Object.entries(urgentScenarios)) {
    for (let i = 0; i < s.n; i++) {
      const [frame, f] = pick(Object.entries(frames), i * 7 + name.length);
      const text = f(s.make(i));
      const got = c.classify(text);
      const ok = got.report && got.urgent;
      if (ok) tp++;
      else fn++;
      bump(name, ok, text);
      bump(`frame: ${frame}`, ok, text);
    }
  }
  let fp = 0;
  const falseAlarms: string[] = [];
  nearMisses.forEach((t, i) => {
    for (const name of NEAR_FRAMES) {
      if (name === 'greeting' && i % 2 === 1) continue;
      const text = frames[name]!(t);
      const got = c.classify(text);
      if (got.report && got.urgent) {
        fp++;
        falseAlarms.push(text);
      }
    }
  });
  return { recall, urgentRecall: tp / (tp + fn), urgentPrecision: tp / (tp + fp), falseAlarms };
}
