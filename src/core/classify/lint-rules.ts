// Warnings `rules check` prints for rules that load but break a house rule: a short common word
// (at most two characters) never carries a negative weight on its own for the whole message.
// Negative cues are phrases, or sit in a group scoped to its clause (scope: clause / span).
// Negative category weights on short words need no warning: the scorer only applies them in a
// clause that names that category. Likewise a one-character hazard (味, 漏, 哭) must need an
// exposure: alone it would make every message holding that character urgent. And a term written in
// a dialect spelling of language.dialect (冇水) never matches: the classifier reads 没水.
import { allRuleTerms } from './all-rule-terms.js';
import { createDialectReader, termsInDialect } from './dialect.js';
import { isShortWord } from './is-short-word.js';
import type { Rules } from './rules.js';

export interface RuleWarning {
  /** Which file (relative to the rules directory). */
  file: string;
  /** What is wrong and how to fix it (Chinese). */
  message: string;
}

export function lintRules(rules: Rules): RuleWarning[] {
  const warnings: RuleWarning[] = [];
  for (const g of rules.cues) {
    if (g.weight >= 0 || (g.scope ?? 'message') !== 'message') continue;
    const short = g.terms.filter(isShortWord);
    if (short.length === 0) continue;
    warnings.push({
      file: 'cues.yaml',
      message:
        `提示词组「${g.kind}」（${g.label}）权重 ${g.weight}，对整条消息减分，其中的短词「${short.join('、')}」太常见，` +
        '会把正常的诉求误判成“不是诉求”。请把它们写成更长的短语，或移到 scope: clause 的组里（只管所在的分句）。',
    });
  }
  for (const h of rules.urgency.hazards) {
    if (h.needs.length > 0) continue;
    const single = h.terms.filter((t) => t.length === 1 && isShortWord(t));
    if (single.length === 0) continue;
    warnings.push({
      file: 'urgency.yaml',
      message:
        `险情「${h.kind}」（${h.label}）不需要波及对象（needs 为空），其中的单字「${single.join('、')}」会让含有这个字的每条消息都成为紧急。` +
        '请把它写成短语，或给这类险情写上 needs（例如燃气和“味”在同一分句）。',
    });
  }
  const inDialect = termsInDialect(allRuleTerms(rules), createDialectReader(rules.language.dialect ?? {}));
  if (inDialect.length > 0) {
    const read = createDialectReader(rules.language.dialect ?? {});
    warnings.push({
      file: 'cues.yaml',
      message:
        `这些规则词用了 language.dialect 里的方言写法：${inDialect.map((t) => `「${t}」（应写作「${read(t)}」）`).join('、')}。` +
        '分类时消息里的方言写法会先换成普通话，这些词就再也对不上了：请改成普通话写法。',
    });
  }
  return warnings;
}
