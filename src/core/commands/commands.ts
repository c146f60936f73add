// Every chat command, registered once. Parsing, the permission gate and 帮助 read this list; to
// add a command, write its module and list it here. Help order: residents' commands first, then
// workers', then admins'.
import { bindCommand } from './bind-command.js';
import type { AnyChatCommand, ChatCommand } from './chat-command.js';
import { closeCommand } from './close-command.js';
import { doneCommand } from './done-command.js';
import { helpCommand } from './help-command.js';
import { loginCommand } from './login-command.js';
import { mergeCommand } from './merge-command.js';
import { mineCommand } from './mine-command.js';
import { notReportCommand } from './not-report-command.js';
import { progressCommand } from './progress-command.js';
import { queryCommand } from './query-command.js';
import { queueCommand } from './queue-command.js';
import { rateCommand } from './rate-command.js';
import { registerCommand } from './register-command.js';
import { recategoriseCommand } from './recategorise-command.js';
import { referCommand } from './refer-command.js';
import { reopenCommand } from './reopen-command.js';
import { returnCommand } from './return-command.js';
import { splitCommand } from './split-command.js';
import { takeCommand } from './take-command.js';
import { transferCommand } from './transfer-command.js';
import { withdrawCommand } from './withdraw-command.js';

export const COMMANDS = [
  helpCommand,
  queryCommand,
  withdrawCommand,
  rateCommand,
  reopenCommand,
  takeCommand,
  progressCommand,
  doneCommand,
  transferCommand,
  referCommand,
  returnCommand,
  mineCommand,
  queueCommand,
  recategoriseCommand,
  notReportCommand,
  registerCommand,
  closeCommand,
  mergeCommand,
  splitCommand,
  bindCommand,
  loginCommand,
] as const;

type ArgsOf<C> = C extends ChatCommand<infer A> ? A : never;

/** What a chat command means once parsed: a union on `verb`, each with its own arguments. */
export type Command = ArgsOf<(typeof COMMANDS)[number]>;
export type Verb = Command['verb'];

/** The registered command for `verb`. */
export function commandFor(verb: Verb): AnyChatCommand {
  const command = (COMMANDS as readonly AnyChatCommand[]).find((c) => c.verb === verb);
  if (!command) throw new Error(`no command registered for ${verb}`);
  return command;
}
