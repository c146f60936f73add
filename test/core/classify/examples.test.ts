import { describe, expect, it } from 'vitest';
import { checkExamples } from '../../../src/core/classify/check-examples.js';
import { loadExamples } from '../../../src/infra/rules/load-examples.js';
import { realClassifier, rules, rulesDir } from './real-classifier.js';

// rules/examples.yaml: the examples a community adds in plain form must all hold.
const examples = loadExamples(rulesDir);
const c = realClassifier();

describe('rules/examples.yaml', () => {
  it('has examples of reports, non-reports and urgent reports', () => {
    expect(examples.filter((e) => e.report).length).toBeGreaterThan(5);
    expect(examples.filter((e) => !e.report).length).toBeGreaterThan(3);
    expect(examples.filter((e) => e.urgent === true).length).toBeGreaterThan(3);
  });

  it('names only categories that exist', () => {
    const codes = new Set(rules.categories.map((x) => x.code));
    for (const e of examples) if (e.category !== undefined) expect(codes, e.text).toContain(e.category);
  });

  it.each(examples.map((e) => [e.text, e] as const))('「%s」', (_text, example) => {
    expect(checkExamples([example], c.classify).map((f) => `${f.problem}：${JSON.stringify(f.got)}`)).toEqual([]);
  });
});

describe('checkExamples', () => {
  const classify = (text: string) => ({
    report: text.includes('坏'),
    category: text.includes('灯') ? 'lighting' : 'other',
    urgent: text.includes('火'),
    building: null,
    terms: [],
  });

  it('lists each example that comes out differently, saying what differs', () => {
    const failures = checkExamples(
      [
        { text: '灯坏了', report: true, category: 'lighting' },
        { text: '门坏了', report: true, category: 'lighting' },
        { text: '灯好了', report: true },
        { text: '灯坏了', report: false },
        { text: '灯坏了 火', report: true, urgent: false },
      ],
      classify,
      new Map([['lighting', '照明']]),
    );
    expect(failures.map((f) => [f.example.text, f.problem])).toEqual([
      ['门坏了', '类别应为「照明（lighting）」，实际是「other」'],
      ['灯好了', '应当是诉求，却判成了“不是诉求”'],
      ['灯坏了', '不应当是诉求，却判成了「照明（lighting）」诉求'],
      ['灯坏了 火', '不应当是紧急，却判成了紧急'],
    ]);
  });
});
