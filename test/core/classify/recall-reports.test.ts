import { describe } from 'vitest';
import { realClassifier, reportsAs } from './real-classifier.js';

// Reports told by what residents do about a fault (拿桶接, 沟通了几次) rather than by its name.
const c = realClassifier();

describe('a leak told by the bucket under it or by asking where the water comes from, a neighbour who will not listen', () => {
  reportsAs(c, [
    ['客厅吊顶 拿桶接了两桶了', 'water_leak'],
    ['天花板上这水是哪来的 楼上也不开门', 'water_leak'],
    ['楼上天天跺脚 跟他们沟通了几次 一点用没有', 'nuisance'],
  ]);
});
