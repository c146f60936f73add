// nodejs-jieba behind the Segmenter interface. Every rule term is added to jieba's user
// dictionary so that 充电桩, 楼道灯, 化粪池 come out as single tokens. jieba's dictionary is
// process-wide (a native singleton): terms added for one rule set stay for the process.
import { cut, insertWord } from 'nodejs-jieba';
import type { Segmenter } from '../core/classify/types.js';
import type { Rules } from '../core/classify/rules.js';
import { allRuleTerms } from './rules/load-rules.js';

/** A segmenter whose dictionary knows every term in `rules`. */
export function createJiebaSegmenter(rules: Rules): Segmenter {
  for (const term of allRuleTerms(rules)) {
    // jieba works on words; whitespace or symbols-only terms are matched by substring anyway.
    if (/\s/.test(term)) continue;
    insertWord(term);
  }
  return { cut: (text) => cut(text) };
}
