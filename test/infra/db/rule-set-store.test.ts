// The published rule sets (how rule changes reach every process of a district): the same contract
// on both dialects.
import { describe, expect, it } from 'vitest';
import { createSqliteRuleSetStore } from '../../../src/infra/db/sqlite-rule-sets.js';
import { createPgRuleSetStore } from '../../../src/infra/pg/pg-rule-sets.js';
import { hashRuleFiles, type RuleSetStore } from '../../../src/infra/rules/rule-set-store.js';
import { countRows, DIALECTS, type DialectDb, useDialectDatabase } from '../../helpers/dialect-database.js';
import { at } from './store-fixture.js';

const ruleSetStore = (d: DialectDb): RuleSetStore => (d.dialect === 'sqlite' ? createSqliteRuleSetStore(d.db) : createPgRuleSetStore(d.db));

const V1 = { 'cues.yaml': 'cues: []\n', 'categories/lighting.yaml': 'code: lighting\n' };
const V2 = { ...V1, 'categories/lighting.yaml': 'code: lighting\nname: 照明\n' };

describe.each(DIALECTS)('the rule set store on %s', (dialect) => {
  const db = useDialectDatabase(dialect);

  it('numbers revisions per set, skips a set equal to the latest, and gives back the newest', async () => {
    const store = ruleSetStore(db());
    expect(await store.latest('default')).toBeNull();
    expect(await store.publish('default', V1, 'bot-a', at(0))).toBe(1);
    expect(
      await store.publish(
        'default',
        { 'categories/lighting.yaml': V1['categories/lighting.yaml'], 'cues.yaml': V1['cues.yaml'] },
        'bot-b',
        at(1),
      ),
    ).toBeNull();
    expect(await store.publish('default', V2, 'bot-b', at(2))).toBe(2);
    expect(await store.publish('default', V1, 'web', at(3))).toBe(3);
    expect(await store.latest('default')).toEqual({
      name: 'default',
      revision: 3,
      hash: hashRuleFiles(V1),
      files: V1,
      publishedBy: 'web',
      publishedAt: at(3),
    });
    expect(await countRows(db(), 'rule_sets')).toBe(3);
  });

  it('keeps sets of different names apart', async () => {
    const store = ruleSetStore(db());
    expect(await store.publish('金阳', V1, 'bot-a', at(0))).toBe(1);
    expect(await store.publish('银湖', V1, 'bot-b', at(0))).toBe(1);
    expect(await store.publish('银湖', V2, 'bot-b', at(1))).toBe(2);
    expect((await store.latest('金阳'))?.files).toEqual(V1);
    expect((await store.latest('银湖'))?.revision).toBe(2);
    expect(await store.latest('default')).toBeNull();
  });

  it('gives two stores on one database publishing at once consecutive revisions', async () => {
    const [a, b] = [ruleSetStore(db()), ruleSetStore(db())];
    const revisions = await Promise.all([a.publish('default', V1, 'bot-a', at(0)), b.publish('default', V2, 'bot-b', at(0))]);
    expect(revisions.sort()).toEqual([1, 2]);
  });
});
