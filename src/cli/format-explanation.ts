// `rules explain` in plain Chinese: what counted, what was left out and why, and the verdict.
// Categories are shown by their Chinese name (code in brackets, as written in the rule files);
// no internal role codes.
import type { Explanation } from '../core/classify/create-classifier.js';
import type { LearnedExplanation } from '../core/classify/explanation.js';
import type { Rules } from '../core/classify/rules.js';

export function formatExplanation(e: Explanation, rules: Rules): string {
  const names = new Map(rules.categories.map((c) => [c.code, c.name]));
  const cat = (code: string) => `${names.get(code) ?? code}（${code}）`;
  const th = rules.thresholds;
  const r = e.result;
  const lines: string[] = [];
  if (e.quote !== null) lines.push(`引用：${e.quote}`, `回复（只看这部分）：${e.reply}`);
  lines.push(e.segmented ? `分词：${e.tokens.join(' / ')}` : '分词：（没有分词：出现的词够不上诉求，预筛直接判定）');
  if (e.matches.length > 0) {
    lines.push('算数的词：');
    for (const m of e.matches) lines.push(`  ${m.term}：${m.roles.join('；')}`);
  }
  const ignored = dedupe(e.ignored);
  if (ignored.length > 0) {
    lines.push('没算的词：');
    for (const i of ignored) lines.push(`  ${i.term}：${i.why}`);
  }
  if (e.categories.length > 0) {
    lines.push(`各类别得分（至少 ${th.category} 分才算说到了这一类）：`);
    for (const c of e.categories.slice(0, 5)) {
      lines.push(
        `  ${cat(c.code)} ${c.score} 分：${c.terms.join('、')}${c.pair ? `（同一句里既说了东西又说了问题，加 ${th.pair} 分）` : ''}`,
      );
    }
  }
  if (e.cues.length > 0) {
    lines.push('加减分的说法：');
    for (const c of e.cues) lines.push(`  ${c.weight > 0 ? '+' : ''}${c.weight} ${c.label}：${c.terms.join('、')}`);
  }
  if (e.genericProblems > 0) lines.push(`通用的“出问题”说法：+${e.genericProblems}`);
  if (e.segmented) lines.push(`总分：${e.evidence}（至少 ${th.report} 分才算诉求）`);
  if (e.urgent.found.length > 0) {
    lines.push(
      `紧急：${e.urgent.found.map((f) => `「${f.term}」（${f.hazard}${f.exposure !== null ? `，旁边说到「${f.exposure}」` : ''}）`).join('；')}`,
    );
  }
  if (e.learned !== undefined) lines.push(...learnedLines(e.learned));
  lines.push(
    '',
    `结论：${r.report ? `是诉求，类别 ${cat(r.category!)}${r.urgent ? '，紧急' : ''}` : '不是诉求'}；地点：${r.building ?? '无'}`,
    `原因：${e.reason}`,
    `决定性的词：${r.terms.length > 0 ? r.terms.join('、') : '无'}`,
  );
  return `${lines.join('\n')}\n`;
}

/** The learned model's opinion: how sure it is, of what, and the text that made it so. */
function learnedLines(l: LearnedExplanation): string[] {
  const pct = (p: number) => `${Math.round(p * 100)}%`;
  const quoted = (grams: string[]) => grams.map((g) => `「${g}」`).join('');
  const lines = [
    `学到的判断（从已标注的消息里学来的第二意见）：像诉求 ${pct(l.report)}，像紧急 ${pct(l.urgent)}，最像「${l.categoryName}」（${pct(l.categoryP)}）`,
  ];
  if (l.toward.length > 0) lines.push(`  像诉求的地方：${quoted(l.toward)}`);
  if (l.against.length > 0) lines.push(`  不像诉求的地方：${quoted(l.against)}`);
  lines.push(`  ${l.changed ?? '没有改动规则的结论（只在几乎肯定时才改）。'}`);
  return lines;
}

function dedupe(items: readonly { term: string; why: string }[]): { term: string; why: string }[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    const k = `${i.term}\u0000${i.why}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
