import { describe, expect, it } from 'vitest';
import type { UrgentFinding, Urgency } from '../../../src/core/classify/detect-urgency.js';
import { type Decision, droppedWhy, explainDecision, explainUrgency } from '../../../src/core/classify/explanation.js';

const base: Decision = {
  header: null,
  staff: null,
  planned: null,
  thanked: null,
  elsewhere: null,
  category: '照明',
  categoryScore: 5,
  evidence: 6,
  report: true,
  thresholds: { category: 2, report: 4 },
  negativeTerms: [],
  dangers: null,
};

describe('explainDecision: the closing sentence of rules explain', () => {
  it('names the first thing that decided, in order: title, staff, planned work, thanks, elsewhere', () => {
    expect(explainDecision({ ...base, report: false, header: '通知', staff: '物业' })).toContain('以【通知】开头');
    expect(explainDecision({ ...base, report: false, staff: '物业', planned: '九点到十一点' })).toContain('「物业」说的话');
    expect(explainDecision({ ...base, report: false, planned: '九点到十一点', thanked: '谢谢' })).toContain('计划内的活');
    expect(explainDecision({ ...base, report: false, thanked: '谢谢' })).toContain('是在感谢');
    expect(explainDecision({ ...base, report: false, elsewhere: { label: '别处', terms: ['隔壁小区'], closes: false } })).toBe(
      '「别处」（隔壁小区）：说到的事都不在本小区或不是眼下的事，不是诉求。',
    );
  });

  it('says why a message fell short: no category, too few category points, or too little in all', () => {
    expect(explainDecision({ ...base, report: false, category: null })).toContain('没有说到任何类别的东西');
    expect(explainDecision({ ...base, report: false, categoryScore: 1 })).toContain('只得 1 分（至少要 2 分）');
    expect(explainDecision({ ...base, report: false, evidence: 0, negativeTerms: ['谢谢'] })).toContain('被「谢谢」抵消');
    expect(explainDecision({ ...base, report: false, evidence: 3 })).toContain('看不出是在反映问题');
  });

  it('gives a report its category and score, and the dangers that make it urgent', () => {
    expect(explainDecision(base)).toBe('说的是「照明」（5 分），总分 6 ≥ 4，是一条诉求。');
    expect(explainDecision({ ...base, dangers: ['冒烟＋电线'] })).toBe(
      '说的是「照明」（5 分），总分 6 ≥ 4，是一条诉求；险情「冒烟＋电线」使它成为紧急。',
    );
  });
});

describe('explainUrgency', () => {
  const finding = (term: string, exposure: string | null): UrgentFinding => ({
    term,
    hazard: '',
    kind: 'fire',
    exposure,
    thing: false,
    thingOf: null,
    category: null,
  });
  it('lists each hazard with its exposure once, in order, and each term that cancelled one once', () => {
    const found = [finding('冒烟', '配电箱'), finding('着火了', null), finding('冒烟', '电线')];
    const u: Urgency = {
      urgent: true,
      found,
      cancelled: [
        { term: '万一', why: 'a' },
        { term: '万一', why: 'b' },
        { term: '差点', why: 'c' },
      ],
      fallback: null,
      categories: [],
    };
    expect(explainUrgency(u)).toEqual({ terms: ['冒烟', '配电箱', '着火了', '电线'], cancelledBy: ['万一', '差点'], found });
  });
});

describe('droppedWhy', () => {
  it('says a part of a longer term counts only as the longer, and a term across two words is not what it says', () => {
    expect(droppedWhy({ term: '水压', why: 'contained', by: '水压低' })).toEqual({
      term: '水压',
      why: '它是更长的词「水压低」的一部分，只算长的',
    });
    expect(droppedWhy({ term: '灯坏', why: 'straddles', by: '楼道灯 / 坏了' })).toEqual({
      term: '灯坏',
      why: '分词后它跨在两个词之间（楼道灯 / 坏了），不是这个意思',
    });
  });
});
