// The directory of yishiting's package.json. This file runs both as TypeScript (src/infra, in
// tests) and compiled (dist/infra): both sit two levels below the root, so files that are not
// compiled — rules/*.yaml, the SQL migrations in src/infra/db/migrations — are found from either.
import { fileURLToPath } from 'node:url';

export const PACKAGE_ROOT = fileURLToPath(new URL('../..', import.meta.url));
