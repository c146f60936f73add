// Communities, rooms (our stable keys over changing WeChat topics), staff and their bindings, on
// PostgreSQL: the same rules as src/infra/db/sqlite-directory.ts (core/tickets/directory-input.ts),
// safe when several bot processes write at once.
import { randomInt } from 'node:crypto';
import { and, count, eq, gte, inArray, max, or, sql } from 'drizzle-orm';
import { BINDING_GUESS_LIMIT, type BindingGuessLimit } from '../../core/identity/binding-policy.js';
import {
  cleanRoster,
  oneTimeCodeState,
  requireText,
  validateBindingExpiry,
  validateRoomInput,
} from '../../core/tickets/directory-input.js';
import { StoreInputError, type RedeemResult, type RoomInput, type StaffInput, type TicketStore } from '../../core/tickets/ticket-store.js';
import type { Community, Person, Room } from '../../core/tickets/types.js';
import { toCommunity, toPerson, toRoom } from '../db/rows.js';
import type { PgDb } from './open-pg-database.js';
import { lockForTransaction } from './pg-locks.js';
import { bindingCodes, bindingFailures, communities, people, rooms, sessionBindings } from './pg-schema.js';

async function ensureCommunity(db: PgDb, name: string, at: Date): Promise<Community> {
  const clean = requireText(name, '社区名称');
  await db.insert(communities).values({ name: clean, createdAt: at }).onConflictDoNothing();
  const [row] = await db.select().from(communities).where(eq(communities.name, clean));
  return toCommunity(row!);
}

async function listCommunities(db: PgDb): Promise<Community[]> {
  return (await db.select().from(communities).orderBy(communities.id)).map(toCommunity);
}

async function ensureRoom(db: PgDb, input: RoomInput, at: Date): Promise<Room> {
  const { topic, xiaoqu } = validateRoomInput(input);
  return db.transaction(async (tx) => {
    // One process at a time: the topic lookup and the next key must not race another's insert.
    await lockForTransaction(tx, 'rooms');
    const [community] = await tx.select({ id: communities.id }).from(communities).where(eq(communities.id, input.communityId));
    if (!community) throw new StoreInputError(`社区编号 ${input.communityId} 不存在。`);
    const [existing] = await tx
      .select()
      .from(rooms)
      .where(and(eq(rooms.communityId, input.communityId), eq(rooms.topic, topic)))
      .orderBy(rooms.id)
      .limit(1);
    if (existing) {
      if (existing.role === input.role && existing.xiaoqu === xiaoqu) return toRoom(existing);
      const [updated] = await tx
        .update(rooms)
        .set({ role: input.role, xiaoqu, updatedAt: at })
        .where(eq(rooms.id, existing.id))
        .returning();
      return toRoom(updated!);
    }
    // Keys are handed out in order ("g1", "g2", …) so that a replayed script gets the same keys.
    const [last] = await tx.select({ last: max(rooms.id) }).from(rooms);
    const [row] = await tx
      .insert(rooms)
      .values({
        key: `g${(last?.last ?? 0) + 1}`,
        communityId: input.communityId,
        topic,
        role: input.role,
        xiaoqu,
        createdAt: at,
        updatedAt: at,
      })
      .returning();
    return toRoom(row!);
  });
}

async function renameRoom(db: PgDb, roomKey: string, topic: string, at: Date): Promise<Room | null> {
  const clean = requireText(topic, '群名称');
  const [row] = await db.update(rooms).set({ topic: clean, updatedAt: at }).where(eq(rooms.key, roomKey)).returning();
  return row ? toRoom(row) : null;
}

async function getRoom(db: PgDb, roomKey: string): Promise<Room | null> {
  const [row] = await db.select().from(rooms).where(eq(rooms.key, roomKey));
  return row ? toRoom(row) : null;
}

async function findRoomByTopic(db: PgDb, topic: string): Promise<Room | null> {
  const [row] = await db.select().from(rooms).where(eq(rooms.topic, topic)).orderBy(rooms.id).limit(1);
  return row ? toRoom(row) : null;
}

async function listRooms(db: PgDb, communityId?: number): Promise<Room[]> {
  const q = db.select().from(rooms);
  return (await (communityId === undefined ? q : q.where(eq(rooms.communityId, communityId))).orderBy(rooms.id)).map(toRoom);
}

async function syncStaff(db: PgDb, communityId: number, roster: readonly StaffInput[], at: Date): Promise<Person[]> {
  const clean = cleanRoster(roster);
  await db.transaction(async (tx) => {
    // Two processes syncing the same community's roster take turns.
    await lockForTransaction(tx, 'roster');
    await tx.update(people).set({ active: false, updatedAt: at }).where(eq(people.communityId, communityId));
    for (const s of clean) {
      await tx
        .insert(people)
        .values({ communityId, ...s, active: true, createdAt: at, updatedAt: at })
        .onConflictDoUpdate({
          target: [people.communityId, people.remark],
          set: { name: s.name, role: s.role, covers: s.covers, active: true, updatedAt: at },
        });
    }
  });
  return listStaff(db, communityId);
}

async function getPerson(db: PgDb, id: number): Promise<Person | null> {
  const [row] = await db.select().from(people).where(eq(people.id, id));
  return row ? toPerson(row) : null;
}

async function findPersonByRemark(db: PgDb, remark: string, communityIds?: readonly number[]): Promise<Person | null> {
  const scope = communityIds === undefined ? undefined : inArray(people.communityId, [...communityIds]);
  const [row] = await db
    .select()
    .from(people)
    .where(and(eq(people.remark, remark), eq(people.active, true), scope))
    .orderBy(people.id)
    .limit(1);
  return row ? toPerson(row) : null;
}

async function findPersonBySession(db: PgDb, sessionId: string): Promise<Person | null> {
  const [row] = await db
    .select({ person: people })
    .from(sessionBindings)
    .innerJoin(people, eq(people.id, sessionBindings.personId))
    .where(and(eq(sessionBindings.sessionId, sessionId), eq(people.active, true)));
  return row ? toPerson(row.person) : null;
}

async function findStaffByName(db: PgDb, communityId: number, nameOrRemark: string): Promise<Person | null> {
  const wanted = nameOrRemark.trim().replace(/^[@＠]/, '');
  const [row] = await db
    .select()
    .from(people)
    .where(and(eq(people.communityId, communityId), eq(people.active, true), or(eq(people.remark, wanted), eq(people.name, wanted))))
    .orderBy(sql`${people.remark} = ${wanted} desc`, people.id)
    .limit(1);
  return row ? toPerson(row) : null;
}

async function listStaff(db: PgDb, communityId: number): Promise<Person[]> {
  const rows = await db
    .select()
    .from(people)
    .where(and(eq(people.communityId, communityId), eq(people.active, true)))
    .orderBy(people.id);
  return rows.map(toPerson);
}

async function createBindingCode(db: PgDb, personId: number, at: Date, expiresAt: Date): Promise<string> {
  validateBindingExpiry(at, expiresAt);
  return db.transaction(async (tx) => {
    const [person] = await tx.select().from(people).where(eq(people.id, personId));
    if (!person?.active) throw new StoreInputError(`工作人员编号 ${personId} 不存在或已不在名单中。`);
    for (;;) {
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      const [old] = await tx.select().from(bindingCodes).where(eq(bindingCodes.code, code)).for('update');
      // Codes are one-time; an old expired or used one may be recycled.
      if (old && oneTimeCodeState(old, at) === 'live') continue;
      if (old) await tx.delete(bindingCodes).where(eq(bindingCodes.code, code));
      const [made] = await tx.insert(bindingCodes).values({ code, personId, createdAt: at, expiresAt }).onConflictDoNothing().returning();
      if (made) return code;
    }
  });
}

/** Marks a live code used (it was seen in public); returns its person, or null when it is no live code. */
async function voidBindingCode(db: PgDb, code: string, at: Date): Promise<Person | null> {
  return db.transaction(async (tx) => {
    const [row] = await tx.select().from(bindingCodes).where(eq(bindingCodes.code, code.trim())).for('update');
    if (!row || oneTimeCodeState(row, at) !== 'live') return null;
    await tx.update(bindingCodes).set({ usedAt: at }).where(eq(bindingCodes.code, row.code));
    const [person] = await tx.select().from(people).where(eq(people.id, row.personId));
    return person ? toPerson(person) : null;
  });
}

async function redeemBindingCode(
  db: PgDb,
  code: string,
  sessionId: string,
  at: Date,
  guard: BindingGuessLimit = BINDING_GUESS_LIMIT,
): Promise<RedeemResult> {
  const clean = requireText(code, '绑定码');
  requireText(sessionId, '会话标识');
  return db.transaction(async (tx): Promise<RedeemResult> => {
    const since = new Date(at.getTime() - guard.windowMs);
    const [failures] = await tx
      .select({ n: count() })
      .from(bindingFailures)
      .where(and(eq(bindingFailures.senderKey, sessionId), gte(bindingFailures.at, since)));
    if (failures!.n >= guard.maxFailures) return { ok: false, reason: 'too_many' };
    const refuse = async (reason: 'unknown' | 'expired' | 'used'): Promise<RedeemResult> => {
      await tx.insert(bindingFailures).values({ senderKey: sessionId, at });
      return { ok: false, reason };
    };
    // FOR UPDATE: of two processes redeeming one code, the second sees it used.
    const [row] = await tx.select().from(bindingCodes).where(eq(bindingCodes.code, clean)).for('update');
    const state = oneTimeCodeState(row, at);
    if (state !== 'live') return refuse(state);
    const [person] = await tx.select().from(people).where(eq(people.id, row!.personId));
    if (!person?.active) return refuse('unknown');
    await tx.update(bindingCodes).set({ usedAt: at }).where(eq(bindingCodes.code, clean));
    await tx
      .insert(sessionBindings)
      .values({ sessionId, personId: person.id, boundAt: at })
      .onConflictDoUpdate({ target: sessionBindings.sessionId, set: { personId: person.id, boundAt: at } });
    return { ok: true, person: toPerson(person) };
  });
}

/** The TicketStore's communities, rooms and people. */
export type DirectoryStore = Pick<
  TicketStore,
  | 'ensureCommunity'
  | 'listCommunities'
  | 'ensureRoom'
  | 'renameRoom'
  | 'getRoom'
  | 'findRoomByTopic'
  | 'listRooms'
  | 'syncStaff'
  | 'getPerson'
  | 'findPersonByRemark'
  | 'findPersonBySession'
  | 'findStaffByName'
  | 'listStaff'
  | 'createBindingCode'
  | 'redeemBindingCode'
  | 'voidBindingCode'
>;

/** The directory part of the PostgreSQL TicketStore; `now` stamps rows whose operation carries no time. */
export function createPgDirectoryStore(db: PgDb, now: () => Date): DirectoryStore {
  return {
    ensureCommunity: (name) => ensureCommunity(db, name, now()),
    listCommunities: () => listCommunities(db),
    ensureRoom: (input) => ensureRoom(db, input, now()),
    renameRoom: (key, topic) => renameRoom(db, key, topic, now()),
    getRoom: (key) => getRoom(db, key),
    findRoomByTopic: (topic) => findRoomByTopic(db, topic),
    listRooms: (communityId) => listRooms(db, communityId),
    syncStaff: (communityId, roster) => syncStaff(db, communityId, roster, now()),
    getPerson: (id) => getPerson(db, id),
    findPersonByRemark: (remark, communityIds) => findPersonByRemark(db, remark, communityIds),
    findPersonBySession: (sessionId) => findPersonBySession(db, sessionId),
    findStaffByName: (communityId, name) => findStaffByName(db, communityId, name),
    listStaff: (communityId) => listStaff(db, communityId),
    createBindingCode: (personId, at, expiresAt) => createBindingCode(db, personId, at, expiresAt),
    redeemBindingCode: (code, sessionId, at, guard) => redeemBindingCode(db, code, sessionId, at, guard),
    voidBindingCode: (code, at) => voidBindingCode(db, code, at),
  };
}
