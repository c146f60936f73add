import { describe, expect, it } from 'vitest';
import { extractBuilding } from '../../../src/core/classify/extract-building.js';
import { messageBuilding } from '../../../src/core/classify/message-building.js';
import { splitQuote } from '../../../src/core/classify/split-quote.js';
import { rules, segmenter } from './real-classifier.js';

// The building of a message (message-building.ts) on its own: reply, quote and the quoted member's
// name in every combination, generated; and the place as written in traditional characters.
const zones = rules.places.zones;
const building = (written: string) => {
  const text = segmenter.toSimplified?.(written) ?? written;
  const split = splitQuote(text);
  return messageBuilding(split, extractBuilding(split.reply, zones), zones, text, written);
};
const quoted = (author: string, quote: string, reply: string) => `「${author}${quote}」\n- - - - - - -\n${reply}`;

describe('messageBuilding', () => {
  const replies: [string, string | null][] = [
    ['6栋路灯也不亮', '6栋'],
    ['+1 路灯不亮', null],
  ];
  const quotes: [string, string | null][] = [
    ['5栋路灯不亮', '5栋'],
    ['谁家路灯不亮', null],
  ];
  const authors: [string, string | null][] = [
    ['7号楼-花花：', '7号楼'],
    ['东门士多：', null],
    ['花花：', null],
    ['', null],
  ];
  const cases = replies.flatMap(([r, rb]) =>
    quotes.flatMap(([q, qb]) => authors.map(([a, ab]): [string, string | null] => [quoted(a, q, r), rb ?? qb ?? ab])),
  );
  it.each(cases)('「%s」: %s (the reply’s place, else the quote’s, else where the quoted member lives)', (text, place) => {
    expect(building(text)).toBe(place);
  });

  it('a message that quotes nothing has the place it names, or none', () => {
    expect(building('3号楼电梯坏了')).toBe('3号楼');
    expect(building('电梯坏了')).toBeNull();
  });

  it('reports the place as written (三號樓), in the reply, the quote or the member’s name', () => {
    expect(building('三號樓電梯壞咗')).toBe('三號樓');
    expect(building(quoted('花花：', '五號樓路燈不亮', '+1'))).toBe('五號樓');
    expect(building(quoted('七號樓-花花：', '路燈不亮', '+1'))).toBe('七號樓');
  });
});

describe('messageBuilding: Guangdong gardens and village lanes', () => {
  it('reports a side garden written in traditional characters as written (東苑3座)', () => {
    expect(building('東苑3座2梯停水')).toBe('東苑3座2梯');
    expect(building('成個東苑冇水')).toBe('東苑');
    expect(building(quoted('花花：', '東苑5座電梯壞咗', '+1'))).toBe('東苑5座');
  });
  it('reads where a quoted member lives from a numbered lane, not from a nickname lane (三巷阿婆)', () => {
    expect(building(quoted('8巷12号-阿婆：', '楼下好大阵烟味', '系我 拜神烧衣'))).toBe('8巷12号');
    expect(building(quoted('新村七巷阿婆：', '楼下好大阵烟味', '系我 拜神烧衣'))).toBe('新村七巷');
    expect(building(quoted('三巷阿婆：', '楼下好大阵烟味', '系我 拜神烧衣'))).toBeNull();
  });
});
