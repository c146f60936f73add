import { describe, expect, it } from 'vitest';
import { createToSimplified } from '../../src/infra/to-simplified.js';
import { realClassifier } from '../core/classify/real-classifier.js';

describe('traditional characters', () => {
  const toSimplified = createToSimplified();

  it('are converted to simplified ones, character for character', () => {
    expect(toSimplified('三號樓電梯壞咗，樓道裡的燈不亮')).toBe('三号楼电梯坏咗，楼道里的灯不亮');
  });

  it('leave a simplified text as the very same string', () => {
    const text = '3号楼电梯坏了，楼道里的灯不亮';
    expect(toSimplified(text)).toBe(text);
  });

  it('are read by the classifier like simplified ones, and the place is given as written', () => {
    const c = realClassifier();
    expect(c.classify('三號樓的路燈壞了好幾天了 麻煩物業來看看')).toMatchObject({ report: true, category: 'lighting', building: '三號樓' });
    expect(c.classify('三号楼的路灯坏了好几天了 麻烦物业来看看')).toMatchObject({ report: true, category: 'lighting', building: '三号楼' });
  });
});
