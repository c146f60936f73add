// The simulated WeChat around the bot: wechaty-puppet-mock's mocker with contacts and groups
// created on first use (a contact's remark equals its display name unless the script says
// otherwise, as docs/cli.md fixes), messages injected with ids and timestamps we choose so
// that runs are deterministic. Accounts are told apart by id (default: one per display name);
// two accounts may share a name, and a member may carry a group nickname (群昵称) in a group.
import { randomBytes } from 'node:crypto';
import { FileBox } from 'file-box';
import * as types from 'wechaty-puppet/types';
import { mock, PuppetMock } from 'wechaty-puppet-mock';
import type { Clock } from '../core/types.js';

type ContactMock = ReturnType<mock.Mocker['createContact']>;
type RoomMock = ReturnType<mock.Mocker['createRoom']>;

/** Who speaks, as a sim event describes them (docs/cli.md). */
export interface Speaker {
  /** The WeChat account; default: one account per display name. */
  id?: string;
  /** The remark the bot account set; null for none; default: the display name. */
  remark?: string | null;
  /** The member's group nickname in the group spoken in. */
  alias?: string;
}

/** wechaty-puppet-mock leaves out group nicknames; the simulator keeps them per group and member. */
class SimPuppet extends PuppetMock {
  readonly roomAliases = new Map<string, string>();
  override async roomMemberRawPayload(roomId: string, contactId: string) {
    const payload = await super.roomMemberRawPayload(roomId, contactId);
    const roomAlias = this.roomAliases.get(`${roomId}\n${contactId}`);
    return roomAlias ? { ...payload, roomAlias } : payload;
  }
  /** Drops the puppet's cached member payloads of a room (its dirty event is asynchronous). */
  forgetRoomMembers(roomId: string): void {
    this.cache.roomMember.delete(roomId);
  }
  /** Drops the cached room payload too (its member list changed). */
  forgetRoom(roomId: string): void {
    this.cache.room.delete(roomId);
    this.forgetRoomMembers(roomId);
  }
}

export interface MockWorld {
  puppet: PuppetMock;
  mocker: mock.Mocker;
  /** Logs the bot account in (after app.start()). */
  login(): void;
  /** The account `who.id` (default: the one named `name`), created on first use. */
  contact(name: string, remark?: string | null, who?: Speaker): ContactMock;
  room(topic: string): RoomMock;
  /** A member says `text` in a group; returns the message id. "@<bot name>" in the text mentions the bot. */
  say(from: string, topic: string, text: string, who?: Speaker): string;
  /** A member sends the bot a private message; returns the message id. */
  dm(from: string, text: string, who?: Speaker): string;
  /** A member posts a photo in a group. */
  image(from: string, topic: string, fileName?: string): string;
  /** Recall a message the member sent earlier. */
  recall(from: string, topic: string, messageId: string): string;
  /** Inject a message dated `sentAt` (e.g. before start-up). */
  sayAt(from: string, topic: string, text: string, sentAt: Date): string;
  /** A message from a given mock contact (e.g. someone with a staff member's display name but no remark). */
  sayFrom(contact: ContactMock, topic: string, text: string): string;
  /** The bot's own account says something (WeChat echoes our messages back). */
  sayAsBot(topic: string, text: string): string;
  /** The group's topic changes. */
  renameRoom(topic: string, newTopic: string, by: string): void;
}

/** A 1×1 JPEG, enough for FileBox and the image path. */
const TINY_JPEG =
  '/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////////////////////////////////////////////////////wgALCAABAAEBAREA/8QAFBABAAAAAAAAAAAAAAAAAAAAAP/aAAgBAQABPxA=';

const PLAIN_NAME = /^[\p{L}\p{N}\p{M}_.-]+$/u;

export function createMockWorld(botName: string, clock: Clock): MockWorld {
  const mocker = new mock.Mocker();
  const puppet = new SimPuppet({ mocker });
  const me = mocker.createContact({ name: botName });
  const contacts = new Map<string, ContactMock>();
  const rooms = new Map<string, RoomMock>();
  let seq = 0;
  // Message ids must not repeat across runs on a kept database (they are idempotency keys).
  const run = randomBytes(4).toString('hex');

  // An account's id is the script's id, else its display name: events without ids stay one
  // account per name, and an event may name an earlier account by the id it was given.
  const contact = (name: string, remark: string | null = name, who: Speaker = {}): ContactMock => {
    const key = who.id ?? name;
    let c = contacts.get(key);
    if (!c) {
      const alias = who.remark === undefined ? remark : who.remark;
      // A plain name doubles as the id; a blank or odd one gets a generated id.
      const id = who.id ?? (PLAIN_NAME.test(name) ? name : undefined);
      c = mocker.createContact({ ...(id ? { id } : {}), name, ...(alias ? { alias } : {}) } as never);
      contacts.set(key, c);
    }
    return c;
  };

  const setAlias = (r: RoomMock, c: ContactMock, alias: string | undefined): void => {
    // A group nickname stays until the member sets another one.
    const key = `${r.id}\n${c.id}`;
    if (alias === undefined || puppet.roomAliases.get(key) === alias) return;
    puppet.roomAliases.set(key, alias);
    puppet.forgetRoomMembers(r.id);
  };

  const room = (topic: string): RoomMock => {
    let r = rooms.get(topic);
    if (!r) {
      r = mocker.createRoom({ topic, memberIdList: [me.id] });
      rooms.set(topic, r);
    }
    return r;
  };

  const join = (r: RoomMock, c: ContactMock): void => {
    if (r.payload.memberIdList.includes(c.id)) return;
    r.payload.memberIdList.push(c.id);
    puppet.forgetRoom(r.id);
  };

  const mentionIds = (text: string): string[] => {
    const ids: string[] = [];
    if (text.includes(`@${botName}`)) ids.push(me.id);
    for (const c of contacts.values()) if (text.includes(`@${c.payload.name}`)) ids.push(c.id);
    return ids;
  };

  const emit = (payload: Record<string, unknown>): string => {
    const id = `sim-${run}-${++seq}`;
    const msg = mocker.MessageMock.create({ id, timestamp: clock().getTime(), ...payload } as never);
    mocker.puppet.emit('message', { messageId: msg.id });
    return id;
  };

  const inRoom = (from: string, topic: string): { c: ContactMock; r: RoomMock } => {
    const c = contact(from);
    const r = room(topic);
    join(r, c);
    return { c, r };
  };

  return {
    puppet,
    mocker,
    login: () => mocker.login(me),
    contact,
    room,
    say(from, topic, text, who = {}) {
      const c = contact(from, from, who);
      const r = room(topic);
      join(r, c);
      setAlias(r, c, who.alias);
      return emit({ talkerId: c.id, roomId: r.id, type: types.Message.Text, text, mentionIdList: mentionIds(text) });
    },
    dm(from, text, who = {}) {
      const c = contact(from, from, who);
      return emit({ talkerId: c.id, listenerId: me.id, type: types.Message.Text, text });
    },
    image(from, topic, fileName = 'photo.jpg') {
      const { c, r } = inRoom(from, topic);
      const id = `sim-${run}-${seq + 1}`;
      mocker.cacheFileBoxPayload.set(id, FileBox.fromBase64(TINY_JPEG, fileName).toJSON());
      return emit({ talkerId: c.id, roomId: r.id, type: types.Message.Image, mentionIdList: [] });
    },
    recall(from, topic, messageId) {
      const { c, r } = inRoom(from, topic);
      return emit({ talkerId: c.id, roomId: r.id, type: types.Message.Recalled, text: messageId, mentionIdList: [] });
    },
    sayAt(from, topic, text, sentAt) {
      const { c, r } = inRoom(from, topic);
      return emit({ talkerId: c.id, roomId: r.id, type: types.Message.Text, text, mentionIdList: [], timestamp: sentAt.getTime() });
    },
    sayFrom(c, topic, text) {
      const r = room(topic);
      join(r, c);
      return emit({ talkerId: c.id, roomId: r.id, type: types.Message.Text, text, mentionIdList: mentionIds(text) });
    },
    sayAsBot(topic, text) {
      return emit({ talkerId: me.id, roomId: room(topic).id, type: types.Message.Text, text, mentionIdList: [] });
    },
    renameRoom(topic, newTopic, by) {
      const r = room(topic);
      rooms.delete(topic);
      rooms.set(newTopic, r);
      r.topic(newTopic).by(contact(by));
    },
  };
}
