import type { EventEmitter } from 'node:events';
import { afterEach, describe, expect, it } from 'vitest';
import { WechatyBuilder, type Wechaty } from 'wechaty';
import { mock, PuppetMock } from 'wechaty-puppet-mock';
import { createRecentContacts } from '../../../src/adapters/wechaty/recent-contacts.js';
import { createRoomRegistry } from '../../../src/adapters/wechaty/room-registry.js';
import { createWechatyTransport } from '../../../src/adapters/wechaty/wechaty-transport.js';

const TOPIC = '金阳花园业主群';
let bot: Wechaty | undefined;
afterEach(async () => {
  await bot?.stop();
});

describe('createWechatyTransport', () => {
  it('sends to the group this login is a member of when an earlier login left a namesake with a dead id', async () => {
    const mocker = new mock.Mocker();
    bot = WechatyBuilder.build({ puppet: new PuppetMock({ mocker }) });
    bot.on('error', () => undefined);
    await bot.start();
    const me = mocker.createContact({ name: '社区小助手' });
    mocker.login(me);
    const alice = mocker.createContact({ name: '张阿姨' });
    const oldMe = mocker.createContact({ name: '社区小助手' });
    // wechat4u keeps the previous login's group (old id, old account id in its member list).
    const stale = mocker.createRoom({ topic: TOPIC, memberIdList: [oldMe.id, alice.id] });
    const current = mocker.createRoom({ topic: TOPIC, memberIdList: [me.id, alice.id] });
    const heard: string[] = [];
    for (const room of [stale, current]) {
      (room as unknown as EventEmitter).on('message', (m: { talker(): { id: string }; text(): string }) => void (m.talker().id === me.id && heard.push(`${room.id}:${m.text()}`)));
    }

    const rooms = createRoomRegistry([{ key: 'g1', topic: TOPIC, role: 'residents', communityId: 1, watched: true }]);
    const send = createWechatyTransport(bot, rooms, createRecentContacts());
    await send({ ids: [1], to: { kind: 'room', roomKey: 'g1' }, urgent: false, text: '收到', mentions: [], attempts: 0 }, '收到');

    expect(heard).toEqual([`${current.id}:收到`]);
  });
});
