// The one entry point of the bot: an incoming message in, the replies to queue out. Needs no
// WeChat; the adapter translates in and out, tests call it directly.
//
// An ordered pipeline with one error boundary: filters return early (and say why at debug
// level), then the place and the sender are resolved, then recall / image / command / report.
// The text of messages that are neither reports nor commands is never logged or stored.
import type { CommunityConfig } from '../config.js';
import type { Classification } from './classify/types.js';
import { parseCommand, type ParseResult } from './commands/parse-command.js';
import { runCommand } from './commands/run-command.js';
import { commandFor } from './commands/commands.js';
import type { Deps } from './deps.js';
import { findConfiguredGroup } from './filters/find-configured-group.js';
import { isOlderThanStart } from './filters/is-older-than-start.js';
import { postedBindingCode } from './identity/posted-binding-code.js';
import { voidPostedCode } from './identity/void-posted-code.js';
import { actorOf, findStaff, identify } from './identify-sender.js';
import { ownCommunities } from './own-communities.js';
import { attachImage } from './intake/attach-image.js';
import { reopenByWords } from './intake/reopen-by-words.js';
import { saysBrokenAgain } from './intake/says-broken-again.js';
import { intakeReport } from './intake/intake-report.js';
import { withdrawRecalled } from './intake/withdraw-recalled.js';
import { replyHere, replyToSender, type MessageContext } from './message-context.js';
import { renderReply } from './replies/render-reply.js';
import { StoreUnavailableError } from './store-unavailable-error.js';
import type { Community, Room } from './tickets/types.js';
import type { IncomingMessage, Logger, Reply } from './types.js';

/** Handles one message; never throws (logs and at most returns a short apology). */
export async function handleMessage(msg: IncomingMessage, deps: Deps): Promise<Reply[]> {
  const log = deps.logger.child({ room: msg.channel.kind === 'room' ? msg.channel.roomKey : 'dm', msgId: msg.id });
  let ctx: MessageContext | null = null;
  try {
    if (isOlderThanStart(msg, deps.startedAt)) return ignore(log, 'older than start-up');
    if (msg.kind === 'other') return ignore(log, 'unsupported message kind');
    // Pure steps first, so group chatter (most messages) never touches the store.
    const parsed = msg.kind === 'text' ? parseCommand(msg.text, { mentionsBot: msg.mentionsBot, direct: msg.channel.kind === 'dm' }) : null;
    const classification = needsClassifying(msg, parsed) ? deps.classifier.classify(msg.text) : null;
    // A binding code posted in a group is public now: void it (pure check first; the store only for a match).
    const postedCode = msg.channel.kind === 'room' && parsed === null && msg.kind === 'text' ? postedBindingCode(msg.text) : null;
    if (postedCode) {
      ctx = await resolveContext(msg, deps, log);
      return ctx ? await voidPostedCode(ctx, postedCode, false) : [];
    }
    // "还是不亮" from the reporter of a just-completed ticket reopens it (pure cue check first).
    const brokenAgain = classification !== null && saysBrokenAgain(msg.text, deps.againCues ?? []);
    if (classification && !classification.report && !msg.mentionsBot && !brokenAgain) return ignore(log, 'not a report');
    ctx = await resolveContext(msg, deps, log);
    if (!ctx) return [];
    return await route(ctx, parsed, classification);
  } catch (err) {
    const e = err instanceof Error ? err : new Error(String(err));
    log.error({ err: { name: e.name, message: e.message, stack: e.stack } }, 'message handling failed');
    // Only messages that reached the store get here with this error: chatter returned before it.
    if (err instanceof StoreUnavailableError) deps.onStoreUnavailable?.(msg);
    const addressed = ctx ? ctx.addressed : msg.channel.kind === 'dm' || msg.mentionsBot;
    return addressed ? [replyToSender(msg, msg.channel.kind === 'room' ? msg.channel.roomKey : null, deps.replies.apology)] : [];
  }
}

/** A group text that is not a command is classified (a report, or chatter to forget). */
function needsClassifying(msg: IncomingMessage, parsed: ParseResult | null): boolean {
  return msg.kind === 'text' && msg.channel.kind === 'room' && parsed === null;
}

function ignore(log: Logger, why: string): Reply[] {
  log.debug(`ignored: ${why}`);
  return [];
}

/** Where the message came from (room and community) and who sent it; null when it is ignored. */
async function resolveContext(msg: IncomingMessage, deps: Deps, log: Logger): Promise<MessageContext | null> {
  const now = deps.clock();
  const addressed = msg.channel.kind === 'dm' || msg.mentionsBot;
  if (msg.channel.kind === 'room') {
    // The store knows every configured group under a stable key (syncConfig); a group renamed
    // since is still found by its key, and its community through the store.
    const room = await findRoom(deps, msg.channel.roomKey, msg.channel.topic);
    const configured = findConfiguredGroup(deps.config, room ? [msg.channel.topic, room.topic] : [msg.channel.topic]);
    if (!room || (configured && !configured.group.watched)) {
      ignore(log, 'unwatched room');
      return null;
    }
    const communityConfig = configured?.community ?? (await communityConfigOf(deps, room.communityId));
    if (!communityConfig) {
      ignore(log, 'room of a community no longer configured');
      return null;
    }
    const community = { id: room.communityId, config: communityConfig };
    return { msg, deps, log, now, room, community, person: null, actor: actorOf(msg.sender, null), identified: false, addressed };
  }
  // A private chat: staff belong to their community; residents only when there is just one.
  const person = await findStaff(deps, msg.sender, null);
  const communities = await ownCommunities(deps);
  const found = person ? communities.find((c) => c.id === person.communityId) : communities.length === 1 ? communities[0] : undefined;
  const config = found ? configOf(deps, found) : null;
  const community = found && config ? { id: found.id, config } : null;
  return { msg, deps, log, now, room: null, community, person, actor: actorOf(msg.sender, person), identified: true, addressed };
}

async function communityConfigOf(deps: Deps, communityId: number): Promise<CommunityConfig | null> {
  const community = (await deps.store.listCommunities()).find((c) => c.id === communityId);
  return community ? configOf(deps, community) : null;
}

/** Communities are configured by name; the store keeps them under an id. */
function configOf(deps: Deps, community: Community): CommunityConfig | null {
  return deps.config.communities.find((c) => c.name === community.name) ?? null;
}

async function findRoom(deps: Deps, roomKey: string, topic: string): Promise<Room | null> {
  return (await deps.store.getRoom(roomKey)) ?? (await deps.store.findRoomByTopic(topic));
}

async function route(ctx: MessageContext, parsed: ParseResult | null, classification: Classification | null): Promise<Reply[]> {
  const { msg, deps, log, room } = ctx;
  const residentsRoom = room !== null && room.role === 'residents';
  if (msg.kind === 'recall') return residentsRoom ? withdrawRecalled(ctx, room) : ignore(log, 'recall outside a residents group');
  if (msg.kind === 'image') {
    if (!residentsRoom) return ignore(log, 'image outside a residents group');
    await identify(ctx);
    return attachImage(ctx, room);
  }

  if (parsed) {
    ctx.addressed = true;
    if (parsed.ok) {
      await identify(ctx);
      return runCommand(ctx, parsed.command);
    }
    log.info({ verb: parsed.error.verb, reason: parsed.error.reason }, 'malformed command');
    const text = parsed.error.verb
      ? renderReply(deps.replies, 'usage', { usage: commandFor(parsed.error.verb).usage })
      : deps.replies.unknownCommand;
    return [replyHere(ctx, text)];
  }
  if (residentsRoom && saysBrokenAgain(msg.text, deps.againCues ?? [])) {
    const reopened = await reopenByWords(ctx, room, classification?.report ? classification : null);
    if (reopened) return reopened;
  }
  if (residentsRoom && classification?.report) return intakeReport(ctx, room, classification);
  // Not a command and not a report: only a message meant for the bot gets an answer.
  if (msg.mentionsBot || room === null) {
    log.debug('addressed to the bot but neither report nor command: help');
    return [replyHere(ctx, renderReply(deps.replies, 'mentionHelp', { botName: deps.botName }))];
  }
  return ignore(log, room.role === 'staff' ? 'staff group chatter' : 'chatter');
}
