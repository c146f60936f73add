import { describe, expect, it } from 'vitest';
import { realClassifier } from './real-classifier.js';

// What a message compares with (跟水管爆了似的, 比楼顶漏水还…) is not what it says is wrong;
// a thing compared with something else (电梯慢得跟蜗牛似的) and words that compare nothing (比较) are.
const c = realClassifier();

describe('comparisons', () => {
  it.each(['这个月奖金一到手就花光了 跟水龙头没关似的😂', '我这记性 像楼道灯坏了一样 一阵一阵的', '我家猫掉毛比垃圾房的苍蝇还多😂'])(
    '「%s」 compares something else with a problem: not a report',
    (text) => {
      expect(c.classify(text).report).toBe(false);
    },
  );

  it.each([
    ['5栋电梯慢得跟蜗牛似的 老是停在半道', 'elevator'],
    ['3号楼楼道灯坏了 晚上黑得跟没灯一样', 'lighting'],
    ['5栋电线比较老化还漏电 麻烦来看看', 'power'],
    ['2单元下水道又堵了 比上个月还严重', 'drainage'],
  ])('「%s」 is still a report of its own thing', (text, category) => {
    expect(c.classify(text)).toMatchObject({ report: true, category });
  });
});
