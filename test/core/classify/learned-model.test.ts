import { describe, expect, it } from 'vitest';
import { createGramTable, gramRows } from '../../../src/core/classify/gram-table.js';
import { createLearnedModel, decodeWeights, learnedText } from '../../../src/core/classify/learned-model.js';
import { type LabelledMessage, trainLearnedModel } from '../../../src/core/classify/train-learned-model.js';

const thresholds = { rescue: 0.9, urgent: 0.9, category: 0.9, reroute: 0.95, veto: 0.05 };
const trained = { messages: 0, sources: ['toy'], hash: 'x' };

// A toy world, generated: reports pair a thing with a fault, chatter pairs a thing with praise;
// urgent reports add a danger. Held-out sentences combine the same parts in new orders.
const things = [
  ['路灯', 'lighting'],
  ['楼道灯', 'lighting'],
  ['电梯', 'elevator'],
  ['电梯间', 'elevator'],
  ['水管', 'water_supply'],
  ['自来水', 'water_supply'],
] as const;
const faults = ['坏了', '不行了', '出毛病了', '又坏了', '一直坏着'];
const praise = ['真好看', '挺新的', '刚刷过漆', '很干净', '设计得不错'];
const dangers = ['有人被困', '冒烟了', '有火花'];
const places = ['东区', '西区', '南边', '北边', '门口', '后面'];

function world(): LabelledMessage[] {
  const out: LabelledMessage[] = [];
  for (const place of places)
    for (const [thing, category] of things) {
      for (const fault of faults) out.push({ text: `${place}${thing}${fault}`, report: true, category, urgent: false });
      for (const p of praise) out.push({ text: `${place}${thing}${p}`, report: false, category: null, urgent: false });
      for (const d of dangers) out.push({ text: `${place}${thing}${d}`, report: true, category, urgent: true });
    }
  return out;
}

const categories = ['elevator', 'lighting', 'water_supply', 'other'];
const train = (messages: LabelledMessage[], minCount = 2) =>
  trainLearnedModel(messages, { categories, thresholds, trained, minCount, epochs: 6 });

describe('learnedText', () => {
  it('reads digits as one digit, letters in lower case and any white space as one space', () => {
    expect(learnedText('3号楼 12栋\n\tWiFi')).toBe('0号楼 00栋 wifi');
  });
});

describe('trainLearnedModel', () => {
  const data = train(world());
  const model = createLearnedModel(data, new Set(categories));

  it('weighs each n-gram 1/√(the message’s n-gram count) for a report, so that length alone says nothing; 1 for urgency', () => {
    const text = learnedText('小区中间电梯又坏了，东区路灯真好看');
    const rows = new Int32Array(text.length * 3);
    const n = gramRows(text, createGramTable(data.grams), rows);
    const report = decodeWeights(data.report.weights, data.report.scale);
    const urgent = decodeWeights(data.urgent.weights, data.urgent.scale);
    let r = 0;
    let u = 0;
    for (const row of rows.subarray(0, n)) {
      r += report[row]!;
      u += urgent[row]!;
    }
    const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));
    const o = model.opinion(text);
    expect(o.report).toBeCloseTo(sigmoid(data.report.bias + r / Math.sqrt(n)), 6);
    expect(o.urgent).toBeCloseTo(sigmoid(data.urgent.bias + u), 6);
  });

  it('learns reports, urgency and category from labelled messages, and applies them to new combinations', () => {
    // Held out: a place not in training, thing × fault combinations in a new frame.
    const report = model.opinion(learnedText('小区中间电梯又坏了'));
    const chatter = model.opinion(learnedText('小区中间路灯真好看'));
    const danger = model.opinion(learnedText('小区中间水管冒烟了'));
    expect(report.report).toBeGreaterThan(0.9);
    expect(report.category).toBe('elevator');
    expect(chatter.report).toBeLessThan(0.1);
    expect(danger.urgent).toBeGreaterThan(0.9);
    expect(danger.category).toBe('water_supply');
    expect(report.urgent).toBeLessThan(0.1);
  });

  it('is deterministic: the same messages give the same model', () => {
    expect(JSON.stringify(train(world()))).toBe(JSON.stringify(data));
  });

  it('leaves out grams seen in fewer than minCount messages', () => {
    const rare = train([...world(), { text: '罕见的词语鳄鱼', report: true, category: 'other', urgent: false }], 2);
    expect(rare.grams).not.toContain('鳄鱼');
    expect(rare.grams).toContain('电梯');
  });

  it('learns urgency only from examples that say whether they are urgent', () => {
    // Every danger example without its urgency: the urgent model learns nothing of dangers.
    const silent = world().map((m) => (m.urgent ? { ...m, urgent: undefined } : m));
    const m = createLearnedModel(train(silent), new Set(categories));
    expect(m.opinion(learnedText('小区中间水管冒烟了')).urgent).toBeLessThan(0.5);
  });

  it('works out the category only when the report probability reaches categoryFrom, else the same as always', () => {
    const chatter = learnedText('小区中间路灯真好看');
    const report = learnedText('小区中间电梯又坏了');
    expect(model.opinion(chatter, 0.9)).toEqual({ ...model.opinion(chatter), category: null, categoryP: 0 });
    expect(model.opinion(report, 0.9)).toEqual(model.opinion(report));
    expect(model.opinion(report, 0.9).category).toBe('elevator');
    // A text of more grams than the first buffer holds gives the same as its pieces say.
    const long = learnedText('小区中间电梯又坏了'.repeat(40));
    expect(model.opinion(long).category).toBe('elevator');
    expect(model.opinion(long).categoryP).toBeGreaterThan(0.9);
  });

  it('never chooses a category the rules have disabled, though another model of the same data may', () => {
    const text = learnedText('小区中间电梯又坏了');
    expect(model.opinion(text).category).toBe('elevator');
    const noElevator = createLearnedModel(data, new Set(['lighting', 'water_supply', 'other']));
    expect(noElevator.opinion(text).category).not.toBe('elevator');
    expect(model.opinion(text).category).toBe('elevator');
  });

  it('stores weights as int8 with a scale, decoded within half a step', () => {
    const w = decodeWeights(data.report.weights, data.report.scale);
    expect(w.length).toBe(data.grams.length);
    expect(Math.max(...w.map(Math.abs))).toBeCloseTo(127 * data.report.scale, 6);
  });

  it('names the pieces of text that pushed toward a report and away from one', () => {
    const text = learnedText('小区中间电梯又坏了');
    expect(model.reasons(text, false, 3).join('')).toMatch(/坏/);
    expect(model.reasons(learnedText('小区中间路灯真好看'), true, 3).join('')).toMatch(/好看|真好/);
  });
});
