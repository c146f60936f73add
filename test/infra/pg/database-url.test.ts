import { describe, expect, it } from 'vitest';
import { DatabaseUrlError, isPgUrl, redactDatabaseUrl, validateDatabaseUrl } from '../../../src/infra/pg/database-url.js';

describe('database addresses', () => {
  it('tells a PostgreSQL address from an SQLite file', () => {
    expect(isPgUrl('postgres://u@db/yst')).toBe(true);
    expect(isPgUrl(' PostgreSQL://u@db/yst')).toBe(true);
    expect(isPgUrl('data/yishiting.db')).toBe(false);
    expect(isPgUrl('postgres.db')).toBe(false);
  });

  it('accepts a complete address', () => {
    expect(validateDatabaseUrl(' postgres://bot:pw@10.0.0.5:5432/district ')).toBe('postgres://bot:pw@10.0.0.5:5432/district');
  });

  it.each([
    ['postgres://bot:pw@db.example', '缺少数据库名'],
    ['postgres:///district', '缺少主机名'],
    ['postgres://bot:pw@db:notaport/district', '写法不对'],
    ['mysql://bot:pw@db/district', '应以 postgres:// 或 postgresql:// 开头'],
  ])('refuses %s in one sentence, without the password', (url, problem) => {
    const err = (() => {
      try {
        validateDatabaseUrl(url);
      } catch (e) {
        return e as Error;
      }
    })();
    expect(err).toBeInstanceOf(DatabaseUrlError);
    expect(err!.message).toContain(problem);
    expect(err!.message).not.toContain('pw');
  });

  it('hides the password in what it shows', () => {
    expect(redactDatabaseUrl('postgres://bot:p@ss/w@db:5432/x')).toBe('postgres://bot:***@db:5432/x');
    expect(redactDatabaseUrl('postgres://bot@db/x?password=abc&ssl=1')).toBe('postgres://bot@db/x?password=***&ssl=1');
    expect(redactDatabaseUrl('postgres://db/x')).toBe('postgres://db/x');
  });
});
