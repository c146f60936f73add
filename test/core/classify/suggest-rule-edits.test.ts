import { describe, expect, it } from 'vitest';
import { createClassifier } from '../../../src/core/classify/create-classifier.js';
import type { CategoryRule, Rules } from '../../../src/core/classify/rules.js';
import { applyEdit, suggestRuleEdits } from '../../../src/core/classify/suggest-rule-edits.js';
import type { Segmenter } from '../../../src/core/classify/types.js';
import type { Correction } from '../../../src/core/tickets/types.js';

// Made-up corrections over a small rule set: suggestions are edits tried on a copy of the rules.
const category = (code: string, over: Partial<CategoryRule> = {}): CategoryRule => ({
  code,
  name: code,
  enabled: true,
  priority: 0,
  objects: {},
  problems: {},
  aliases: {},
  cues: {},
  urgent: [],
  ...over,
});

const rules: Rules = {
  categories: [
    category('lighting', { name: '照明', objects: { 路灯: 3 }, problems: { 不亮: 2 } }),
    category('drainage', { name: '下水排污', objects: { 下水道: 3 }, problems: { 堵了: 2 } }),
    category('other', { priority: -1, objects: { 东西: 1 } }),
  ],
  problems: { 坏了: 2 },
  cues: [{ kind: 'request', label: '请求', weight: 2, terms: ['麻烦'] }],
  urgency: { hazards: [], exposures: [], cancel: [], over: [], outweighs: [], evidence: 4 },
  language: { negation: ['不', '没'], denial: ['不是'], question: ['是不是'], clauseBreaks: ['，', ' '] },
  places: { zones: [] },
  thresholds: { report: 4, category: 2, categoryCap: 6, pair: 2, problemCap: 2 },
};

/** Cuts at spaces and commas, then into the known words, else single characters. */
const words = [
  '路灯',
  '不亮',
  '下水道',
  '堵了',
  '坏了',
  '麻烦',
  '车库灯',
  '地漏',
  '返味',
  '广场舞',
  '音响',
  '太响',
  '一闪一闪',
  '电闸',
  '水管',
];
const segmenter: Segmenter = {
  cut(text) {
    const out: string[] = [];
    for (let i = 0; i < text.length; ) {
      const w = words.filter((x) => text.startsWith(x, i)).sort((a, b) => b.length - a.length)[0] ?? text[i]!;
      out.push(w);
      i += w.length;
    }
    return out;
  },
};
const build = (r: Rules) => createClassifier(r, segmenter).classify;

let id = 0;
const correction = (kind: Correction['kind'], text: string, fromCategory: string | null, toCategory: string | null): Correction => ({
  id: ++id,
  communityId: 1,
  ticketId: id,
  kind,
  text,
  fromCategory,
  toCategory,
  staff: '王主任',
  at: new Date('2026-12-01T08:00:00Z'),
});

describe('suggestRuleEdits', () => {
  it('suggests adding a word of a missed report to the category staff gave it, fixing every correction that shares it', () => {
    const a = correction('missed', '车库灯坏了 麻烦', null, 'lighting');
    const b = correction('recategorise', '车库灯坏了好久', 'other', 'lighting');
    const r = suggestRuleEdits(rules, [a, b], [], segmenter, build);
    expect(r.suggestions).toHaveLength(1);
    expect(r.suggestions[0]!.edit).toEqual({ category: 'lighting', section: 'objects', term: '车库灯', weight: 3 });
    expect(r.suggestions[0]!.fixes).toEqual([a, b]);
    expect(r.suggestions[0]!.support).toEqual({ here: 2, elsewhere: 0 });
    expect(r.unresolved).toEqual([]);
    // Applied, the copy classifies both as corrected; the original rules are untouched.
    const after = build(applyEdit(rules, r.suggestions[0]!.edit));
    expect(after(a.text)).toMatchObject({ report: true, category: 'lighting' });
    expect(rules.categories[0]!.objects).toEqual({ 路灯: 3 });
  });

  it('proposes the distinctive word, not the longest: rare in messages labelled otherwise, never a problem phrase', () => {
    // 一闪一闪 is longer than 车库灯 and fixes the message too, but the drainage correction says
    // it is how anything flickers, not a lighting thing.
    const a = correction('missed', '车库灯一闪一闪 麻烦', null, 'lighting');
    const b = correction('missed', '水管一闪一闪 麻烦', null, 'drainage');
    const r = suggestRuleEdits(rules, [a, b], [], segmenter, build);
    const forA = r.suggestions.find((s) => s.fixes.includes(a))!;
    expect(forA.edit.term).toBe('车库灯');
    expect(forA.support).toEqual({ here: 1, elsewhere: 0 });
    // A word holding a problem word (路灯不亮 → 不亮) is never proposed as a thing.
    const c = correction('recategorise', '车库路灯不亮', 'other', 'drainage');
    const terms = suggestRuleEdits(rules, [c], [], segmenter, build).suggestions.map((s) => s.edit.term);
    expect(terms.some((t) => t.includes('不亮'))).toBe(false);
  });

  it('suggests a phrase, never a short word, against the category of a report that was not one', () => {
    const c = correction('not_report', '路灯不亮 广场舞音响太响', 'lighting', null);
    const r = suggestRuleEdits(rules, [c], [], segmenter, build);
    const edit = r.suggestions[0]?.edit;
    expect(edit).toMatchObject({ category: 'lighting', section: 'cues', weight: -4 });
    expect(edit!.term.length).toBeGreaterThan(2);
  });

  it('skips corrections the rules already get right and shows the examples an edit would break', () => {
    const right = correction('recategorise', '下水道堵了', 'other', 'drainage');
    const wrong = correction('missed', '地漏返味 麻烦', null, 'drainage');
    const examples = [{ text: '地漏返味 麻烦看看楼上', report: false }];
    const r = suggestRuleEdits(rules, [right, wrong], examples, segmenter, build);
    expect(r.alreadyRight).toEqual([right]);
    const s = r.suggestions[0]!;
    expect(s.fixes).toEqual([wrong]);
    expect(s.breaksExamples.map((f) => f.example.text)).toEqual(['地漏返味 麻烦看看楼上']);
  });

  it('lists a correction it cannot fix with one edit', () => {
    const c = correction('missed', '嗯', null, 'lighting');
    expect(suggestRuleEdits(rules, [c], [], segmenter, build).unresolved).toEqual([c]);
  });
});
