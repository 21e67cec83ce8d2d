// What the I/O functions accept: the app-role database or a transaction opened on it, so a
// caller can compose several of them atomically.
import type * as schema from '@concord/db/schema';
import type { PgDatabase } from 'drizzle-orm/pg-core';
import type { PostgresJsQueryResultHKT } from 'drizzle-orm/postgres-js';

export type Executor = PgDatabase<PostgresJsQueryResultHKT, typeof schema>;
