// Rule sets published to the store (table rule_sets): how a rule change made on one machine reaches
// the other bot processes of a district (src/app/rule-sync.ts). A set is every rule file under
// rules/ as {path relative to rules/: text}; revisions count up per set name.
import { createHash } from 'node:crypto';

/** Rule files by their path under the rules directory ('/' separated), e.g. 'categories/lighting.yaml'. */
export type RuleFiles = Record<string, string>;

export interface PublishedRuleSet {
  name: string;
  revision: number;
  hash: string;
  files: RuleFiles;
  publishedBy: string;
  publishedAt: Date;
}

export interface RuleSetStore {
  /**
   * Stores `files` as the next revision of set `name` and returns that revision, unless the
   * latest revision already holds the same files: then null (nothing written).
   */
  publish(name: string, files: RuleFiles, by: string, at: Date): Promise<number | null>;
  /** The newest revision of set `name`, or null when none was published. */
  latest(name: string): Promise<PublishedRuleSet | null>;
}

/** Content hash of a set: the same files give the same hash, whatever order they were read in. */
export function hashRuleFiles(files: RuleFiles): string {
  const sorted = Object.keys(files)
    .sort()
    .map((path) => [path, files[path]]);
  return createHash('sha256').update(JSON.stringify(sorted)).digest('hex');
}

/** A row of rule_sets (either dialect) as a PublishedRuleSet. */
export function toPublishedRuleSet({
  id: _,
  files,
  ...row
}: Omit<PublishedRuleSet, 'files'> & { id: number; files: string }): PublishedRuleSet {
  return { ...row, files: JSON.parse(files) as RuleFiles };
}
