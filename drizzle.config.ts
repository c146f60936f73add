// drizzle-kit configuration: `npx drizzle-kit generate` writes SQL migrations into src/infra/db/migrations/ from
// the schema; the bot applies them itself when it opens the database (src/infra/db/open-database.ts).
import { defineConfig } from 'drizzle-kit';

export default defineConfig({
  dialect: 'sqlite',
  schema: './src/infra/db/schema.ts',
  out: './src/infra/db/migrations',
  dbCredentials: { url: process.env.YISHITING_DB ?? 'data/yishiting.db' },
});
