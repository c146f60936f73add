import { describe, expect, it } from 'vitest';
import type { MemberDirectory } from '../../../src/core/identity/member-directory.js';
import { ownReport } from '../../../src/core/identity/own-report.js';
import type { Report } from '../../../src/core/tickets/types.js';
import type { Sender } from '../../../src/core/types.js';

const report = (over: Partial<Report>): Report => ({
  id: 1,
  ticketId: 1,
  sourceKey: 'r1:m1',
  text: '3号楼路灯坏了',
  reporterName: '张阿姨',
  reporterKey: '张阿姨',
  reporterContactId: '@a',
  reporterLogin: 'L1',
  roomKey: 'r1',
  at: new Date(0),
  urgent: false,
  building: null,
  images: [],
  ...over,
});
const sender = (over: Partial<Sender>): Sender => ({ sessionId: '@a', name: '张阿姨', remark: null, login: 'L1', ...over });
const members = (ids: string[] | null): MemberDirectory => ({ membersNamed: async () => ids });

describe('whether a resident made a report (by account, not by name)', () => {
  it('within a login, the contact id decides whatever the names', async () => {
    expect((await ownReport([report({})], sender({ name: '改了名' }), undefined)).kind).toBe('owner');
    expect((await ownReport([report({})], sender({ sessionId: '@b' }), members(['@b']))).kind).toBe('not_owner');
  });

  it("a report from an earlier login is the sender's only when they alone in the group carry the name", async () => {
    const old = report({ reporterLogin: 'L0', reporterContactId: '@old' });
    expect((await ownReport([old], sender({}), members(['@a']))).kind).toBe('owner');
    expect((await ownReport([old], sender({}), members(['@a', '@c']))).kind).toBe('ambiguous');
    expect((await ownReport([old], sender({}), members(['@c']))).kind).toBe('not_owner');
    expect((await ownReport([old], sender({}), members(null))).kind).toBe('ambiguous');
    expect((await ownReport([old], sender({}), undefined)).kind).toBe('ambiguous');
    expect((await ownReport([old], sender({ name: '别人' }), members(['@a']))).kind).toBe('not_owner');
  });

  it('treats a report stored before accounts were kept like one from an earlier login', async () => {
    const legacy = report({ reporterContactId: null, reporterLogin: null });
    expect((await ownReport([legacy], sender({}), members(['@a']))).kind).toBe('owner');
    expect((await ownReport([legacy], sender({}), members(['@a', '@b']))).kind).toBe('ambiguous');
  });

  it('names every report of the sender, and says when the name fallback recognised them', async () => {
    const mine = report({ id: 1 });
    const namesake = report({ id: 2, reporterContactId: '@b' });
    const again = report({ id: 3 });
    const byId = await ownReport([mine, namesake, again], sender({}), members(['@a', '@b']));
    expect(byId).toMatchObject({ kind: 'owner', byName: false });
    expect(byId.kind === 'owner' && byId.reports.map((r) => r.id)).toEqual([1, 3]);
    const old = (id: number, roomKey: string) => report({ id, roomKey, reporterLogin: 'L0', reporterContactId: '@old' });
    const rooms: MemberDirectory = { membersNamed: async (room) => (room === 'r1' ? ['@a'] : ['@a', '@c']) };
    const byName = await ownReport([old(4, 'r1'), old(5, 'r2'), old(6, 'r1')], sender({}), rooms);
    expect(byName).toMatchObject({ kind: 'owner', byName: true });
    expect(byName.kind === 'owner' && byName.reports.map((r) => r.id)).toEqual([4, 6]);
  });
});
