// zod schemas of the rule files (rules/categories/<code>.yaml and rules/cues.yaml). The field
// names here are what a community edits; keep them stable and documented in the README.
import { z } from 'zod';

const term = z.string().trim().min(1, '词不能为空。');
const weight = z.number().min(-10, '权重应在 -10 到 10 之间。').max(10, '权重应在 -10 到 10 之间。');
const weighted = z.record(term, weight);

export const categoryFileSchema = z
  .strictObject({
    code: z.string().regex(/^[a-z][a-z0-9_]*$/, '类别代码只能用小写英文字母、数字和下划线，例如 lighting。'),
    name: z.string().trim().min(1, '请填写类别的中文名，例如 照明。'),
    enabled: z.boolean().default(true),
    priority: z.number().default(0),
    objects: weighted.default({}),
    problems: weighted.default({}),
    aliases: z.record(term, term).default({}),
    cues: weighted.default({}),
    urgent: z.array(term).default([]),
    agents: z.array(term).default([]),
    frame: z.number().positive('frame 要大于 0。').optional(),
    yields: z.array(term).default([]),
    owned: z.array(term).default([]),
    supplies: weighted.default({}),
  })
  .superRefine((c, ctx) => {
    for (const [i, a] of c.agents.entries()) {
      if (!(a in c.objects)) {
        ctx.addIssue({
          code: 'custom',
          path: ['agents', i],
          message: `agents 里的「${a}」不在本类别的 objects 里，请先把它加进 objects。`,
        });
      }
    }
    for (const [variant, canonical] of Object.entries(c.aliases)) {
      if (!(canonical in c.objects) && !(canonical in c.problems)) {
        ctx.addIssue({
          code: 'custom',
          path: ['aliases', variant],
          message: `「${variant}」指向的「${canonical}」不在本类别的 objects 或 problems 里，请先把「${canonical}」加进去。`,
        });
      }
    }
    if (Object.keys(c.objects).length + Object.keys(c.problems).length === 0 && c.enabled) {
      ctx.addIssue({ code: 'custom', path: ['objects'], message: '启用的类别至少要有一个 objects 或 problems 词。' });
    }
  });

export const cuesFileSchema = z.strictObject({
  thresholds: z
    .strictObject({
      report: z.number().default(4),
      category: z.number().default(2),
      category_cap: z.number().min(0).default(6),
      pair: z.number().default(2),
      problem_cap: z.number().min(0).default(2),
    })
    .prefault({}),
  problems: weighted.default({}),
  cues: z
    .array(
      z.strictObject({
        kind: z.string().regex(/^[a-z][a-z0-9_-]*$/, 'kind 只能用小写英文字母、数字、下划线或连字符。'),
        label: z.string().trim().min(1, '请写一句中文说明这组提示词是什么。'),
        weight,
        terms: z.array(term).min(1, '每组至少要有一个词。'),
        scope: z
          .enum(
            ['message', 'clause', 'span'],
            'scope 只能是 message（整条消息）、clause（只管它所在的分句）或 span（它所在的分句及后面的分句，直到“咱们、我家”这类词）。',
          )
          .default('message'),
        quote_objects: z.boolean('quote_objects 只能是 true 或 false。').default(false),
        claim: z.boolean('claim 只能是 true 或 false。').default(false),
        grounds: z.boolean('grounds 只能是 true 或 false。').default(false),
        asking: z.boolean('asking 只能是 true 或 false。').default(false),
        inquiry: z.boolean('inquiry 只能是 true 或 false。').default(false),
        feeling: z.boolean('feeling 只能是 true 或 false。').default(false),
        polite: z.boolean('polite 只能是 true 或 false。').default(false),
        tone: z.boolean('tone 只能是 true 或 false。').default(false),
        settles: z.boolean('settles 只能是 true 或 false。').default(false),
        unless_fault: z.boolean('unless_fault 只能是 true 或 false。').default(false),
        closes: z.boolean('closes 只能是 true 或 false。').default(false),
        sign_off: z.boolean('sign_off 只能是 true 或 false。').default(false),
        alone: z.boolean('alone 只能是 true 或 false。').default(false),
        condition: z.boolean('condition 只能是 true 或 false。').default(false),
        place: z.boolean('place 只能是 true 或 false。').default(false),
        belief: z.boolean('belief 只能是 true 或 false。').default(false),
        past: z.boolean('past 只能是 true 或 false。').default(false),
        relayed: z.boolean('relayed 只能是 true 或 false。').default(false),
        waiting: z.boolean('waiting 只能是 true 或 false。').default(false),
        reopens: z.boolean('reopens 只能是 true 或 false。').default(false),
        together: z.array(z.string(), 'together 是一组提示词的 kind 列表，例如 [ad_contact]。').optional(),
        only_together: z.boolean('only_together 只能是 true 或 false。').default(false),
        own_clauses: z.boolean('own_clauses 只能是 true 或 false。').default(false),
        // Terms made of every head followed by every tail (表哥 + 家, 闺蜜 + 租的), added to `terms`.
        compose: z
          .strictObject({
            heads: z.array(term).min(1),
            tails: z.array(term).min(1),
          })
          .optional(),
      }),
    )
    .default([]),
  // Before urgency.yaml: urgent terms (urgent on their own) and cancel words; still accepted.
  urgent: z
    .strictObject({
      terms: z.array(term).default([]),
      cancel: z.array(term).default([]),
    })
    .optional(),
  // Rule sets written before `language` existed get the words the classifier always used.
  language: z
    .strictObject({
      negation: z.array(term).default(['不', '没', '未', '没有']),
      denial: z.array(term).default(['不是']),
      question: z.array(term).default(['是不是']),
      not_yet: z.array(term).default([]),
      clause_breaks: z.array(z.string().min(1, '分句符号不能为空。')).default([...'，,。.！!？?；;、~～… \t\n\r\u3000\u00a0']),
      place_suffixes: z.array(term).default([]),
      near_suffixes: z.array(term).default([]),
      near_prefixes: z.array(term).default([]),
      perceive: z.array(term).default([]),
      others: z.array(term).default([]),
      question_ends: z.array(term).default([]),
      irrealis: z.array(term).default([]),
      now: z.array(term).default([]),
      still: z.array(term).default([]),
      abilities: z.array(term).default([]),
      dates: z.array(term).default([]),
      within: z.array(term).default([]),
      since: z.array(term).default([]),
      ages: z.array(term).default([]),
      agree: z.array(term).default([]),
      deny_answers: z.array(term).default([]),
      deny_as: term.optional(),
      answer_as: term.optional(),
      staff_authors: z.array(term).default([]),
      rebuttals: z.array(term).default([]),
      notice_headers: z.array(term).default([]),
      resident_headers: z.array(term).default([]),
      staff_speakers: z.array(term).default([]),
      planned_work: z.array(term).default([]),
      thanks_openings: z.array(term).default([]),
      helped: z.array(term).default([]),
      addressed: z.array(term).default([]),
      asks: z.array(term).default([]),
      same: z.array(term).default([]),
      bounds: z.array(term).default([]),
      interjections: z.array(term).default([]),
      words: z.array(term).default([]),
      consequences: z.array(term).default([]),
      compound_heads: z.array(term).default([]),
      not_compound_heads: z.array(term).default([]),
      absent: z.array(term.refine((t) => t.includes('~'), '每个说法里要有一个 ~，代表供的东西（水、电、暖气）。')).default([]),
      earlier: z.array(term).default([]),
      reality: z.array(term).default([]),
      identifies: z.array(term).default([]),
      relays: z.array(term).default([]),
      relayed_after: z.array(term).default([]),
      speech: z.array(term).default([]),
      effort: z.array(term).default([]),
      homophones: z.array(z.string().trim().min(2, '同音字一组至少两个字。')).default([]),
      dialect: z.record(term, term).default({}),
      comparisons: z
        .array(
          z
            .strictObject({
              opens: z.array(term).min(1),
              closes: z.array(term).default([]),
              only_cancels: z.boolean().optional(),
              to_clause_end: z.boolean().optional(),
            })
            .refine((p) => p.closes.length > 0 || p.to_clause_end === true, '比较句要写 closes，或写 to_clause_end: true。'),
        )
        .default([]),
      not_comparisons: z.array(term).default([]),
    })
    .prefault({}),
  places: z.strictObject({ zones: z.array(term).default([]), here: z.array(term).default([]) }).prefault({}),
});

const kind = z.string().regex(/^[a-z][a-z0-9_-]*$/, 'kind 只能用小写英文字母、数字、下划线或连字符。');
const label = z.string().trim().min(1, '请写一句中文说明。');
const categoryCode = z
  .string()
  .regex(/^[a-z][a-z0-9_]*$/, '类别代码只能用小写英文字母、数字和下划线，例如 security。')
  .nullable()
  .default(null);

const MOVED_TO_CUES = [
  ['past', 'cues.yaml 里 past: true 的提示词组（讲过去的事）'],
  ['now', 'cues.yaml 的 language.now'],
] as const;

export const urgencyFileSchema = z
  .strictObject({
    evidence: z.number().min(0, 'evidence 不能是负数。').max(10, 'evidence 应在 0 到 10 之间。').default(4),
    hazards: z
      .array(
        z.strictObject({
          kind,
          label,
          category: categoryCode,
          needs: z.array(kind).default([]),
          also: z.array(kind).default([]),
          unless: z.array(kind).default([]),
          at: z.array(kind).default([]),
          not_after: z.array(term).default([]),
          keeps: z.boolean().optional(),
          ends_clause: z.boolean().optional(),
          window: z.number().int().min(0, 'window 是相隔的分句数，不能是负数。').default(1),
          terms: z.array(term).min(1, '每类险情至少要有一个词。'),
        }),
      )
      .default([]),
    exposures: z
      .array(
        z.strictObject({
          kind,
          label,
          category: categoryCode,
          thing: z.boolean().optional(),
          terms: z.array(term).min(1, '每类至少要有一个词。'),
        }),
      )
      .default([]),
    cancel: z.array(term).default([]),
    nearly: z.array(term).default([]),
    // Moved to cues.yaml (one list each for the report decision and urgency): refused below with where they went.
    past: z.unknown().optional(),
    now: z.unknown().optional(),
    over: z.array(term).default([]),
    persists: z.array(term).default([]),
    prohibit: z.array(term).default([]),
    degree: z.array(term).default([]),
    // A word of `over` → the hazard kinds (or categories, for their own danger words) it ends
    // (拉了闸: sparks, not a flood); absent words end every danger. Names are checked in load-rules.ts.
    over_only: z.record(term, z.array(z.string())).default({}),
    // A word of `cancel` → the hazard kinds (or categories) it cancels (地漏: a gas smell, not a flood
    // from the drain); absent words cancel every danger. Names are checked in load-rules.ts.
    cancel_only: z.record(term, z.array(z.string())).default({}),
    outweighs: z.array(kind).default([]),
    calming: z.array(kind).default([]),
    placed_outweighs: z.array(kind).default([]),
    relayed_outweighs: z.array(kind).default([]),
  })
  .superRefine((u, ctx) => {
    for (const [field, where] of MOVED_TO_CUES)
      if (u[field] !== undefined) ctx.addIssue({ code: 'custom', path: [field], message: `${field} 已经并到 ${where}，请把词写到那里。` });
    const kinds = new Set(u.exposures.map((x) => x.kind));
    for (const word of Object.keys(u.over_only))
      if (!u.over.includes(word))
        ctx.addIssue({ code: 'custom', path: ['over_only', word], message: `over 里没有「${word}」这个词，请先把它写进 over。` });
    for (const word of Object.keys(u.cancel_only))
      if (!u.cancel.includes(word))
        ctx.addIssue({ code: 'custom', path: ['cancel_only', word], message: `cancel 里没有「${word}」这个词，请先把它写进 cancel。` });
    // Two hazard (or exposure) classes of one kind: yields, categories and explain would read only one.
    for (const list of ['hazards', 'exposures'] as const) {
      const seen = new Set<string>();
      u[list].forEach((x, i) => {
        if (seen.has(x.kind))
          ctx.addIssue({
            code: 'custom',
            path: [list, i, 'kind'],
            message: `${list} 里已经有「${x.kind}」这一类了：把词并到那一类里，或者换一个 kind。`,
          });
        seen.add(x.kind);
      });
    }
    u.hazards.forEach((h, i) => {
      for (const field of ['needs', 'also', 'unless', 'at'] as const) {
        h[field].forEach((n, j) => {
          if (!kinds.has(n))
            ctx.addIssue({
              code: 'custom',
              path: ['hazards', i, field, j],
              message: `exposures 里没有「${n}」这一类，请先在 exposures 里定义它。`,
            });
        });
      }
      if (h.also.length > 0 && h.needs.length === 0)
        ctx.addIssue({
          code: 'custom',
          path: ['hazards', i, 'also'],
          message: '写了 also 就也要写 needs：also 是在 needs 之外还要有的对象。',
        });
    });
  });
