import { describe, expect, it } from 'vitest';
import { ruleEngine } from './real-classifier.js';

// 开不开 is also an A-not-A question (食堂还开不开, 泳池今年开不开: open or not). Right after 还 or a time word
// it asks about a service's hours, so a person mentioned nearby (老人天天念叨) makes no one trapped behind a
// door. Generated from templates: a service × a time or 还 × a person in the same message.
const services = ['老年食堂', '社区食堂', '四点半课堂', '助餐点', '图书室', '游泳池'];
const whens = ['还', '周末', '暑假', '下周还', '今年'];
const asks = services.flatMap((s) => whens.map((w) => `社区的${s}${w}开不开啊 老人天天念叨`));

describe('开不开 after 还 or a time word asks whether a service is open: no danger', () => {
  const c = ruleEngine();
  it.each(asks)('「%s」', (text) => {
    expect(c.classify(text).urgent).toBe(false);
  });
});

describe('a door that will not open with someone behind it is still urgent', () => {
  const c = ruleEngine();
  const trapped = [
    '电梯里关着人 门开不开 快来人',
    '3栋电梯停了 里面有个老人 门也开不开',
    '孩子自己跑进电梯了 门一直开不开 在里面哭',
    '老太太一个人在屋里 门开不开 喊也不应',
  ];
  it.each(trapped)('「%s」', (text) => {
    expect(c.classify(text)).toMatchObject({ report: true, urgent: true });
  });
});
