// Every piece of wording the bot sends, by key, with the {placeholders} each may use. The text
// itself lives in rules/replies.yaml so a community can tune it; the loader checks every key is
// there and uses only the placeholders listed here.

export const REPLY_PLACEHOLDERS = {
  // intake
  ack: ['number', 'category', 'building', 'assignee', 'deadline'],
  ackMerged: ['number', 'category', 'building', 'households', 'assignee', 'deadline'],
  urgentAck: ['number', 'category', 'building', 'advice', 'phones'],
  urgentStaffAlert: ['number', 'category', 'building', 'room', 'reporter', 'excerpt', 'assignee'],
  urgentAckUnsaved: ['advice', 'phones'],
  urgentStaffAlertUnsaved: ['category', 'building', 'room', 'reporter', 'excerpt', 'assignee'],
  adviceGas: [],
  adviceFire: [],
  adviceLift: [],
  adviceInjury: [],
  adviceFlooding: [],
  adviceSparks: [],
  adviceGeneral: [],
  recallWithdrawn: ['number'],
  mentionHelp: ['botName'],
  apology: [],
  // commands: help and errors
  helpHeader: ['name', 'role'],
  helpReport: [],
  usage: ['usage'],
  unknownCommand: [],
  noSuchTicket: ['number'],
  notStaff: ['action'],
  notAdmin: ['action'],
  unknownStaff: ['name'],
  dmPickGroup: [],
  bindOk: ['name', 'role'],
  bindFailed: [],
  bindInGroup: [],
  bindCodeVoided: ['name', 'room'],
  bindTooMany: [],
  reporterAmbiguous: [],
  // commands: answers
  query: ['number', 'category', 'building', 'status', 'assignee', 'deadline', 'households', 'lastNote'],
  listHeader: ['title', 'count'],
  listLine: ['number', 'category', 'building', 'status', 'assignee', 'deadline'],
  listMore: ['count'],
  listEmpty: ['title'],
  splitDone: ['from', 'number', 'reporter'],
  unknownCategory: ['name', 'categories'],
  sameCategory: ['number', 'category'],
  registerNeedsCategory: ['categories'],
  registerRepeat: ['number'],
  // status posts in the ticket's group
  statusTaken: ['number', 'category', 'building', 'actor'],
  statusNote: ['number', 'actor', 'note'],
  statusResolved: ['number', 'actor', 'note'],
  statusHandover: ['number', 'assignee', 'actor'],
  statusReferred: ['number', 'to', 'actor'],
  statusReturned: ['number', 'actor', 'note'],
  statusClosed: ['number', 'actor', 'note', 'status'],
  statusMerged: ['from', 'number', 'households'],
  statusWithdrawn: ['number'],
  withdrawnOwnReport: ['number', 'households'],
  statusReopened: ['number', 'actor', 'note'],
  statusRecategorised: ['number', 'from', 'category', 'assignee', 'deadline'],
  statusNotReport: ['number'],
  assignedToYou: ['number', 'category', 'building', 'deadline', 'actor'],
  ratingThanks: ['number', 'rating'],
  ratingLow: ['number', 'rating'],
  // confirmations to the actor when the group post goes elsewhere
  done: ['number', 'status'],
  // the dashboard's one-time sign-in link (#登录)
  loginLink: ['link', 'minutes'],
  loginOnlyPrivate: [],
  loginOff: [],
  // words used inside other replies
  noBuilding: [],
  nobodyYet: [],
  noNote: [],
  notFixed: [],
  roleResident: [],
  roleWorker: [],
  roleAdmin: [],
} as const satisfies Record<string, readonly string[]>;

export type ReplyKey = keyof typeof REPLY_PLACEHOLDERS;

/** The loaded wording: one template per key. */
export type Replies = Readonly<Record<ReplyKey, string>>;

export type ReplyVars<K extends ReplyKey> = Record<(typeof REPLY_PLACEHOLDERS)[K][number], string | number>;
