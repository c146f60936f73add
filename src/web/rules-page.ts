// 规则: the rule suggestions from staff corrections (the same as `yishiting rules suggest`), each
// with its effect; admins get a button that applies one (POST with the anti-forgery token).
import { describeSupport, type Suggestions } from '../core/classify/suggest-rule-edits.js';
import { describeCorrection } from '../core/classify/describe-correction.js';
import type { Correction } from '../core/tickets/types.js';
import { isSafeSuggestion, ruleEditKey } from '../app/rule-suggestions.js';
import { html, type Html } from './html.js';

export interface RulesPageInput {
  result: Suggestions;
  total: number;
  categoryName(code: string): string;
  /** The form token when the viewer may apply (admins); null for workers. */
  csrf: string | null;
  message: { text: string; error: boolean } | null;
}

export function rulesPage(p: RulesPageInput): Html {
  const cat = (code: string | null) => (code === null ? '无' : `${p.categoryName(code)}（${code}）`);
  const correction = (c: Correction) => {
    const { text, detail } = describeCorrection(c, p.categoryName);
    return html`<li>「${text}」<span class="muted">（${detail}）</span></li>`;
  };
  const msg = p.message ? html`<p class="msg${p.message.error ? ' err' : ''}" style="white-space:pre-line">${p.message.text}</p>` : '';
  if (p.total === 0) return html`${msg}<div class="card"><p>还没有工作人员的更正（#改类、#不是诉求、#登记），没有可建议的修改。</p></div>`;
  const { result: r } = p;
  const cards = r.suggestions.map((s, i) => {
    const e = s.edit;
    const what =
      e.section === 'objects'
        ? html`在「${cat(e.category)}」里加「<strong>${e.term}</strong>」（东西，权重 ${e.weight}）`
        : html`在「${cat(e.category)}」里加「<strong>${e.term}</strong>」（提示词，权重 ${e.weight}：说到它时不像这一类）`;
    const apply = p.csrf
      ? html`<form method="post" action="/rules/apply"><input type="hidden" name="_csrf" value="${p.csrf}"><input type="hidden" name="id" value="${ruleEditKey(e)}"><button class="primary">${isSafeSuggestion(s) ? '采用这条建议' : '仍然采用（会判错上面的内容）'}</button></form>`
      : html`<p class="muted">只有社区管理员可以采用建议。</p>`;
    return html`<div class="card suggestion"><h3>建议 ${i + 1}：${what}</h3>
<p class="muted">${describeSupport(s)}</p>
<p>能改对的更正（${s.fixes.length} 条）：</p><ul>${s.fixes.map(correction)}</ul>
${s.breaksExamples.length === 0 ? html`<p>会判错的例子：无</p>` : html`<p class="msg err">会判错的例子（${s.breaksExamples.length} 条）：</p><ul>${s.breaksExamples.map((f) => html`<li>「${f.example.text}」${f.problem}</li>`)}</ul>`}
${s.breaksCorrections.length > 0 ? html`<p class="msg err">会判错原本判对的更正（${s.breaksCorrections.length} 条）：</p><ul>${s.breaksCorrections.map(correction)}</ul>` : ''}
${apply}</div>`;
  });
  return html`${msg}<div class="card"><p>共 ${p.total} 条更正：现在的规则已判对 ${r.alreadyRight.length} 条；找到 ${r.suggestions.length} 条修改建议；${r.unresolved.length} 条没找到单一的改法。</p>
<p class="muted">采用后写入 rules/ 下的类别文件（保留注释）并运行规则检查；机器人会自动读取新规则。与 <code>yishiting rules suggest</code> 相同。</p></div>
${cards}${r.unresolved.length > 0 ? html`<div class="card"><h3>没找到改法的更正</h3><p class="muted">可以用 <code>yishiting rules explain</code> 看看原因，手工修改规则。</p><ul>${r.unresolved.map(correction)}</ul></div>` : ''}`;
}
