// Two append-only logs. `auditLog` is tenant-owned and hash-chained per tenant (configuration,
// memberships, invitations, reveals of personal data). `securityEvent` is global: sign-ins,
// sign-outs, 2FA and session changes of a user, which belong to no tenant.
import { sql } from 'drizzle-orm';
import {
  bigint,
  foreignKey,
  index,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantOwned } from './columns.ts';
import { tenant } from './tenant.ts';
import { bytea } from './user.ts';

export const auditLog = pgTable(
  'audit_log',
  {
    ...tenantOwned,
    /** Position in the tenant's chain; the trigger sets it and both hashes. */
    seq: bigint({ mode: 'number' }).notNull().default(0),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Null for the system scope (jobs, webhooks). */
    actorUserId: uuid(),
    action: text().notNull(),
    targetType: text(),
    targetId: text(),
    detail: jsonb().$type<Record<string, unknown>>().notNull().default({}),
    prevHash: bytea().notNull().default(sql`'\\x'::bytea`),
    hash: bytea().notNull().default(sql`'\\x'::bytea`),
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    uniqueIndex('audit_log_county_tenant_seq_key').on(t.countyId, t.tenantId, t.seq),
    foreignKey({ columns: [t.countyId, t.tenantId], foreignColumns: [tenant.countyId, tenant.id] }),
  ],
);

export const securityEvent = pgTable(
  'security_event',
  {
    id: uuid().primaryKey(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    userId: uuid(),
    kind: text().notNull(),
    ip: text(),
    userAgent: text(),
    detail: jsonb().$type<Record<string, unknown>>().notNull().default({}),
  },
  (t) => [index('security_event_user_id_at_idx').on(t.userId, t.at)],
);
