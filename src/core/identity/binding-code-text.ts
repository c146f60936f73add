// What a staff member is told to do with a fresh binding code: the same words from
// `yishiting staff bind` and from the dashboard's 人员 page.
import { BINDING_CODE_MINUTES } from './binding-policy.js';

export function bindingCodeText(name: string, code: string): string {
  return `绑定码：${code}（${BINDING_CODE_MINUTES} 分钟内有效，只能用一次；发在群里会立即作废）\n请 ${name} 用自己的微信私聊机器人发送：绑定 ${code}`;
}
