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
      (room as unknown as EventEmitter).on(
        'message',
        (m: { talker(): { id: string }; text(): string }) => void (m.talker().id === me.id && heard.push(`${room.id}:${m.text()}`)),
      );
    }

    const rooms = createRoomRegistry([{ key: 'g1', topic: TOPIC, role: 'residents', communityId: 1, watched: true }]);
    const send = createWechatyTransport(bot, rooms, createRecentContacts());
    await send({ ids: [1], to: { kind: 'room', roomKey: 'g1' }, urgent: false, text: '收到', mentions: [], attempts: 0 }, '收到');

    expect(heard).toEqual([`${current.id}:收到`]);
  });

  it('reaches a staff member by remark when the remark WeChat holds carries invisible characters the config does not', async () => {
    const mocker = new mock.Mocker();
    bot = WechatyBuilder.build({ puppet: new PuppetMock({ mocker }) });
    bot.on('error', () => undefined);
    await bot.start();
    const me = mocker.createContact({ name: '社区小助手' });
    mocker.login(me);
    // A resident who took the worker's remark as nickname must never be chosen.
    const namesake = mocker.createContact({ name: 'W001-张师傅' });
    const worker = mocker.createContact({ name: '张师傅', alias: 'W001\u200B-张师傅\uFEFF' });
    const heard: string[] = [];
    for (const c of [namesake, worker]) {
      (c as unknown as EventEmitter).on(
        'message',
        (m: { talker(): { id: string }; text(): string }) => void (m.talker().id === me.id && heard.push(`${c.id}:${m.text()}`)),
      );
    }

    const send = createWechatyTransport(bot, createRoomRegistry([]), createRecentContacts());
    const batch = {
      ids: [1],
      to: { kind: 'contact' as const, name: '张师傅', remark: 'W001-张师傅', contactId: null },
      urgent: false,
      mentions: [],
      attempts: 0,
    };
    await send({ ...batch, text: '1号工单交给你' }, '1号工单交给你');

    expect(heard).toEqual([`${worker.id}:1号工单交给你`]);
  });

  it('finds the group whose WeChat topic carries invisible characters the configured topic does not', async () => {
    const mocker = new mock.Mocker();
    bot = WechatyBuilder.build({ puppet: new PuppetMock({ mocker }) });
    bot.on('error', () => undefined);
    await bot.start();
    const me = mocker.createContact({ name: '社区小助手' });
    mocker.login(me);
    const room = mocker.createRoom({ topic: '\u200B金阳花园\u200D业主群 ', memberIdList: [me.id] });
    const heard: string[] = [];
    (room as unknown as EventEmitter).on(
      'message',
      (m: { talker(): { id: string }; text(): string }) => void (m.talker().id === me.id && heard.push(m.text())),
    );

    const rooms = createRoomRegistry([{ key: 'g1', topic: TOPIC, role: 'residents', communityId: 1, watched: true }]);
    const send = createWechatyTransport(bot, rooms, createRecentContacts());
    await send({ ids: [1], to: { kind: 'room', roomKey: 'g1' }, urgent: false, text: '收到', mentions: [], attempts: 0 }, '收到');

    expect(heard).toEqual(['收到']);
  });
});
