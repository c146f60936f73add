import { describe } from 'vitest';
import { realClassifier, reportsAs } from './real-classifier.js';

// Everyday words for a thing and its fault that any community uses (the brief's class (a)): each
// family is every thing × every fault × a few places and tails, so a word is judged in messages
// it was not added for.
const c = realClassifier();

/** Every thing with every fault, placed and closed in turn. */
function family(code: string, things: string[], faults: string[], places: string[], tails: string[]): [string, string][] {
  return things.flatMap((t, i) =>
    faults.map((f, j): [string, string] => [`${places[(i + j) % places.length]}${t}${f} ${tails[(i * 2 + j) % tails.length]}`, code]),
  );
}

const PLACES = ['3号楼门口的', '弄堂里那个', '小区东门', '5栋后面的'];
const TAILS = ['好几天了', '请处理一下', '老人走路不方便', '谁来管管'];

describe('a corner broken off (缺了一角, 掉了一角) is a fault of what it is broken off', () => {
  reportsAs(c, family('road', ['台阶', '路沿石', '井盖'], ['缺了一角', '缺一角', '掉了一角'], PLACES, TAILS));
});

describe('rubbish knocked over or spilled (倒得一地, 撒了一地) and a place turned into a dump (变成垃圾场) are sanitation', () => {
  reportsAs(c, family('sanitation', ['垃圾桶', '垃圾箱'], ['倒得一地', '扔得一地', '撒了一地', '撒得一地'], PLACES, TAILS));
  reportsAs(
    c,
    ['后门那块空地', '楼后的夹道', '车棚后面'].flatMap((p): [string, string][] => [
      [`${p}变成垃圾场了 臭得要命`, 'sanitation'],
      [`${p}成了垃圾场 谁来管管`, 'sanitation'],
    ]),
  );
});

describe('vermin running about (老鼠跑来跑去) and a stink (臭得要命, 臭得没法开窗) are sanitation', () => {
  reportsAs(c, family('sanitation', ['老鼠', '耗子', '蟑螂'], ['跑来跑去', '在厨房里跑来跑去'], PLACES, TAILS));
  reportsAs(c, family('sanitation', ['垃圾房', '垃圾站', '垃圾堆'], ['臭得要命', '臭得没法开窗', '臭得受不了'], PLACES, TAILS));
});

describe('a tree named by its kind (香樟, 梧桐, 桂花树) and dead branches (枯枝) are greenery', () => {
  const trees = ['香樟', '梧桐', '桂花树', '杨树', '银杏'];
  reportsAs(
    c,
    trees.flatMap((t, i): [string, string][] => [
      [`${PLACES[i % PLACES.length]}那棵${t}枯枝老多 请园林来修一修`, 'greenery'],
      [`楼下那排${t}长得比三楼还高 屋里一点太阳都晒不到 能不能修一修`, 'greenery'],
    ]),
  );
});

describe('stalls that keep multiplying (摊头越摆越多, 全是摆摊的) are street order', () => {
  reportsAs(
    c,
    ['弄堂口卖水果的摊头', '北门口的路边摊', '小区门口卖菜的摊位', '东门两边摆摊的'].flatMap((s): [string, string][] => [
      [`${s}越摆越多 路都占了一半`, 'street_order'],
      [`${s}越摆越多 车都进不来`, 'street_order'],
    ]),
  );
});

describe('strange faces hanging about (生脸的, 看着不像好人) are security', () => {
  reportsAs(
    c,
    ['车棚', '单元门口', '地下车库', '快递柜那边'].flatMap((p): [string, string][] => [
      [`最近老有几个生脸的在${p}转悠 看着不像好人`, 'security'],
      [`${p}有个生脸的转了半天 看着不像好人 保安管管`, 'security'],
    ]),
  );
});

describe('a lamp gone dark (灯黑了) is lighting, beside the car park or the stairs it lights', () => {
  const lamps = ['地库B2那一排灯', '楼道的灯', '车库入口的灯', '单元门口的灯'];
  const tails = ['快一个礼拜了 停车全凭感觉', '好几天了 晚上上楼全靠手机照', '一个多月了 老人腿脚不好真怕摔'];
  reportsAs(
    c,
    lamps.flatMap((l) => tails.map((t): [string, string] => [`${l}黑了${t}`, 'lighting'])),
  );
});

describe('grass grown waist-high (草齐腰高) is greenery, whatever it breeds', () => {
  const grass = ['草坪', '绿化带', '楼后那片草地'];
  const tails = ['蚊子成群', '孩子一出门一身包', '多久没人管了'];
  reportsAs(
    c,
    grass.flatMap((g) => tails.map((t): [string, string] => [`三期的${g}草都齐腰高了 ${t}`, 'greenery'])),
  );
});

describe('a supply out for hours (已经两个钟头了, 好几个小时了) is a lasting fault, like one out for days', () => {
  const outs: [string, string][] = [
    ['一半人家有电一半人家没电', 'power'],
    ['整个单元没电', 'power'],
    ['楼上几户没水', 'water_supply'],
  ];
  const hours = ['已经两个钟头了', '好几个小时了', '三个小时了'];
  reportsAs(
    c,
    outs.flatMap(([o, code]) => hours.map((h): [string, string] => [`20号${o} ${h}`, code])),
  );
});
