// Rule changes reach every process of a district: a process publishes its rules to the store after
// they changed on its own machine and loaded (a saved edit, `rules suggest --apply`, the
// dashboard's 规则 page), and on its tick follows a newer set another process published, writing
// it into its rules directory (the caller then reloads, as the file watcher would).
// Sets are scoped by name (config ruleSet): processes with the same name share their rules.
// Content hashes keep it from echoing: a set written here is not published back, and a set equal
// to the local files is not written. Local work is never overwritten: the hash of the set last in
// step with the store is kept on disk (rule-sync-record.ts), and local files that differ from it
// (edited while the process was stopped, or saved but not yet published) are published, not
// replaced; only files untouched since the last sync take a newer published set. A published set
// that fails the `rules check` loaders is never written: one log line, and the current rules stay.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock, Logger } from '../core/types.js';
import { readRuleFiles, writeRuleFiles } from '../infra/rules/rule-files.js';
import { isPgUrl } from '../infra/pg/database-url.js';
import { hashRuleFiles, type PublishedRuleSet, type RuleFiles, type RuleSetStore } from '../infra/rules/rule-set-store.js';
import { readRuleSyncRecord, type RuleSyncRecord, ruleSyncRecordPath, writeRuleSyncRecord } from '../infra/rules/rule-sync-record.js';
import { checkRuleSet } from './check-rule-set.js';

/** The set name config `ruleSet` gives when unset. */
const DEFAULT_RULE_SET = 'default';

/**
 * The rule set a process shares, or null when it shares none: rules go through the store only on
 * PostgreSQL (a district's machines) or when config `ruleSet` is set. Processes on one SQLite file
 * are on one machine and already share the rules/ folder; syncing there would only add risk.
 */
export function sharedRuleSetName(ruleSet: string | undefined, database: string): string | null {
  return ruleSet ?? (isPgUrl(database) ? DEFAULT_RULE_SET : null);
}

export interface RuleSyncOptions {
  store: RuleSetStore;
  rulesDir: string;
  /** The set this process shares (sharedRuleSetName). */
  name: string;
  /** Where the record of the last sync is kept (data/). */
  dataDir: string;
  /** Who publishes, for the record (the bot account, or 'web'). */
  by: string;
  clock: Clock;
  logger: Logger;
}

export interface RuleSync {
  /**
   * At start: the same as the store's latest set → nothing; untouched since the last sync → adopts
   * the store's newer set (true: files written, reload them); changed here (or never synced) or no
   * set in the store yet → publishes the local set.
   */
  start(): Promise<boolean>;
  /** After the local rules loaded: publishes them if they changed here since the last sync. */
  publish(): Promise<number | null>;
  /**
   * On the tick: as start, except that a local change that does not load is left alone (neither
   * published nor overwritten). True when files were written (reload them).
   */
  follow(): Promise<boolean>;
}

export function createRuleSync(options: RuleSyncOptions): RuleSync {
  const { store, rulesDir, name, logger } = options;
  const recordPath = ruleSyncRecordPath(options.dataDir, name, rulesDir);
  /** The newest revision already dealt with (adopted, matched, refused or published here). */
  let known = 0;
  /** The set the local files were last in step with (on disk: survives a restart). */
  let synced: RuleSyncRecord | null = readRuleSyncRecord(recordPath);
  /** The hash of local files found not to load on a tick: not loaded again on every tick until they change. */
  let brokenLocal: string | null = null;

  const remember = (record: RuleSyncRecord): void => {
    known = Math.max(known, record.revision);
    if (synced?.hash === record.hash && synced.revision === record.revision) return;
    synced = { hash: record.hash, revision: record.revision };
    writeRuleSyncRecord(recordPath, synced, { name, rulesDir });
  };

  const problemsOf = (set: PublishedRuleSet): string[] => {
    const scratch = mkdtempSync(join(tmpdir(), 'yishiting-rules-'));
    try {
      writeRuleFiles(scratch, set.files);
      return checkRuleSet(scratch).problems.map((p) => p.message.split(`${scratch}/`).join(''));
    } catch (err) {
      return [err instanceof Error ? err.message : String(err)];
    } finally {
      rmSync(scratch, { recursive: true, force: true });
    }
  };

  const adopt = (latest: PublishedRuleSet): boolean => {
    if (latest.revision <= known) return false;
    known = latest.revision;
    const problems = problemsOf(latest);
    if (problems.length > 0) {
      logger.error(
        { ruleSet: name, revision: latest.revision, by: latest.publishedBy, problem: problems[0] },
        `published rule set "${name}" revision ${latest.revision} is broken and was not applied; keeping the current rules`,
      );
      return false;
    }
    writeRuleFiles(rulesDir, latest.files);
    remember(latest);
    logger.info({ ruleSet: name, revision: latest.revision, by: latest.publishedBy }, 'rules updated from the store');
    return true;
  };

  /** Publishes `files`; `over` is the store's different latest set they win over, if any. */
  const publishFiles = async (files: RuleFiles, hash: string, over: PublishedRuleSet | null): Promise<number | null> => {
    const revision = await store.publish(name, files, options.by, options.clock());
    if (revision === null) {
      // The latest set already holds these files (published meanwhile): in step with it.
      const latest = await store.latest(name);
      if (latest?.hash === hash) remember(latest);
      return null;
    }
    remember({ hash, revision });
    if (over)
      logger.info(
        { ruleSet: name, revision, over: over.revision },
        `local rules in ${rulesDir} changed since the last sync with the store; keeping them and publishing them as revision ${revision} of "${name}" over revision ${over.revision}`,
      );
    else logger.info({ ruleSet: name, revision }, 'rules published to the store');
    return revision;
  };

  const sync = async (checkLocal: boolean): Promise<boolean> => {
    const latest = await store.latest(name);
    const files = readRuleFiles(rulesDir);
    const hash = hashRuleFiles(files);
    if (latest?.hash === hash) {
      remember(latest);
      return false;
    }
    if (!latest || hash !== synced?.hash) {
      // Changed here since the last sync: the local edit wins, unless it does not load yet.
      if (checkLocal && (hash === brokenLocal || checkRuleSet(rulesDir).problems.length > 0)) {
        brokenLocal = hash;
        return false;
      }
      await publishFiles(files, hash, latest);
      return false;
    }
    return adopt(latest);
  };

  return {
    start: () => sync(false),
    async publish() {
      const files = readRuleFiles(rulesDir);
      const hash = hashRuleFiles(files);
      return hash === synced?.hash ? null : publishFiles(files, hash, null);
    },
    follow: () => sync(true),
  };
}
