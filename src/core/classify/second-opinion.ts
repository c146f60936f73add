// The rules' verdict checked against the learned model (learned-model.ts). The rules decide; the
// model only adds to them, and only where it is very sure, each by its own threshold:
//   - a message the rules passed over for too little evidence (they heard no reason against it:
//     no notice title, no staff speaking, no "elsewhere" or "over" cue, nothing taken back such as
//     不必派人了) that the model is nearly certain is a report (`rescue`) becomes one, in the
//     model's category;
//   - a report is urgent when the rules or the model (`urgent`) say so: a false alarm costs a
//     phone call, a missed emergency costs much more;
//   - the model's category replaces the rules' one when it is nearly certain of it (`category`;
//     `reroute`, higher, for an urgent report, which the rules send where its danger belongs).
//   - a calm report the rules found on weak ground — they heard no thing of its category together
//     with a problem, a request or a complaint, only things named or asked about (电梯年检是哪天？)
//     — is no report
//     when the model is nearly sure it is none (`veto`). An urgent one always stays: the model,
//     which reads no structure, finds 5栋着火了 消防车已经来了 大家不用担心 a notice, and a missed
//     emergency costs most.
// Everything else is the rules' verdict as it was: the building always is. A report said plainly
// (楼道灯不亮, 我们单元的楼上漏水漏到我家了，请尽快处理) is never dropped, however unlikely the
// model finds it: trained on a few thousand messages, it also learns their authors' habits
// (请尽快处理 ends many forwarded work orders), and a report lost is worse than one too many.
import { type Explanation, type ExplainingClassifier, type LearnedExplanation, notReport } from './explanation.js';
import type { LearnedModel, Opinion } from './learned-model.js';
import type { Classification } from './types.js';

const percent = (p: number) => `${Math.round(p * 100)}%`;

/** The rules' verdicts on a message: as decided (prefilter allowed), read in full, explained. */
export interface RuleVerdicts {
  verdict(text: string): Explanation;
  /** The verdict without the prefilter: `against` is known (never null). */
  fully(text: string): Explanation;
  explain(text: string): Explanation;
}

/** The verdict after the model's opinion, and what it changed (Chinese), or null. */
function decide(
  r: Classification,
  against: boolean,
  paired: boolean,
  o: Opinion,
  model: LearnedModel,
  names: ReadonlyMap<string, string>,
): [Classification, string | null] {
  const t = model.thresholds;
  const name = (code: string) => names.get(code) ?? code;
  if (r.report && !r.urgent && !paired && o.report < t.veto)
    return [
      notReport(r.building),
      `学到的判断几乎肯定它不是诉求（像诉求只有 ${percent(o.report)}），规则也没听到哪样东西出了问题、要人来管，不按诉求处理。`,
    ];
  if (r.report) {
    // An emergency is sent where its danger's category says (困人 … 物业电话没人接 is the lift's)
    // unless the model is surer still (`reroute`).
    const category = o.categoryP >= (r.urgent ? t.reroute : t.category) ? o.category : r.category;
    const urgent = r.urgent || o.urgent >= t.urgent;
    if (category === r.category && urgent === r.urgent) return [r, null];
    const said: string[] = [];
    if (category !== r.category) said.push(`几乎肯定说的是「${name(category!)}」（${percent(o.categoryP)}），改按这一类`);
    if (urgent !== r.urgent) said.push(`像紧急情况（${percent(o.urgent)}），按紧急处理`);
    return [{ ...r, category, urgent }, `学到的判断${said.join('；')}。`];
  }
  if (o.report < t.rescue || against) return [r, null];
  const urgent = o.urgent >= t.urgent;
  return [
    { report: true, category: o.category!, urgent, building: r.building, terms: [] },
    `学到的判断几乎肯定它是诉求（${percent(o.report)}），类别「${name(o.category!)}」${urgent ? '，而且紧急' : ''}，按诉求处理。`,
  ];
}

/**
 * The rules' verdicts with the model's opinion applied; `read`: a message's text as the model
 * reads it (createLearnedReader); `names`: category display names.
 */
export function withSecondOpinion(
  rules: RuleVerdicts,
  model: LearnedModel,
  read: (text: string) => string,
  names: ReadonlyMap<string, string>,
): ExplainingClassifier {
  /** Whether the rules heard a reason against a report; read in full only when a rescue hangs on it and the prefilter could not tell. */
  const against = (text: string, e: Explanation, o: Opinion) =>
    !e.result.report && o.report >= model.thresholds.rescue && (e.against ?? rules.fully(text).against) === true;
  return {
    classify(text) {
      const e = rules.verdict(text);
      const { result } = e;
      const seen = read(text);
      // The category matters only for a report, or a message the model may rescue.
      const o = model.opinion(seen, result.report ? 0 : model.thresholds.rescue);
      return decide(result, against(text, e, o), e.paired, o, model, names)[0];
    },
    explain(text) {
      const e = rules.explain(text);
      const seen = read(text);
      const o = model.opinion(seen);
      const [result, changed] = decide(e.result, against(text, e, o), e.paired, o, model, names);
      const category = o.category!;
      const learned: LearnedExplanation = {
        ...o,
        category,
        categoryName: names.get(category) ?? category,
        toward: model.reasons(seen, false, 5),
        against: model.reasons(seen, true, 5),
        changed,
      };
      const explained: Explanation = { ...e, result, learned };
      if (changed !== null) explained.reason = `${e.reason}但${changed}`;
      return explained;
    },
  };
}
