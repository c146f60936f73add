import { describe, expect, it } from 'vitest';
import { ruleEngine } from './real-classifier.js';

// A danger seen elsewhere (抖音上, 新闻里, 隔壁小区), then a feeling said back here with nothing named
// (咱这可不敢, 咱们这想想都害怕): the feeling is about the story told elsewhere, no report and no
// emergency of ours. A feeling about a thing here (咱这电梯也不敢坐了), a fault here or an ask
// (咱们小区什么时候查一查) stays a report.
const c = ruleEngine();

const places = ['抖音上看见', '网上刷到个视频', '看到新闻说隔壁小区', '上海那边有个小区'];
const dangers = ['有人把电瓶推进电梯 电梯里着火了', '电梯困人困了两个小时', '楼道里电动车充电烧起来了'];
const feelings = ['太吓人了 咱这可不敢', '咱这可不敢', '吓人 咱们这想想都害怕', '看着都害怕 咱这可不敢'];

describe('a feeling said back here about a danger seen elsewhere', () => {
  it.each(places.flatMap((p) => dangers.flatMap((d) => feelings.map((f) => `${p}${d} ${f}`))))('%s is no report', (text) => {
    const r = c.classify(text);
    expect(r.report, text).toBe(false);
    expect(r.urgent, text).toBe(false);
  });
  it.each([
    '抖音上看见有人把电瓶推进电梯 电梯里着火了 咱这电梯也不敢坐了',
    '看到新闻说隔壁小区电梯困人了 咱们这电梯也老坏 吓人',
    '上海那边有个小区楼道里电动车充电烧起来了 咱们楼道里也堆满了电动车 担心',
    '网上刷到个视频 电梯困人了 咱们小区电梯也坏了好几天了 吓人',
  ])('%s is a report', (text) => {
    expect(c.classify(text).report, text).toBe(true);
  });
});
