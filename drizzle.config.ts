// drizzle-kit configuration, one per dialect: `npm run db:generate` runs drizzle-kit twice and writes
// SQL migrations for SQLite into src/infra/db/migrations/ (from src/infra/db/schema.ts) and, with
// YISHITING_DIALECT=pg, for PostgreSQL into src/infra/pg/migrations/ (from src/infra/pg/pg-schema.ts).
// The bot applies them itself when it opens the store (src/infra/db/open-database.ts,
// src/infra/pg/open-pg-database.ts).
import { defineConfig } from 'drizzle-kit';

export default process.env.YISHITING_DIALECT === 'pg'
  ? defineConfig({
      dialect: 'postgresql',
      schema: './src/infra/pg/pg-schema.ts',
      out: './src/infra/pg/migrations',
      dbCredentials: { url: process.env.YISHITING_DB ?? 'postgres://postgres@127.0.0.1:5432/yishiting' },
    })
  : defineConfig({
      dialect: 'sqlite',
      schema: './src/infra/db/schema.ts',
      out: './src/infra/db/migrations',
      dbCredentials: { url: process.env.YISHITING_DB ?? 'data/yishiting.db' },
    });
