// The bot's configuration: one zod schema, validated at the edge. createConfig() takes plain data
// (from YAML, a test, or the built-in demo); configFromEnv() only picks env overrides.
import { z } from 'zod';
import { normaliseName } from './core/text/normalise-text.js';
import { STAFF_ROLES } from './core/tickets/staff-roles.js';
import { validateDatabaseUrl } from './infra/pg/database-url.js';

const hhmm = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, '应为一天中的时刻，24 小时制，例如 "07:30"');

/** An IANA time zone name that this Node knows (Asia/Shanghai); "Beijing" or "UTC+8" are not. */
function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

const staffSchema = z.strictObject({
  /** The remark (备注) the bot account gave this contact on the phone: the stable identity. */
  // Normalised as the WeChat edge normalises what it reads, so a remark pasted with an invisible
  // character still matches.
  remark: z.string().transform(normaliseName).pipe(z.string().min(1)),
  /** How the bot names this person in messages. */
  name: z.string().min(1),
  role: z.enum(STAFF_ROLES),
  /** Buildings, zones or xiaoqu this person covers; "*" for all. */
  covers: z.array(z.string().min(1)).default(['*']),
});

const groupSchema = z.strictObject({
  /** The group's WeChat topic, normalised as the edge normalises the topics it reads (as remarks are). */
  topic: z.string().transform(normaliseName).pipe(z.string().min(1)),
  /** residents: reports are read here; staff: escalations, digests and urgent alerts go here. */
  role: z.enum(['residents', 'staff']),
  /** The 小区 a residents' group belongs to. */
  xiaoqu: z.string().min(1).optional(),
  watched: z.boolean().default(true),
});

const communitySchema = z.strictObject({
  name: z.string().min(1),
  groups: z.array(groupSchema).min(1),
  staff: z.array(staffSchema).default([]),
  /** Emergency numbers quoted in urgent replies. */
  emergency: z
    .strictObject({
      gas: z.string().default('燃气抢修电话 96777'),
      fire: z.string().default('119'),
      police: z.string().default('110'),
      medical: z.string().default('120'),
      property: z.string().optional(),
    })
    .prefault({}),
});

export const configSchema = z.strictObject({
  timezone: z
    .string()
    .refine(isTimeZone, { error: (issue) => `「${String(issue.input)}」不是有效的时区，请写时区名，例如 Asia/Shanghai（北京时间）` })
    .default('Asia/Shanghai'),
  /** An SQLite file, or a PostgreSQL server (postgres://用户:密码@主机:端口/数据库名). */
  database: z
    .string()
    .trim()
    .min(1, '不能为空')
    .superRefine((value, ctx) => {
      if (!value.includes('://')) return;
      try {
        validateDatabaseUrl(value);
      } catch (err) {
        ctx.addIssue({ code: 'custom', message: (err as Error).message.replace(/。$/, '') });
      }
    })
    .default('data/yishiting.db'),
  rulesDir: z.string().default('rules'),
  /**
   * The published rule set this process shares with the others on its store (src/app/rule-sync.ts);
   * unset: 'default' on PostgreSQL, no sharing on SQLite (sharedRuleSetName).
   */
  ruleSet: z.string().trim().min(1, '不能为空').optional(),
  bot: z
    .strictObject({
      name: z.string().default('社区小助手'),
      /** Wechaty puppet package; the simulator always uses wechaty-puppet-mock. */
      puppet: z.string().default('wechaty-puppet-wechat4u'),
      /** Session (memory card) name; stored under data/ with mode 600. */
      session: z.string().default('yishiting'),
    })
    .prefault({}),
  sending: z
    .strictObject({
      minIntervalMs: z.number().int().min(0).default(1500),
      quietHours: z
        .strictObject({ start: hhmm.default('22:00'), end: hhmm.default('07:00') })
        .nullable()
        .prefault({}),
      maxAttempts: z.number().int().min(1).default(8),
      /** First retry delay after a failed send (WeChat's 1205 "too fast"); doubles each time, at most 10 minutes. */
      retryBaseMs: z.number().int().min(1).default(5000),
    })
    .prefault({}),
  tickets: z
    .strictObject({
      /** A new report merges into an open ticket of the same category and building within this window. */
      mergeWindowHours: z.number().positive().default(72),
      /** An image from a reporter within this many minutes after their report is attached to it. */
      imageAttachMinutes: z.number().positive().default(10),
    })
    .prefault({}),
  /** Urgent tickets nobody took: raised to the responsible worker and every admin, quiet hours or not. */
  urgent: z
    .strictObject({
      /** Minutes after an urgent report (or its reopening) before it is raised, when nobody took it. */
      ackMinutes: z.number().positive().default(15),
      /** Raised again this often until someone takes it. */
      repeatMinutes: z.number().positive().default(15),
    })
    .prefault({}),
  schedule: z
    .strictObject({
      digestTime: hhmm.default('18:00'),
      /** ISO weekday (1 = Monday) and time of the weekly hot-spot report. */
      weeklyReport: z.strictObject({ weekday: z.number().int().min(1).max(7).default(1), time: hhmm.default('09:00') }).prefault({}),
      monthlySummary: z.boolean().default(false),
      /** Overdue escalations repeat at this interval, never more often. */
      escalationRepeatHours: z.number().positive().default(24),
      /** Remind the assignee this long before the resolution deadline. */
      dueSoonHours: z.number().positive().default(4),
      followUp: z
        .strictObject({
          remindAfterHours: z.number().positive().default(24),
          closeAfterHours: z.number().positive().default(72),
        })
        .prefault({}),
      /** Alert staff when no message has arrived for this long. */
      silenceAlertHours: z.number().positive().default(6),
      /** How often `start` checks for due work, retries and silence. */
      tickSeconds: z.number().positive().default(30),
    })
    .prefault({}),
  /** The staff dashboard (`yishiting web`; `yishiting start` serves it too when `port` is set). */
  web: z
    .strictObject({
      port: z.number().int().min(1).max(65535).optional(),
      /** Loopback by default: put a TLS reverse proxy in front to reach it from phones. */
      host: z.string().min(1).default('127.0.0.1'),
      /** The address staff open, used in sign-in links (#登录); default http://127.0.0.1:<port>. */
      baseUrl: z.url({ protocol: /^https?$/ }).optional(),
      /** A signed-in session ends after this many hours. */
      sessionHours: z.number().positive().max(720).default(12),
    })
    .prefault({}),
  communities: z.array(communitySchema).min(1),
});

export type Config = z.infer<typeof configSchema>;
export type CommunityConfig = z.infer<typeof communitySchema>;
export type StaffConfig = z.infer<typeof staffSchema>;

/** Validates plain data into a Config; throws an Error whose message lists every problem with its path. */
export function createConfig(input: unknown, source = 'config'): Config {
  const parsed = configSchema.safeParse(input);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
    throw new Error(`${source} is invalid: ${problems}`);
  }
  return parsed.data;
}

/** Environment overrides, read only in main.ts/cli.ts. */
export function configFromEnv(env: NodeJS.ProcessEnv = process.env): { configFile?: string; database?: string; puppet?: string } {
  return {
    configFile: env.YISHITING_CONFIG || undefined,
    database: env.YISHITING_DB || undefined,
    puppet: env.WECHATY_PUPPET || undefined,
  };
}

/** The fixed demo cast of `yishiting sim` (docs/cli.md). */
export const demoConfigInput = {
  communities: [
    {
      name: '金阳社区',
      groups: [
        { topic: '金阳花园业主群', role: 'residents', xiaoqu: '金阳花园' },
        { topic: '金阳社区工作群', role: 'staff' },
      ],
      staff: [
        { remark: '李网格员', name: '李网格员', role: 'worker', covers: ['金阳花园'] },
        { remark: '赵师傅', name: '赵师傅', role: 'worker', covers: ['*'] },
        { remark: '王主任', name: '王主任', role: 'admin', covers: ['*'] },
      ],
      emergency: { property: '物业值班电话见群公告' },
    },
  ],
};
