// Where the store lives: a postgres:// or postgresql:// address selects PostgreSQL, anything else
// is an SQLite file. An address is checked once, with one Chinese sentence for what is wrong, and
// shown only without its password.

const SCHEMES = ['postgres:', 'postgresql:'];

/** True when `target` names a PostgreSQL server (postgres://… or postgresql://…). */
export function isPgUrl(target: string): boolean {
  return /^postgres(ql)?:\/\//i.test(target.trim());
}

/** Raised for an address that cannot be a PostgreSQL database; the message never holds the password. */
export class DatabaseUrlError extends Error {
  override readonly name = 'DatabaseUrlError';
}

/**
 * Checks a postgres:// address: host, and a database name in the path. Returns it trimmed; throws
 * DatabaseUrlError with the address shown without its password.
 */
export function validateDatabaseUrl(target: string): string {
  const url = target.trim();
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new DatabaseUrlError(`数据库地址 ${redactDatabaseUrl(url)} 写法不对，应为 postgres://用户:密码@主机:端口/数据库名。`);
  }
  if (!SCHEMES.includes(parsed.protocol.toLowerCase())) {
    throw new DatabaseUrlError(`数据库地址 ${redactDatabaseUrl(url)} 应以 postgres:// 或 postgresql:// 开头。`);
  }
  if (!parsed.hostname && !parsed.searchParams.get('host')) {
    throw new DatabaseUrlError(`数据库地址 ${redactDatabaseUrl(url)} 缺少主机名，应为 postgres://用户:密码@主机:端口/数据库名。`);
  }
  if (parsed.pathname.replace(/^\//, '') === '') {
    throw new DatabaseUrlError(`数据库地址 ${redactDatabaseUrl(url)} 缺少数据库名，应为 postgres://用户:密码@主机:端口/数据库名。`);
  }
  return url;
}

/** The address with its password (if any) replaced by ***, for messages and logs. */
export function redactDatabaseUrl(target: string): string {
  return target.replace(/^([a-z][a-z0-9+.-]*:\/\/[^:@/]*:).*@/i, '$1***@').replace(/([?&]password=)[^&]*/i, '$1***');
}
