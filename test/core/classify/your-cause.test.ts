import { describe, expect, it } from 'vitest';
import { ruleEngine } from './real-classifier.js';

// A reply that puts the cause with the asker's own home (是你家跳闸了吧, 你是不是自己家跳闸了,
// 你那是还没录人脸) answers the question: nothing is broken, so it is no report. Generated from
// templates: a neighbour's question × an answer naming the asker's own switch, bill or setup × a check to make.
const cross = <A, B>(as: readonly A[], bs: readonly B[]): [A, B][] => as.flatMap((a) => bs.map((b): [A, B] => [a, b]));
const quote = (who: string, said: string, reply: string) => `「${who}：${said}」\n- - - - - - - - - - - - - - -\n${reply}`;

const powerAsks: [string, string][] = [
  ['楼下乘凉的', '又停电了？'],
  ['夜猫子', '是不是停电了'],
  ['海棠依旧', '昨天晚上是不是停电了'],
  ['3栋王姐', '你们家有电吗'],
];
const powerCauses = ['是你家跳闸了吧', '你是不是自己家跳闸了', '应该是你家空开跳了', '是你家电闸跳了吧'];
const powerChecks = ['看一下电表箱', '我家一直有电', '电表箱在楼道里'];
const doorAsks: [string, string][] = [
  ['渭河边', '门禁又坏了？？'],
  ['6栋小李', '门禁刷不开了？'],
  ['新来的', '门禁是不是坏了'],
];
const doorCauses = ['你那是还没录人脸', '你那是还没登记'];
const doorChecks = ['去物业前台录一下就行', '我们刷都正常'];
const answers = [...cross(cross(powerAsks, powerCauses), powerChecks), ...cross(cross(doorAsks, doorCauses), doorChecks)].map(
  ([[[who, said], cause], check]) => quote(who, said, `${cause} ${check}`),
);
const causes = [...powerCauses, ...doorCauses];

describe('an answer that the fault is in the asker’s own home is no report', () => {
  const c = ruleEngine();
  it.each(answers)('「%s」', (text) => {
    expect(c.classify(text).report).toBe(false);
  });
});

describe('a fault told after the cause, or a neighbour blamed for damage, is still a report', () => {
  const c = ruleEngine();
  const still = [
    ...causes.map((cause) => quote('夜猫子', '是不是停电了', `${cause} 不过我们楼道灯也坏了 一直不亮 麻烦物业来修`)),
    quote('6楼', '谁家漏水了', '是你家把水管弄坏了吧 我家天花板全湿了 麻烦物业来看看'),
    '5号楼停电了 是不是你们物业没交电费 快来人处理',
  ];
  it.each(still)('「%s」', (text) => {
    expect(c.classify(text).report).toBe(true);
  });
});
