// What a person types in the interactive simulator:
//   张阿姨@金阳花园业主群: 3号楼路灯坏了     a member says something in a group
//   张阿姨: 还没修好                          … in the group used last
//   李网格员>: #待办                          a private message to the bot
//   /advance 2h   /tickets   /help   /quit
import { parseDuration } from '../core/parse-duration.js';

export type InteractiveInput =
  | { kind: 'room'; from: string; room: string | null; text: string }
  | { kind: 'dm'; from: string; text: string }
  | { kind: 'advance'; ms: number; label: string }
  | { kind: 'tickets' }
  | { kind: 'help' }
  | { kind: 'quit' }
  | { kind: 'empty' }
  | { kind: 'error'; message: string };

export function parseInteractiveLine(raw: string): InteractiveInput {
  const line = raw.trim();
  if (line === '') return { kind: 'empty' };
  if (line.startsWith('/') && !/^\/[^\s]*[:：]/.test(line)) {
    const [cmd, ...args] = line.slice(1).split(/\s+/);
    switch (cmd) {
      case 'advance':
      case 'a': {
        const label = args.join('');
        const ms = parseDuration(label);
        return ms === null
          ? { kind: 'error', message: '用法：/advance 时长，例如 /advance 90m、/advance 2h、/advance 1d。' }
          : { kind: 'advance', ms, label };
      }
      case 'tickets':
      case 't':
        return { kind: 'tickets' };
      case 'help':
      case 'h':
      case '?':
        return { kind: 'help' };
      case 'quit':
      case 'exit':
      case 'q':
        return { kind: 'quit' };
      default:
        return { kind: 'error', message: `没有 /${cmd} 这个指令，输入 /help 查看用法。` };
    }
  }
  const dm = /^(.+?)\s*>\s*[:：]\s*(.+)$/.exec(line);
  if (dm) return { kind: 'dm', from: dm[1]!.trim(), text: dm[2]!.trim() };
  const inRoom = /^([^@:：]+?)\s*@\s*([^:：]+?)\s*[:：]\s*(.+)$/.exec(line);
  if (inRoom) return { kind: 'room', from: inRoom[1]!.trim(), room: inRoom[2]!.trim(), text: inRoom[3]!.trim() };
  const plain = /^([^:：]+?)\s*[:：]\s*(.+)$/.exec(line);
  if (plain) return { kind: 'room', from: plain[1]!.trim(), room: null, text: plain[2]!.trim() };
  return { kind: 'error', message: '看不懂这一行。格式：昵称@群名: 内容，私聊写 昵称>: 内容；输入 /help 查看用法。' };
}

export const INTERACTIVE_HELP = `在群里说话：  张阿姨@金阳花园业主群: 3号楼路灯坏了
沿用上一个群：张阿姨: 还没修好
私聊机器人：  李网格员>: #待办
时间快进：    /advance 2h   （单位 s/m/h/d）
查看工单：    /tickets
帮助 / 退出： /help   /quit`;
