import { describe, expect, it } from 'vitest';
import { ruleEngine } from './real-classifier.js';

// A period next to a price (多钱一个月, 一个月多少钱) is the unit the price is asked per, not how long a
// problem has lasted: the question is no report. Generated from templates: a service × a price question.
const services = ['托管班', '四点半课堂', '老年食堂', '停车位', '充电桩'];
const classes = ['托管班', '四点半课堂', '老年食堂'];
const asks = [
  ...services.flatMap((s) => [`社区有没有${s}啊 多钱一个月`, `暑假社区有没有办${s} 多钱一个月`]),
  ...classes.map((s) => `暑假社区有没有办${s} 一个月多少钱`),
];

describe('a price per period asks about a service: no report', () => {
  const c = ruleEngine();
  it.each(asks)('「%s」', (text) => {
    expect(c.classify(text).report).toBe(false);
  });
});

describe('a problem that has lasted a month is still a report, fees or not', () => {
  const c = ruleEngine();
  const still = ['电梯坏了一个月了 交那么多物业费 一年多少钱白交', '物业费一年三千 楼道灯坏了一个月没人修'];
  it.each(still)('「%s」', (text) => {
    expect(c.classify(text).report).toBe(true);
  });
});
