import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import CJKCompatibility from 'opencc-js/dict/CJK_Compatibility_Ideographs';
import HKVariantsRev from 'opencc-js/dict/HKVariantsRev';
import HKVariantsRevPhrases from 'opencc-js/dict/HKVariantsRevPhrases';
import TSCharacters from 'opencc-js/dict/TSCharacters';
import TSPhrases from 'opencc-js/dict/TSPhrases';
import * as OpenCC from 'opencc-js/t2cn';
import { describe, expect, it } from 'vitest';
import { fileCache } from '../../src/infra/file-cache.js';
import { createToSimplified, traditionalTriggers } from '../../src/infra/to-simplified.js';
import { realClassifier } from '../core/classify/real-classifier.js';

describe('traditional characters', () => {
  const toSimplified = createToSimplified(fileCache(null));

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

describe('the triggers that send a text to the converter', () => {
  const triggers = traditionalTriggers();
  const convert = OpenCC.Converter({ from: 'hk', to: 'cn' });
  const toSimplified = createToSimplified(fileCache(null));

  it('hold traditional characters, not simplified ones the conversion gives back (户 → 戶 → 户)', () => {
    for (const c of '戶喫臺溫竈牀臥覈') expect(triggers.characters.has(c), c).toBe(true);
    for (const c of '才户么吃群台灶温床卧核峰兑坏一不') expect(triggers.characters.has(c), c).toBe(false);
  });

  it('hold the phrases the conversion changes though written in kept characters (坏子 → 坯子, 明瞭 → 明了)', () => {
    expect(triggers.phrases).toEqual(expect.arrayContaining(['坏子', '明瞭', '吃口']));
    expect(toSimplified('这个坏子要拉')).toBe(convert('这个坏子要拉'));
    expect(toSimplified('我明瞭')).toBe('我明了');
  });

  it('leave characters beyond the BMP as written when nothing else is traditional (部𨋢, as the rules name it)', () => {
    expect(toSimplified('部𨋢坏咗')).toBe('部𨋢坏咗');
    expect(toSimplified('部𨋢壞咗')).toBe(convert('部𨋢壞咗'));
  });

  it('leave no text the converter would change: every dictionary fragment and pairs of them', () => {
    const dicts = [CJKCompatibility, HKVariantsRev, HKVariantsRevPhrases, TSCharacters, TSPhrases];
    const fragments = new Set<string>();
    for (const dict of dicts) {
      for (const side of dict.split(/[| ]/)) {
        const chars = [...side];
        for (let i = 0; i < chars.length; i++) for (let j = i + 1; j <= chars.length; j++) fragments.add(chars.slice(i, j).join(''));
      }
    }
    const clean = [...fragments].filter((f) => [...f].every((c) => !triggers.characters.has(c)));
    expect(clean.length).toBeGreaterThan(4000);
    const texts = [...clean, ...clean.map((f, i) => f + (clean[(i * 7919) % clean.length] as string))];
    const wrong = texts.filter((t) => toSimplified(t) !== convert(t));
    expect(wrong).toEqual([]);
  });

  it('are kept in the file cache and read back the same', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'yishiting-opencc-'));
    try {
      const text = '這個坏子，吃口飯，3号楼户外的灯';
      const first = createToSimplified(fileCache(dir))(text);
      expect(readdirSync(dir).some((f) => f.startsWith('opencc-triggers-'))).toBe(true);
      expect(createToSimplified(fileCache(dir))(text)).toBe(first);
      expect(first).toBe(convert(text));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
