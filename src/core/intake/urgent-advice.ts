// Safety advice and emergency numbers for an urgent report, chosen by what kind of danger the
// report describes (gas, fire, lift, injury, flooding, sparks), with the numbers from config.
import type { CommunityConfig } from '../../config.js';
import type { ReplyKey } from '../replies/reply-keys.js';

export type DangerKind = 'gas' | 'fire' | 'lift' | 'injury' | 'flooding' | 'sparks' | 'general';

const CUES: readonly [DangerKind, RegExp][] = [
  ['fire', /着火|起火|失火|火灾|冒烟|浓烟|烧起来/],
  ['gas', /燃气|煤气|天然气|液化气/],
  ['sparks', /火花|漏电|电线.{0,4}(?:裸露|掉|断|烧)|触电|电箱.{0,4}(?:冒|烧)/],
  ['lift', /困人|被困|关在电梯|困在电梯/],
  ['injury', /受伤|摔倒|晕倒|昏倒|流血|骨折|不省人事|有人.{0,2}危险/],
  ['flooding', /爆管|水管.{0,2}爆|淹|水漫|进水|漫水/],
];

const BY_CATEGORY: Readonly<Record<string, DangerKind>> = {
  gas: 'gas',
  elevator: 'lift',
  power: 'sparks',
  water_supply: 'flooding',
  water_leak: 'flooding',
};

/** The danger an urgent report describes: the text decides first, then the category. */
export function dangerKind(category: string | null, text: string): DangerKind {
  const cue = CUES.find(([, re]) => re.test(text));
  if (cue) return cue[0];
  return (category !== null && BY_CATEGORY[category]) || 'general';
}

export const ADVICE_KEY: Readonly<Record<DangerKind, ReplyKey>> = {
  gas: 'adviceGas',
  fire: 'adviceFire',
  lift: 'adviceLift',
  injury: 'adviceInjury',
  flooding: 'adviceFlooding',
  sparks: 'adviceSparks',
  general: 'adviceGeneral',
};

type Emergency = CommunityConfig['emergency'];
type Line = keyof Emergency;

const LINES: Readonly<Record<DangerKind, readonly Line[]>> = {
  gas: ['gas', 'fire'],
  fire: ['fire'],
  lift: ['property', 'fire'],
  injury: ['medical'],
  flooding: ['property'],
  sparks: ['property', 'fire'],
  general: ['property', 'police'],
};

const LABELS: Readonly<Record<Line, string>> = { gas: '燃气抢修', fire: '火警', police: '报警', medical: '急救', property: '物业' };

/** A configured value that holds a number to dial (not left empty, not placeholder text like "见群公告"). */
function isDialable(value: string | undefined): value is string {
  return !!value && /\d{3,}/.test(value.replace(/[\s-]/g, ''));
}

/**
 * The emergency numbers to quote, e.g. "紧急电话：燃气抢修电话 96777、火警 119" (bare numbers get a
 * label); "" when the config gives no number to dial, so no placeholder is ever read as one.
 */
export function emergencyPhones(kind: DangerKind, emergency: Emergency): string {
  const lines = LINES[kind]
    .filter((l) => isDialable(emergency[l]))
    .map((l) => {
      const v = emergency[l]!;
      return /^[\d-]+$/.test(v) ? `${LABELS[l]} ${v}` : v;
    });
  if (lines.length === 0 && isDialable(emergency.police)) lines.push(`${LABELS.police} ${emergency.police}`);
  return lines.length > 0 ? `紧急电话：${lines.join('、')}` : '';
}
