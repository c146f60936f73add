// `yishiting db copy`: moves the communities of an SQLite database into a PostgreSQL one that a
// district's bot processes share. Every ticket, number, report, timeline entry, rating, correction,
// job run, outbox row (with its image paths and texts) and staff member arrives as it was; ids move
// up past what the district database already holds (the first copy into an empty database keeps
// them), and group keys that are taken already get new ones (references follow). One transaction:
// the copy is complete, with counts checked per table, or nothing is written.
// Not copied: binding codes, session bindings, wrong-code counts and one-time sign-in links — they
// are valid only for the process (and WeChat login) that made them.
import { count, inArray, sql } from 'drizzle-orm';
import type { AnyPgColumn, PgTable } from 'drizzle-orm/pg-core';
import type { Db } from '../db/open-database.js';
import * as lite from '../db/schema.js';
import type { PgDb } from './open-pg-database.js';
import * as pgs from './pg-schema.js';

/** Refused before anything is written (e.g. the community is in the target already); Chinese message. */
export class CopyRefused extends Error {
  override readonly name = 'CopyRefused';
}

interface CopiedTable {
  table: string;
  source: number;
  copied: number;
}

export interface CopyResult {
  communities: string[];
  tables: CopiedTable[];
}

/** Rows per INSERT: far below PostgreSQL's 65,535 parameters for the widest table. */
const BATCH = 500;

type Row = Record<string, unknown>;

/** Each copied table in foreign-key order, with the rows of the source. */
function readSource(source: Db) {
  const all = <T>(q: { all(): T[] }) => q.all() as unknown as Row[];
  return {
    communities: all(source.select().from(lite.communities)),
    rooms: all(source.select().from(lite.rooms)),
    people: all(source.select().from(lite.people)),
    tickets: all(source.select().from(lite.tickets)),
    reports: all(source.select().from(lite.reports)),
    ticket_events: all(source.select().from(lite.ticketEvents)),
    ratings: all(source.select().from(lite.ratings)),
    corrections: all(source.select().from(lite.corrections)),
    job_runs: all(source.select().from(lite.jobRuns)),
    outbox: all(source.select().from(lite.outbox)),
    web_sessions: all(source.select().from(lite.webSessions)),
    web_audit: all(source.select().from(lite.webAudit)),
  };
}

type TableName = keyof ReturnType<typeof readSource>;

const TARGET: Record<TableName, PgTable & { id?: AnyPgColumn }> = {
  communities: pgs.communities,
  rooms: pgs.rooms,
  people: pgs.people,
  tickets: pgs.tickets,
  reports: pgs.reports,
  ticket_events: pgs.ticketEvents,
  ratings: pgs.ratings,
  corrections: pgs.corrections,
  job_runs: pgs.jobRuns,
  outbox: pgs.outbox,
  web_sessions: pgs.webSessions,
  web_audit: pgs.webAudit,
};

/** Tables with an identity id, whose ids move up by an offset. */
const WITH_ID: TableName[] = [
  'communities',
  'rooms',
  'people',
  'tickets',
  'reports',
  'ticket_events',
  'ratings',
  'corrections',
  'outbox',
  'web_audit',
];

/**
 * Reserves ids for `n` rows past everything the table holds or its sequence handed out, so that
 * bot processes writing meanwhile never take one; returns the offset to add to source ids.
 */
async function reserveIds(db: PgDb, table: string, maxSourceId: number): Promise<number> {
  if (maxSourceId === 0) return 0;
  const seq = `pg_get_serial_sequence('${table}', 'id')`;
  const result = await db.execute(
    sql.raw(
      `select setval(${seq}, greatest((select coalesce(max(id), 0) from ${table}), ` +
        `(select case when is_called then last_value else 0 end from ${table}_id_seq)) + ${maxSourceId}) - ${maxSourceId} as base`,
    ),
  );
  const rows = (result as unknown as { rows?: Row[] }).rows ?? (result as unknown as Row[]);
  return Number(rows[0]!.base);
}

/** Copies every community of `source` into `target`; `onProgress(done, total)` counts rows. */
export async function copySqliteToPg(
  source: Db,
  target: PgDb,
  onProgress: (done: number, total: number) => void = () => {},
): Promise<CopyResult> {
  const src = readSource(source);
  const names = src.communities.map((c) => c.name as string);
  if (names.length === 0) throw new CopyRefused('源数据库里还没有社区，没有可复制的内容。');
  const present = await target.select({ name: pgs.communities.name }).from(pgs.communities).where(inArray(pgs.communities.name, names));
  if (present.length > 0) {
    throw new CopyRefused(
      `目标数据库里已经有社区「${present.map((p) => p.name).join('」「')}」，为免覆盖，不复制。请换一个数据库，或先确认那里的数据是否就是要复制的。`,
    );
  }

  // Ids: each table's source ids move up by an offset reserved on the target.
  const offset = {} as Record<TableName, number>;
  for (const table of WITH_ID) {
    const maxId = Math.max(0, ...src[table].map((r) => r.id as number));
    offset[table] = await reserveIds(target, table, maxId);
  }
  const idOf = (table: TableName, id: unknown) => (id == null ? null : (id as number) + offset[table]);

  // Group keys: kept unless the district database has them already.
  const takenKeys = new Set(
    (
      await target
        .select({ key: pgs.rooms.key })
        .from(pgs.rooms)
        .where(inArray(pgs.rooms.key, src.rooms.map((r) => r.key as string).concat([''])))
    ).map((r) => r.key),
  );
  const roomKey = new Map<string, string>();
  for (const r of src.rooms) roomKey.set(r.key as string, takenKeys.has(r.key as string) ? `g${idOf('rooms', r.id)}` : (r.key as string));
  const keyOf = (key: unknown) => (key == null ? null : (roomKey.get(key as string) ?? (key as string)));
  // "g1:m42" (a report's source message) and "ack:g1:m42:0" (its acknowledgement in the outbox).
  const prefixed = (value: unknown, lead = '') => {
    if (value == null) return null;
    const s = value as string;
    if (!s.startsWith(lead)) return s;
    const rest = s.slice(lead.length);
    const colon = rest.indexOf(':');
    return colon < 0 ? s : `${lead}${keyOf(rest.slice(0, colon))}${rest.slice(colon)}`;
  };
  // Job runs are named "<job>:<community id>".
  const jobName = (name: unknown) => (name as string).replace(/:(\d+)$/, (_, id: string) => `:${idOf('communities', Number(id))}`);

  const rows: Record<TableName, Row[]> = {
    communities: src.communities.map((r) => ({ ...r, id: idOf('communities', r.id) })),
    rooms: src.rooms.map((r) => ({ ...r, id: idOf('rooms', r.id), key: keyOf(r.key), communityId: idOf('communities', r.communityId) })),
    people: src.people.map((r) => ({ ...r, id: idOf('people', r.id), communityId: idOf('communities', r.communityId) })),
    tickets: src.tickets.map((r) => ({
      ...r,
      id: idOf('tickets', r.id),
      communityId: idOf('communities', r.communityId),
      assigneeId: idOf('people', r.assigneeId),
      roomKey: keyOf(r.roomKey),
    })),
    reports: src.reports.map((r) => ({
      ...r,
      id: idOf('reports', r.id),
      ticketId: idOf('tickets', r.ticketId),
      roomKey: keyOf(r.roomKey),
      sourceKey: prefixed(r.sourceKey),
    })),
    ticket_events: src.ticket_events.map((r) => ({
      ...r,
      id: idOf('ticket_events', r.id),
      ticketId: idOf('tickets', r.ticketId),
      actorId: idOf('people', r.actorId),
    })),
    ratings: src.ratings.map((r) => ({ ...r, id: idOf('ratings', r.id), ticketId: idOf('tickets', r.ticketId) })),
    corrections: src.corrections.map((r) => ({
      ...r,
      id: idOf('corrections', r.id),
      communityId: idOf('communities', r.communityId),
      ticketId: idOf('tickets', r.ticketId),
    })),
    job_runs: src.job_runs.map((r) => ({ ...r, name: jobName(r.name) })),
    outbox: src.outbox.map((r) => ({ ...r, id: idOf('outbox', r.id), toRoomKey: keyOf(r.toRoomKey), key: prefixed(r.key, 'ack:') })),
    web_sessions: src.web_sessions.map((r) => ({ ...r, personId: idOf('people', r.personId) })),
    web_audit: src.web_audit.map((r) => ({
      ...r,
      id: idOf('web_audit', r.id),
      personId: idOf('people', r.personId),
      communityId: idOf('communities', r.communityId),
    })),
  };

  const total = Object.values(rows).reduce((n, list) => n + list.length, 0);
  let done = 0;
  const communityIds = rows.communities.map((c) => c.id as number);
  return target.transaction(async (tx) => {
    for (const table of Object.keys(rows) as TableName[]) {
      const list = rows[table];
      for (let i = 0; i < list.length; i += BATCH) {
        const batch = list.slice(i, i + BATCH);
        await tx.insert(TARGET[table]).values(batch as never);
        done += batch.length;
        onProgress(done, total);
      }
    }
    const tables: CopiedTable[] = [];
    for (const table of Object.keys(rows) as TableName[]) {
      const copied = await copiedCount(tx, table, communityIds, rows[table]);
      tables.push({ table, source: src[table].length, copied });
    }
    const wrong = tables.filter((t) => t.copied !== t.source);
    if (wrong.length) {
      throw new Error(
        `复制后核对行数不符（${wrong.map((t) => `${t.table}：源 ${t.source} 行，目标 ${t.copied} 行`).join('；')}），已全部撤销。`,
      );
    }
    return { communities: names, tables };
  });
}

/** Rows of `table` in the target that belong to the copied communities. */
async function copiedCount(tx: PgDb, table: TableName, communityIds: number[], copied: Row[]): Promise<number> {
  const n = async (q: Promise<{ n: number }[]>) => Number((await q)[0]?.n ?? 0);
  const ticketIds = tx.select({ id: pgs.tickets.id }).from(pgs.tickets).where(inArray(pgs.tickets.communityId, communityIds));
  const personIds = tx.select({ id: pgs.people.id }).from(pgs.people).where(inArray(pgs.people.communityId, communityIds));
  const ids = copied.map((r) => r.id as number);
  switch (table) {
    case 'communities':
      return n(tx.select({ n: count() }).from(pgs.communities).where(inArray(pgs.communities.id, communityIds)));
    case 'rooms':
    case 'people':
    case 'tickets':
    case 'corrections':
    case 'web_audit': {
      const t = TARGET[table] as typeof pgs.rooms;
      return n(tx.select({ n: count() }).from(t).where(inArray(t.communityId, communityIds)));
    }
    case 'reports':
    case 'ticket_events':
    case 'ratings': {
      const t = TARGET[table] as typeof pgs.reports;
      return n(tx.select({ n: count() }).from(t).where(inArray(t.ticketId, ticketIds)));
    }
    case 'web_sessions':
      return n(tx.select({ n: count() }).from(pgs.webSessions).where(inArray(pgs.webSessions.personId, personIds)));
    case 'job_runs': {
      const jobNames = copied.map((r) => r.name as string);
      return jobNames.length ? n(tx.select({ n: count() }).from(pgs.jobRuns).where(inArray(pgs.jobRuns.name, jobNames))) : 0;
    }
    case 'outbox':
      return ids.length ? n(tx.select({ n: count() }).from(pgs.outbox).where(inArray(pgs.outbox.id, ids))) : 0;
  }
}
