// Communities, rooms (our stable keys over changing WeChat topics), staff and their bindings.
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
import { StoreInputError, type RedeemResult, type RoomInput, type StaffInput } from '../../core/tickets/ticket-store.js';
import type { Community, Person, Room } from '../../core/tickets/types.js';
import type { Db } from './open-database.js';
import { toCommunity, toPerson, toRoom } from './rows.js';
import { bindingCodes, bindingFailures, communities, people, rooms, sessionBindings } from './schema.js';
import { perConnection } from './per-connection.js';
import { writeTransaction } from './write-transaction.js';

export function ensureCommunity(db: Db, name: string, at: Date): Community {
  const clean = requireText(name, '社区名称');
  return writeTransaction(db, () => {
    db.insert(communities).values({ name: clean, createdAt: at }).onConflictDoNothing().run();
    return toCommunity(db.select().from(communities).where(eq(communities.name, clean)).get()!);
  });
}

export function listCommunities(db: Db): Community[] {
  return db.select().from(communities).orderBy(communities.id).all().map(toCommunity);
}

export function ensureRoom(db: Db, input: RoomInput, at: Date): Room {
  const { topic, xiaoqu } = validateRoomInput(input);
  return writeTransaction(db, () => {
    if (!db.select({ id: communities.id }).from(communities).where(eq(communities.id, input.communityId)).get()) {
      throw new StoreInputError(`社区编号 ${input.communityId} 不存在。`);
    }
    const existing = db
      .select()
      .from(rooms)
      .where(and(eq(rooms.communityId, input.communityId), eq(rooms.topic, topic)))
      .get();
    if (existing) {
      if (existing.role === input.role && existing.xiaoqu === xiaoqu) return toRoom(existing);
      return toRoom(db.update(rooms).set({ role: input.role, xiaoqu, updatedAt: at }).where(eq(rooms.id, existing.id)).returning().get()!);
    }
    // Keys are handed out in order ("g1", "g2", …) so that a replayed script gets the same keys.
    const next =
      (db
        .select({ last: max(rooms.id) })
        .from(rooms)
        .get()?.last ?? 0) + 1;
    const row = db
      .insert(rooms)
      .values({ key: `g${next}`, communityId: input.communityId, topic, role: input.role, xiaoqu, createdAt: at, updatedAt: at })
      .returning()
      .get();
    return toRoom(row);
  });
}

export function renameRoom(db: Db, roomKey: string, topic: string, at: Date): Room | null {
  const clean = requireText(topic, '群名称');
  const row = db.update(rooms).set({ topic: clean, updatedAt: at }).where(eq(rooms.key, roomKey)).returning().get();
  return row ? toRoom(row) : null;
}

const p = sql.placeholder;

/** A room as the core sees it: the columns of Room, no timestamps to decode. */
const roomFields = { key: rooms.key, communityId: rooms.communityId, topic: rooms.topic, role: rooms.role, xiaoqu: rooms.xiaoqu };

/** The lookups a message may need (where it came from, who sent it), prepared once per connection. */
const lookups = perConnection((db) => {
  const roomByKey = db
    .select(roomFields)
    .from(rooms)
    .where(eq(rooms.key, p('key')))
    .prepare();
  // .get() without .limit(1): a bound LIMIT makes SQLite 3.53 re-prepare the statement on every run.
  const roomByTopic = db
    .select(roomFields)
    .from(rooms)
    .where(eq(rooms.topic, p('topic')))
    .orderBy(rooms.id)
    .prepare();
  // Every report in a community with several residents' groups reads its rooms (core/intake).
  const roomsOf = db
    .select(roomFields)
    .from(rooms)
    .where(eq(rooms.communityId, p('communityId')))
    .orderBy(rooms.id)
    .prepare();
  const personByRemark = db
    .select()
    .from(people)
    .where(and(eq(people.remark, p('remark')), eq(people.active, true)))
    .orderBy(people.id)
    .prepare();
  // A message in a group looks its sender up within the group's community (core/identify-sender).
  const personByRemarkIn = db
    .select()
    .from(people)
    .where(and(eq(people.remark, p('remark')), eq(people.active, true), eq(people.communityId, p('communityId'))))
    .orderBy(people.id)
    .prepare();
  const personBySession = db
    .select({ person: people })
    .from(sessionBindings)
    .innerJoin(people, eq(people.id, sessionBindings.personId))
    .where(and(eq(sessionBindings.sessionId, p('sessionId')), eq(people.active, true)))
    .prepare();
  return {
    roomByKey: (key: string): Room | undefined => roomByKey.get({ key }),
    roomByTopic: (topic: string): Room | undefined => roomByTopic.get({ topic }),
    roomsOf: (communityId: number): Room[] => roomsOf.all({ communityId }),
    personByRemark: (remark: string) => personByRemark.get({ remark }),
    personByRemarkIn: (remark: string, communityId: number) => personByRemarkIn.get({ remark, communityId }),
    personBySession: (sessionId: string) => personBySession.get({ sessionId })?.person,
  };
});

export function getRoom(db: Db, roomKey: string): Room | null {
  return lookups(db).roomByKey(roomKey) ?? null;
}

export function findRoomByTopic(db: Db, topic: string): Room | null {
  return lookups(db).roomByTopic(topic) ?? null;
}

export function listRooms(db: Db, communityId?: number): Room[] {
  if (communityId !== undefined) return lookups(db).roomsOf(communityId);
  return db.select(roomFields).from(rooms).orderBy(rooms.id).all();
}

export function syncStaff(db: Db, communityId: number, roster: readonly StaffInput[], at: Date): Person[] {
  const clean = cleanRoster(roster);
  return writeTransaction(db, () => {
    db.update(people).set({ active: false, updatedAt: at }).where(eq(people.communityId, communityId)).run();
    for (const s of clean) {
      db.insert(people)
        .values({ communityId, ...s, active: true, createdAt: at, updatedAt: at })
        .onConflictDoUpdate({
          target: [people.communityId, people.remark],
          set: { name: s.name, role: s.role, covers: s.covers, active: true, updatedAt: at },
        })
        .run();
    }
    return listStaff(db, communityId);
  });
}

export function getPerson(db: Db, id: number): Person | null {
  const row = db.select().from(people).where(eq(people.id, id)).get();
  return row ? toPerson(row) : null;
}

export function findPersonByRemark(db: Db, remark: string, communityIds?: readonly number[]): Person | null {
  const row =
    communityIds === undefined
      ? lookups(db).personByRemark(remark)
      : communityIds.length === 1
        ? lookups(db).personByRemarkIn(remark, communityIds[0]!)
        : db
            .select()
            .from(people)
            .where(and(eq(people.remark, remark), eq(people.active, true), inArray(people.communityId, [...communityIds])))
            .orderBy(people.id)
            .get();
  return row ? toPerson(row) : null;
}

export function findPersonBySession(db: Db, sessionId: string): Person | null {
  const row = lookups(db).personBySession(sessionId);
  return row ? toPerson(row) : null;
}

export function findStaffByName(db: Db, communityId: number, nameOrRemark: string): Person | null {
  const wanted = nameOrRemark.trim().replace(/^[@＠]/, '');
  const row = db
    .select()
    .from(people)
    .where(and(eq(people.communityId, communityId), eq(people.active, true), or(eq(people.remark, wanted), eq(people.name, wanted))))
    .orderBy(sql`${people.remark} = ${wanted} desc`, people.id)
    .get();
  return row ? toPerson(row) : null;
}

export function listStaff(db: Db, communityId: number): Person[] {
  return db
    .select()
    .from(people)
    .where(and(eq(people.communityId, communityId), eq(people.active, true)))
    .orderBy(people.id)
    .all()
    .map(toPerson);
}

export function createBindingCode(db: Db, personId: number, at: Date, expiresAt: Date): string {
  validateBindingExpiry(at, expiresAt);
  return writeTransaction(db, () => {
    const person = db.select().from(people).where(eq(people.id, personId)).get();
    if (!person?.active) throw new StoreInputError(`工作人员编号 ${personId} 不存在或已不在名单中。`);
    for (;;) {
      const code = String(randomInt(0, 1_000_000)).padStart(6, '0');
      const taken = db.select({ code: bindingCodes.code }).from(bindingCodes).where(eq(bindingCodes.code, code)).get();
      if (taken) {
        // Codes are one-time; an old expired or used one may be recycled.
        const old = db.select().from(bindingCodes).where(eq(bindingCodes.code, code)).get()!;
        if (oneTimeCodeState(old, at) === 'live') continue;
        db.delete(bindingCodes).where(eq(bindingCodes.code, code)).run();
      }
      db.insert(bindingCodes).values({ code, personId, createdAt: at, expiresAt }).run();
      return code;
    }
  });
}

/** Marks a live code used (it was seen in public); returns its person, or null when it is no live code. */
export function voidBindingCode(db: Db, code: string, at: Date): Person | null {
  return writeTransaction(db, (): Person | null => {
    const row = db.select().from(bindingCodes).where(eq(bindingCodes.code, code.trim())).get();
    if (oneTimeCodeState(row, at) !== 'live') return null;
    db.update(bindingCodes).set({ usedAt: at }).where(eq(bindingCodes.code, row!.code)).run();
    const person = db.select().from(people).where(eq(people.id, row!.personId)).get();
    return person ? toPerson(person) : null;
  });
}

export function redeemBindingCode(
  db: Db,
  code: string,
  sessionId: string,
  at: Date,
  guard: BindingGuessLimit = BINDING_GUESS_LIMIT,
): RedeemResult {
  const clean = requireText(code, '绑定码');
  requireText(sessionId, '会话标识');
  return writeTransaction(db, (): RedeemResult => {
    const since = new Date(at.getTime() - guard.windowMs);
    const failures = db
      .select({ n: count() })
      .from(bindingFailures)
      .where(and(eq(bindingFailures.senderKey, sessionId), gte(bindingFailures.at, since)))
      .get()!.n;
    if (failures >= guard.maxFailures) return { ok: false, reason: 'too_many' };
    const refuse = (reason: 'unknown' | 'expired' | 'used'): RedeemResult => {
      db.insert(bindingFailures).values({ senderKey: sessionId, at }).run();
      return { ok: false, reason };
    };
    const row = db.select().from(bindingCodes).where(eq(bindingCodes.code, clean)).get();
    const state = oneTimeCodeState(row, at);
    if (state !== 'live') return refuse(state);
    const person = db.select().from(people).where(eq(people.id, row!.personId)).get();
    if (!person?.active) return refuse('unknown');
    db.update(bindingCodes).set({ usedAt: at }).where(eq(bindingCodes.code, clean)).run();
    db.insert(sessionBindings)
      .values({ sessionId, personId: person.id, boundAt: at })
      .onConflictDoUpdate({ target: sessionBindings.sessionId, set: { personId: person.id, boundAt: at } })
      .run();
    return { ok: true, person: toPerson(person) };
  });
}
