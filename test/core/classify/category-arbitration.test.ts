import { describe } from 'vitest';
import { realClassifier, reportsAs } from './real-classifier.js';

// Which category holds the fault when a message names things of several (the brief's class (d)):
// the thing the fault word is said of, not a thing or place named around it. Generated from
// templates over places, things and fault words, not from listed messages.
const c = realClassifier();

describe('a plain fault word right after a clear thing (暖气坏了) is that thing’s, whatever place of another category is named before', () => {
  // Places that are things of 一老一小服务: the room is where the fault is, not what is wrong.
  const places = ['社区老年活动室', '日间照料中心', '小区托管班'];
  const things: [string, string][] = [
    ['暖气', 'heating'],
    ['地暖', 'heating'],
    ['电梯', 'elevator'],
    ['声控灯', 'lighting'],
  ];
  const faults = ['坏了', '坏掉了', '出故障了', '失灵了'];
  const tails = ['老人们没法待', '老人们只能回家', '大家都有意见'];
  reportsAs(
    c,
    places.flatMap((p, i) =>
      things.flatMap(([t, code], j) => faults.map((f, k): [string, string] => [`${p}${t}${f} ${tails[(i + j + k) % tails.length]}`, code])),
    ),
  );
});

describe('a fault word that is one category’s own (一闪一闪) goes with that category’s thing in the clause, not with another thing named there as a place', () => {
  const landmarks = ['靠近3号电梯那排', '2号电梯对过那排', '电梯出来那排'];
  const lamps = ['灯管', '灯泡'];
  const flickers = ['一闪一闪', '一闪一闪的'];
  const tails = ['看着眼晕', '晚上吓人', '麻烦换一下'];
  reportsAs(
    c,
    landmarks.flatMap((l, i) =>
      lamps.flatMap((lamp, j) =>
        flickers.map((f, k): [string, string] => [`地库B1${l}${lamp}${f} ${tails[(i + j + k) % tails.length]}`, 'lighting']),
      ),
    ),
  );
});

describe('something falling or pouring out (往下掉, 往外冒) by an electric thing is no water on it: the burning box or wire stays 供电', () => {
  const burning: [string, string][] = [
    ['电线杆上那根线烧着了', '有火球往下掉'],
    ['配电房里头有焦糊味', '还往外冒黑气'],
    ['电表箱里有焦糊味', '火星子往下掉'],
    ['配电箱烧焦了', '一直往外冒黑气'],
  ];
  const tails = ['快去看看', '底下有人走', '快来人'];
  reportsAs(
    c,
    burning.flatMap(([a, b]) => tails.map((t): [string, string] => [`${a} ${b} ${t}`, 'power'])),
  );
});

describe('being numb or stiff with cold (脚冻麻了, 手冻僵了) is a heating fault, beside a room of another category', () => {
  const places = ['日间照料中心', '社区老年活动室', '小区托管班'];
  const cold = ['脚冻麻了', '手冻僵了', '手脚都冻麻了'];
  reportsAs(
    c,
    places.flatMap((p) => cold.map((k): [string, string] => [`${p}暖气不开 老人坐一下午${k}`, 'heating'])),
  );
});

describe('smoke of a fire (烧起来了, 在烧) that chokes or pours upstairs (呛, 烟往楼上窜) is a fire, not cooking fumes', () => {
  const fires = ['不知道哪家烧起来了', '有辆车烧起来了', '谁家门口的纸箱子在烧', '一楼商铺后厨着火了'];
  const smokes = ['呛得睁不开眼', '烟往楼上窜', '烟往楼里灌', '呛得人直咳嗽'];
  const places = ['楼梯间里全是烟', '楼道里冒烟了', '地下车库好大的烟'];
  reportsAs(
    c,
    places.flatMap((p, i) =>
      fires.flatMap((f, j) => smokes.map((s): [string, string] => [`${p} ${f} ${s}${(i + j) % 2 ? ' 快下楼' : ''}`, 'security'])),
    ),
  );
});

describe('fire or smoke in the shaft that carries the building’s cables (电井, 强电井) is the electrics’ (供电)', () => {
  const shafts = ['楼道电井里', '强电井里', '三楼电井'];
  const fires = ['有火光', '冒黑烟了', '冒烟了 一股焦糊味', '有火苗'];
  reportsAs(
    c,
    shafts.flatMap((s, i) => fires.map((f, j): [string, string] => [`${s}${f} ${(i + j) % 2 ? '快叫电工' : '40栋'}`, 'power'])),
  );
});

describe('an old person fallen and calling for help is 一老一小, though the fall is told in words of hurt (滑倒, 喊救命) whose own category is 其他', () => {
  const persons = ['隔壁阿婆', '对门的老爹爹', '3栋的老爷爷', '二楼的老奶奶'];
  const falls = ['在卫生间喊救命 听声音是滑倒了', '在楼梯口摔了一跤 头上磕破了', '在厨房滑倒了 一直喊救命'];
  const after = ['爬不起来了', '在流血 一个人坐在地上起不来', '起不来 家里没人'];
  reportsAs(
    c,
    persons.flatMap((p) => falls.flatMap((f) => after.map((a): [string, string] => [`${p}${f} ${a}`, 'care_service']))),
  );
});

describe('an electric heater (电暖气) is no central heating: its faults go with the wires, plug or fuse named (供电)', () => {
  const owners = ['我家', '老楼', '东区九号楼'];
  const faults = [
    '电线都是几十年前的铝线 外皮都裂了 开电暖气心里发毛',
    '电暖气的插座冒出一股白烟 焦糊味呛人',
    '电暖气的插头烧化了 闸拉了还有糊味',
    '电暖气一开电线就发烫 外皮都裂了',
  ];
  const asks = ['能来人看看线吗', '啥时候能改造', '找谁修'];
  reportsAs(
    c,
    owners.flatMap((o, i) => faults.map((f, j): [string, string] => [`${o}${f} ${asks[(i + j) % asks.length]}`, 'power'])),
  );
  // The central heating said beside it stays the heating's.
  reportsAs(
    c,
    ['电暖气', '电暖器', '取暖器'].map((h): [string, string] => [`暖气一点都不热 开了${h}还得穿棉袄 热力公司管不管`, 'heating']),
  );
});

describe('a child out on a balcony or window ledge with no adult (锁在阳台外面, 站在窗台上) is 一老一小, not the railing it clings to (道路)', () => {
  const places = ['26栋', '对面楼', '7号楼六楼'];
  const kids = ['有个小孩', '一个三四岁的娃', '谁家孩子'];
  const states = ['被锁在阳台外面 扒着栏杆在哭', '站在窗台上 窗户外面没有防护栏'];
  reportsAs(
    c,
    places.flatMap((p) => kids.flatMap((k) => states.map((s): [string, string] => [`${p}${k}${s}`, 'care_service']))),
  );
});

describe('a charging pile named by its kind (快充桩, 直流桩) is 充电设施, whoever runs it (运营商 is 其他’s)', () => {
  const piles = ['快充桩', '慢充桩', '直流桩', '交流桩'];
  const states = ['标的功率是虚的 充一晚上才半格 运营商糊弄人吧', '扫码老是失败 运营商客服打不通'];
  reportsAs(
    c,
    piles.flatMap((p) => states.map((s): [string, string] => [`地库那排${p}${s}`, 'ev_charging'])),
  );
});
