// Roles of a user in a tenant, and the invitations that create them.
import {
  foreignKey,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt, tenantOwned } from './columns.ts';
import { tenant } from './tenant.ts';
import { bytea, user } from './user.ts';

export const roles = [
  'county_admin',
  'town_admin',
  'intake_officer',
  'mediator',
  'finance_officer',
  'viewer',
] as const;
export type Role = (typeof roles)[number];

export const membership = pgTable(
  'membership',
  {
    ...tenantOwned,
    userId: uuid()
      .notNull()
      .references(() => user.id),
    role: text({ enum: roles }).notNull(),
    ...createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    uniqueIndex('membership_county_tenant_user_role_key').on(
      t.countyId,
      t.tenantId,
      t.userId,
      t.role,
    ),
    foreignKey({ columns: [t.countyId, t.tenantId], foreignColumns: [tenant.countyId, tenant.id] }),
  ],
);

export const invitation = pgTable(
  'invitation',
  {
    ...tenantOwned,
    /** Who is invited: an e-mail address or a mobile number. */
    login: text().notNull(),
    displayName: text().notNull(),
    role: text({ enum: roles }).notNull(),
    /** SHA-256 of the single-use token sent in the link. */
    tokenHash: bytea().notNull(),
    invitedBy: uuid()
      .notNull()
      .references(() => user.id),
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    acceptedAt: timestamp({ withTimezone: true }),
    acceptedBy: uuid().references(() => user.id),
    revokedAt: timestamp({ withTimezone: true }),
    ...createdAt,
  },
  (t) => [
    primaryKey({ columns: [t.countyId, t.id] }),
    uniqueIndex('invitation_county_token_hash_key').on(t.countyId, t.tokenHash),
    foreignKey({ columns: [t.countyId, t.tenantId], foreignColumns: [tenant.countyId, tenant.id] }),
  ],
);
