import { describe, expect, it } from 'vitest';
import { realClassifier } from './real-classifier.js';

// Two frames that read as faults only by a word: 又 right before a word of ability says a thing
// works again (热水器又能打着火了), and a price rise (涨价) is the property's only of its own fees.
const c = realClassifier();

const restored = ['水压正常了', '来电了', '师傅来修好了', '总算弄好了'];
const worksAgain = ['热水器又能打着火了', '电梯又能坐了', '灶台又可以用了', '洗衣机又能转了'];
// (Without a closing, 着火 inside 打着火 still reads as a fire after the fix: a separate matter.)
const closings = ['感谢', '谢谢师傅'];

describe('又 before a word of ability: the thing works again', () => {
  const cases = restored.flatMap((r) => worksAgain.flatMap((w) => closings.map((e) => `${r} ${w} ${e}`.trim())));
  it.each(cases)('%s is no report', (text) => {
    expect(c.classify(text).report, text).toBe(false);
  });

  it.each([
    ['the ability denied', '师傅来修好了 电梯又不能坐了'],
    ['the ability denied, with 没', '来电了 热水器又没法打着火了'],
    ['a fault back', '师傅来修好了 电梯又坏了'],
  ])('%s is still a report', (_what, text) => {
    expect(c.classify(text).report, text).toBe(true);
  });
});

const goods = ['菜场青菜', '现在猪肉', '超市鸡蛋', '工地上钢筋'];
const tails = ['吃不起', '日子难过', ''];

describe('a price rise of goods is no property matter', () => {
  const cases = goods.flatMap((g) => tails.map((t) => `${g}又涨价了 ${t}`.trim()));
  it.each(cases)('%s is no property report', (text) => {
    expect(c.classify(text).category, text).not.toBe('property_service');
  });

  it.each(['物业费又涨价了 凭什么', '物业说涨就涨 也没开业主大会', '今年物业费又涨了 服务一点没见好'])(
    '%s is a property report',
    (text) => {
      expect(c.classify(text), text).toMatchObject({ report: true, category: 'property_service' });
    },
  );
});
