// The core's public surface, hand-picked: what the app wiring, the CLI and the adapters use.
export type { Channel, Clock, IncomingMessage, Logger, Reply, Sender } from './types.js';
export type { Deps, CategoryName } from './deps.js';
export { handleMessage } from './handle-message.js';
export { syncConfig } from './sync-config.js';
export { runDueWork } from './schedule/run-due-work.js';
export type { Classification, Classifier, Segmenter } from './classify/types.js';
export { createClassifier } from './classify/create-classifier.js';
export type { Command } from './commands/commands.js';
export { parseCommand, type ParseError } from './commands/parse-command.js';
export { maskSensitive } from './mask-sensitive.js';
export { REPLY_PLACEHOLDERS, type Replies, type ReplyKey } from './replies/reply-keys.js';
export { renderReply } from './replies/render-reply.js';
export { formatLocalShort } from './local-time.js';
export { responsibleWorker } from './intake/responsible-worker.js';
export type { TicketStore } from './tickets/ticket-store.js';
export { STATUSES, TRANSITIONS, statusName } from './tickets/lifecycle.js';
export type { Actor, Correction, CorrectionKind, Report, Status, Ticket, TicketEvent } from './tickets/types.js';
export { computeDeadlines, type Deadlines } from './tickets/deadlines.js';
