// What `export` and `stats` share: the date range (local dates in the configured zone), which
// database and config to read, category names, and the one-sentence Chinese errors for bad input.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { ParseArgsConfig } from 'node:util';
import { z } from 'zod';
import { configFromEnv } from '../config.js';
import { localParts, zonedTime } from '../core/local-time.js';
import { loadConfigFile, optionalConfigFile } from '../infra/config-file.js';
import { DEFAULT_DATABASE } from '../infra/db/open-database.js';
import { communityLedger } from '../infra/export/community-ledger.js';
import type { LedgerRange, LedgerReader } from '../infra/export/ledger-reader.js';
import type { Store } from '../infra/open-store.js';
import { isPgUrl, validateDatabaseUrl } from '../infra/pg/database-url.js';
import { cachedRules } from '../infra/rules/cached-rules.js';
import { loadYamlFile } from '../infra/rules/load-yaml.js';
import { resolveRulesDir } from '../infra/resolve-rules-dir.js';
import { HELP_OPTION, parseCliArgs } from './parse-cli-args.js';

/** A bad argument: the message is the one Chinese sentence the user sees. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export interface LedgerSettings {
  timeZone: string;
  database: string;
  /** Config ruleSet, when set (see sharedRuleSetName). */
  ruleSet: string | undefined;
  categoryName(code: string): string;
  /** Warnings to show on stderr (e.g. rules could not be read, category codes shown instead). */
  warnings: string[];
}

/** Config (timezone, database, rules) from --config, $YISHITING_CONFIG or ./yishiting.config.yaml if present; --db / $YISHITING_DB win. */
export function ledgerSettings(opts: { config?: string; db?: string }): LedgerSettings {
  const env = configFromEnv();
  const configFile = optionalConfigFile(opts.config, env.configFile);
  let timeZone = 'Asia/Shanghai';
  let database = DEFAULT_DATABASE;
  let rulesDir = 'rules';
  let ruleSet: string | undefined;
  if (configFile) {
    try {
      const config = loadConfigFile(configFile);
      ({ timezone: timeZone, database, rulesDir, ruleSet } = config);
    } catch (err) {
      throw new UsageError(`配置文件有误：${(err as Error).message}`);
    }
  }
  database = opts.db ?? env.database ?? database;
  if (isPgUrl(database)) {
    try {
      database = validateDatabaseUrl(database);
    } catch (err) {
      throw new UsageError((err as Error).message);
    }
  } else if (!existsSync(database)) {
    throw new UsageError(`找不到数据库文件 ${database}，请用 --db 指定（例如 yishiting sim --db demo.db 生成的文件）。`);
  } else if (!statSync(database).isFile()) throw new UsageError(`${database} 不是数据库文件，请用 --db 指定 .db 文件。`);
  const warnings: string[] = [];
  let names = new Map<string, string>();
  try {
    names = loadCategoryNames(resolveRulesDir(rulesDir, false));
  } catch (err) {
    warnings.push(`读取类别名称失败（${(err as Error).message}），类别以代码显示。`);
  }
  return { timeZone, database, ruleSet, categoryName: (code) => names.get(code) ?? code, warnings };
}

/**
 * A local calendar date: 2026-11-05, 2026/11/5 or 20261105 → [y, m, d]; UsageError if it does
 * not parse or does not exist (2026-02-30).
 */
function parseLocalDate(text: string, flag: string): [number, number, number] {
  const t = text.trim();
  const parts = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (!parts) throw new UsageError(`${flag} 的日期「${text}」无法识别，请写成 2026-11-01 这样的格式。`);
  const [y, mo, d] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
  const probe = new Date(Date.UTC(y, mo - 1, d));
  if (probe.getUTCFullYear() !== y || probe.getUTCMonth() !== mo - 1 || probe.getUTCDate() !== d) {
    throw new UsageError(`${flag} 的日期「${text}」不存在，请检查年月日。`);
  }
  return [y, mo, d];
}

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

export interface ResolvedRange extends LedgerRange {
  /** "2026-11-01 至 2026-11-30". */
  label: string;
  fromDate: string;
  toDate: string;
}

/**
 * The range [from 00:00, day after `to` 00:00) in `timeZone`; both ends inclusive as dates.
 * Missing --from: `defaultFrom`; missing --to: today.
 */
export function resolveRange(
  from: string | undefined,
  to: string | undefined,
  now: Date,
  timeZone: string,
  defaultFrom: 'month-start' | 'all',
): ResolvedRange {
  const today = localParts(now, timeZone);
  const start: [number, number, number] = from
    ? parseLocalDate(from, '--from')
    : defaultFrom === 'month-start'
      ? [today.year, today.month, 1]
      : [2000, 1, 1];
  const end: [number, number, number] = to ? parseLocalDate(to, '--to') : [today.year, today.month, today.day];
  const fromDate = `${start[0]}-${pad(start[1])}-${pad(start[2])}`;
  const toDate = `${end[0]}-${pad(end[1])}-${pad(end[2])}`;
  if (toDate < fromDate) throw new UsageError(`--to（${toDate}）早于 --from（${fromDate}），请把结束日期写在开始日期之后。`);
  const next = new Date(Date.UTC(end[0], end[1] - 1, end[2] + 1));
  return {
    from: zonedTime(start[0], start[1], start[2], 0, 0, timeZone),
    to: zonedTime(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate(), 0, 0, timeZone),
    label: from || defaultFrom === 'month-start' ? `${fromDate} 至 ${toDate}` : `全部（至 ${toDate}）`,
    fromDate,
    toDate,
  };
}

const categoryNameSchema = z.object({ code: z.string().min(1), name: z.string().min(1) });

/**
 * Category display names from rules/categories/*.yaml — only code and name, so a ledger can be
 * exported even while other rule files are being edited. Rules that loaded before, unchanged, are
 * read from the file cache instead (parsing every category file took most of a second).
 */
export function loadCategoryNames(rulesDir: string): Map<string, string> {
  const cached = cachedRules(rulesDir).rules;
  if (cached) return new Map(cached.categories.map((c) => [c.code, c.name] as const));
  const dir = join(rulesDir, 'categories');
  const files = readdirSync(dir).filter((f) => /\.ya?ml$/i.test(f));
  return new Map(
    files.map((f) => {
      const c = loadYamlFile(join(dir, f), categoryNameSchema.loose());
      return [c.code, c.name] as const;
    }),
  );
}

type Values = Record<string, string | boolean | undefined>;

/**
 * The frame of `export` and `stats`: parses the options (plus --help), prints usage, and turns
 * a UsageError into its sentence with exit code 2, any other failure into `failure` + the reason
 * with exit code 1. `body` returns nothing on success (exit 0).
 */
export async function runLedgerCommand(
  argv: string[],
  help: string,
  options: NonNullable<ParseArgsConfig['options']>,
  failure: string,
  body: (values: Values) => Promise<void>,
): Promise<number> {
  const parsed = parseCliArgs(argv, { ...options, ...HELP_OPTION }, help);
  if (typeof parsed === 'number') return parsed;
  const values = parsed.values as Values;
  try {
    await body(values);
    return 0;
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`${err.message}\n`);
      return 2;
    }
    process.stderr.write(`${failure}${(err as Error).message}\n`);
    return 1;
  }
}

/**
 * What `export` and `stats` read: every community (a district report) when `--community` is absent,
 * else the one it names, with the range's label saying which.
 */
export async function communityScope(
  store: Store,
  range: ResolvedRange,
  community: string | undefined,
): Promise<{ reader: LedgerReader; range: ResolvedRange }> {
  const reader = store.ledger;
  if (community === undefined) return { reader, range };
  const names = (await store.tickets.listCommunities()).map((c) => c.name);
  if (!names.includes(community))
    throw new UsageError(`数据库里没有名为「${community}」的社区（有：${names.join('、') || '无'}）；不写 --community 则统计全部社区。`);
  return { reader: communityLedger(reader, community), range: { ...range, label: `${community}，${range.label}` } };
}
