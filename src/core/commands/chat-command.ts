// One chat command as one module: the names people type, how its arguments are read, who it is
// for, what it does and what it announces. Every command is registered in commands.ts; parsing,
// the permission gate and the help text all read that one list (as grammY keeps a feature in
// one composer).
import { replyHere, type MessageContext } from '../message-context.js';
import { isAdminRole, STAFF_ROLES } from '../tickets/staff-roles.js';
import type { Role } from '../tickets/types.js';
import type { Reply } from '../types.js';

/** What a parsed command carries: its verb and its own arguments. */
export interface CommandArgs {
  verb: string;
}

/** Why the arguments could not be read, in English for logs (the sender gets the usage). */
export interface ParseFailure {
  failed: string;
}

/** The message a command replies to (WeChat's quote): who wrote it and what it said. */
export interface Quote {
  author: string;
  text: string;
}

/** The context a command runs in: the message's, plus the sender's role and the registered commands (for 帮助). */
export interface CommandContext extends MessageContext {
  role: Role;
  commands: readonly AnyChatCommand[];
}

export interface ChatCommand<A extends CommandArgs> {
  verb: A['verb'];
  /** What people type; the first is the canonical name shown in help and refusals. */
  names: readonly string[];
  /** Argument hint after the name, e.g. "编号 说明". */
  hint: string;
  /** Usage for a malformed command, with an example. */
  usage: string;
  /** One line for 帮助. */
  summary: string;
  /**
   * Who the command is for (their 帮助 lists it). A command for residents is open to everyone
   * (staff report too; the lifecycle table checks the ticket is the sender's own); any other
   * command refuses other roles in one place, run-command's gate.
   */
  roles: ReadonlySet<Role>;
  /** Roles whose 帮助 leaves it out although they may use it (staff need no 绑定). */
  hiddenFrom?: ReadonlySet<Role>;
  /** Accepted in a group without a prefix when the whole message matches (the done post suggests "满意 12"). */
  bare?: RegExp;
  /**
   * Reads the text after the name; `name` is the one typed (满意 and 评价 read differently),
   * `quote` the message the command was sent as a reply to, if any (#登记 registers it).
   */
  parse(args: string, name: string, quote: Quote | null): A | ParseFailure;
  /** Method syntax on purpose: the registry holds commands of different argument types. */
  run(ctx: CommandContext, cmd: A): Promise<Reply[]>;
}

/** Any registered command (the list is heterogeneous; each module keeps its own argument type). */
export type AnyChatCommand = ChatCommand<CommandArgs>;

export const STAFF: ReadonlySet<Role> = new Set(STAFF_ROLES);
export const EVERYONE: ReadonlySet<Role> = new Set(['resident', ...STAFF_ROLES]);
export const ADMINS: ReadonlySet<Role> = new Set(STAFF_ROLES.filter(isAdminRole));

export function failed(reason: string): ParseFailure {
  return { failed: reason };
}

export function isParseFailure(value: object): value is ParseFailure {
  return 'failed' in value;
}

/** Whether `role` passes the gate for `command` (see ChatCommand.roles). */
export function mayUse(command: AnyChatCommand, role: Role): boolean {
  return command.roles.has(role) || command.roles.has('resident');
}

/** The usage line: "#名 参数，例如：示例". */
export function usageOf(name: string, hint: string, example: string): string {
  return `#${name}${hint ? ` ${hint}` : ''}${example ? `，例如：${example}` : ''}`;
}

/**
 * Wraps the action of a command that works on one community's tickets: in a private chat with
 * someone the bot cannot place (several communities), it asks them to command from their group.
 */
export function inCommunity<A extends CommandArgs>(
  action: (ctx: CommandContext, cmd: A, communityId: number) => Promise<Reply[]>,
): (ctx: CommandContext, cmd: A) => Promise<Reply[]> {
  return async (ctx, cmd) => {
    if (!ctx.community) return [replyHere(ctx, ctx.deps.replies.dmPickGroup)];
    return action(ctx, cmd, ctx.community.id);
  };
}
