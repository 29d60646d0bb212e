import { defineConfig } from 'drizzle-kit';

/**
 * drizzle-kit generates SQL migrations from the schema: `npm run db:generate`. Review the SQL and
 * commit it; custom migrations (extensions, triggers) are made with `--custom --name=<what>`.
 */
export default defineConfig({
  dialect: 'postgresql',
  schema: './platform/storage/schema/index.ts',
  out: './platform/storage/migrations',
  strict: true,
  verbose: true,
});
