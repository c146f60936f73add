import { describe, expect, it } from 'vitest';
import { ruleEngine } from './real-classifier.js';

// Asking whoever knows (有懂的吗, 有没有懂行的, 懂的说一下, 有了解的吗) seeks information about a fee or a
// rule: no report, even when the question names a fee and a 能不能. Generated from templates: a question
// about fees or procedures × a call on those who know; each was a report before.
const cross = <A, B>(as: readonly A[], bs: readonly B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));
const questions = ['物业费能不能因为服务不到位拒交？网上说法都不一样', '维修基金到底咋用的', '供暖费能不能按面积少交'];
const calls = ['有懂的吗', '有没有懂行的', '懂的说一下', '有了解的吗', '有明白的吗'];
const asks = cross(questions, calls).map(([q, call]) => `${q} ${call}`);

describe('a question put to whoever knows is no report', () => {
  const c = ruleEngine();
  it.each(asks)('「%s」', (text) => {
    expect(c.classify(text).report).toBe(false);
  });
});

describe('a fault with a call on whoever knows how to complain is still a report', () => {
  const c = ruleEngine();
  const still = ['电梯坏了三天了 一直没人修 有懂的吗 去哪投诉', '楼道灯坏了一个月了 物业不管 有没有懂行的 怎么投诉'];
  it.each(still)('「%s」', (text) => {
    expect(c.classify(text).report).toBe(true);
  });
});
