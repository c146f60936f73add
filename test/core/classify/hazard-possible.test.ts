import { describe, expect, it } from 'vitest';
import { compileTerms } from '../../../src/core/classify/compile-terms.js';
import { hazardPossible } from '../../../src/core/classify/hazard-possible.js';
import { rules } from './real-classifier.js';

// Whether a hazard could make a text urgent (hazard-possible.ts), on its own: the prefilter leaves
// out what an emergency outweighs only then, so a wrong "no" would bound an emergency away.
const { index, urgencyIndex, table } = compileTerms(rules);
/** The answer for `text`, and how often it looked for exposures. */
const possible = (text: string): [boolean, number] => {
  let looked = 0;
  const near = () => {
    looked++;
    return urgencyIndex.findAll(text);
  };
  return [hazardPossible(table, index.findAll(text), near), looked];
};

describe('hazardPossible', () => {
  it.each(['楼道着火了', '配电箱冒烟', '有人被困在里面'])(
    '「%s」: a hazard that needs nothing could, without looking for exposures',
    (text) => {
      expect(possible(text)).toEqual([true, 0]);
    },
  );

  it.each([
    ['断了', '电线断了'],
    ['打不开', '门打不开 孩子急得哭'],
    ['漏水', '电箱漏水'],
  ])('「%s」: a hazard that needs an exposure could not alone; 「%s」 with one of a kind it needs could', (alone, exposed) => {
    expect(possible(alone)).toEqual([false, 1]);
    expect(possible(exposed)).toEqual([true, 1]);
  });

  it.each(['哈哈', '路灯不亮了', '物业费又涨了'])('「%s」: no hazard, none possible, no exposures looked for', (text) => {
    expect(possible(text)).toEqual([false, 0]);
  });
});
