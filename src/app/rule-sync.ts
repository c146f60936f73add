// Rule changes reach every process of a district: a process publishes its rules to the store after
// they changed on its own machine and loaded (a saved edit, `rules suggest --apply`, the
// dashboard's 规则 page), and on its tick follows a newer set another process published, writing
// it into its rules directory (the caller then reloads, as the file watcher would).
// Sets are scoped by name (config ruleSet): processes with the same name share their rules.
// Content hashes keep it from echoing: a set written here is not published back, and a set equal
// to the local files is not written. A published set that fails the `rules check` loaders is never
// written: one log line, and the current rules stay.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Clock, Logger } from '../core/types.js';
import { readRuleFiles, writeRuleFiles } from '../infra/rules/rule-files.js';
import { hashRuleFiles, type PublishedRuleSet, type RuleSetStore } from '../infra/rules/rule-set-store.js';
import { checkRuleSet } from './check-rule-set.js';

export interface RuleSyncOptions {
  store: RuleSetStore;
  rulesDir: string;
  /** The set this process shares (config ruleSet). */
  name: string;
  /** Who publishes, for the record (the bot account, or 'web'). */
  by: string;
  clock: Clock;
  logger: Logger;
}

export interface RuleSync {
  /**
   * At start: adopts the store's latest set when it differs from the local files (true: files
   * written, reload them); publishes the local set when the store has none yet.
   */
  start(): Promise<boolean>;
  /** After the local rules loaded: publishes them if they changed here since the last sync. */
  publish(): Promise<number | null>;
  /** On the tick: adopts a newer published set; true when files were written (reload them). */
  follow(): Promise<boolean>;
}

export function createRuleSync(options: RuleSyncOptions): RuleSync {
  const { store, rulesDir, name, logger } = options;
  /** The newest revision already dealt with (adopted, matched, refused or published here). */
  let known = 0;
  /** The hash of the rules last in step with the store: local files with another hash changed here. */
  let syncedHash: string | null = null;

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

  const adopt = (latest: PublishedRuleSet | null): boolean => {
    if (!latest || latest.revision <= known) return false;
    known = latest.revision;
    if (hashRuleFiles(readRuleFiles(rulesDir)) === latest.hash) {
      syncedHash = latest.hash;
      return false;
    }
    const problems = problemsOf(latest);
    if (problems.length > 0) {
      logger.error(
        { ruleSet: name, revision: latest.revision, by: latest.publishedBy, problem: problems[0] },
        `published rule set "${name}" revision ${latest.revision} is broken and was not applied; keeping the current rules`,
      );
      return false;
    }
    writeRuleFiles(rulesDir, latest.files);
    syncedHash = latest.hash;
    logger.info({ ruleSet: name, revision: latest.revision, by: latest.publishedBy }, 'rules updated from the store');
    return true;
  };

  const publish = async (): Promise<number | null> => {
    const files = readRuleFiles(rulesDir);
    const hash = hashRuleFiles(files);
    if (hash === syncedHash) return null;
    const revision = await store.publish(name, files, options.by, options.clock());
    syncedHash = hash;
    if (revision !== null) {
      known = revision;
      logger.info({ ruleSet: name, revision }, 'rules published to the store');
    }
    return revision;
  };

  return {
    async start() {
      const latest = await store.latest(name);
      if (latest) return adopt(latest);
      await publish();
      return false;
    },
    publish,
    follow: async () => adopt(await store.latest(name)),
  };
}
