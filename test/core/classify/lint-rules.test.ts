import { describe, expect, it } from 'vitest';
import { lintRules } from '../../../src/core/classify/lint-rules.js';
import { rules } from './real-classifier.js';
import type { Rules } from '../../../src/core/classify/rules.js';

describe('lintRules: a short common word never cancels a whole message', () => {
  const withGroup = (g: Rules['cues'][number]): Rules => ({ ...rules, cues: [...rules.cues, g] });

  it('warns on a short word in a negative group that covers the whole message', () => {
    const w = lintRules(withGroup({ kind: 'polite', label: '客气话', weight: -6, terms: ['终于', '给您说一下', '谢谢'] }));
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain('「终于、谢谢」');
    expect(w[0]!.message).not.toContain('给您说一下');
  });

  it('accepts phrases, clause-scoped groups, positive groups and symbols', () => {
    expect(lintRules(withGroup({ kind: 'polite', label: '客气话', weight: -6, terms: ['给您说一下', '【', '👍'] }))).toEqual([]);
    expect(lintRules(withGroup({ kind: 'polite', label: '客气话', weight: -6, terms: ['谢谢'], scope: 'clause' }))).toEqual([]);
    expect(lintRules(withGroup({ kind: 'ask', label: '请求', weight: 2, terms: ['麻烦'] }))).toEqual([]);
  });

  it('warns on a one-character hazard that needs no exposure, not on one that does', () => {
    const withHazard = (needs: string[]): Rules => ({
      ...rules,
      urgency: {
        ...rules.urgency,
        hazards: [...rules.urgency.hazards, { kind: 'smell', label: '有味', terms: ['味', '怪味'], needs, window: 0, category: null }],
      },
    });
    const w = lintRules(withHazard([]));
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain('「味」');
    expect(w[0]!.message).not.toContain('怪味');
    expect(lintRules(withHazard(['gas_source']))).toEqual([]);
  });

  it('warns on a rule term written in a dialect spelling the classifier rewrites, naming its common form', () => {
    const lighting = rules.categories.find((c) => c.code === 'lighting')!;
    const withTerm: Rules = {
      ...rules,
      categories: rules.categories.map((c) => (c === lighting ? { ...c, problems: { ...c.problems, 唔亮咗: 2 } } : c)),
    };
    const w = lintRules(withTerm);
    expect(w).toHaveLength(1);
    expect(w[0]!.message).toContain('「唔亮咗」（应写作「不亮了」）');
  });

  it('finds nothing to warn about in the shipped rules', () => {
    expect(lintRules(rules)).toEqual([]);
  });
});
