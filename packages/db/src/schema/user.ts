// People who sign in. Global (one person, one login): memberships give them roles per tenant.
import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  customType,
  index,
  integer,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { createdAt } from './columns.ts';

export const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
});

export const locales = ['zh-CN', 'en'] as const;
export type Locale = (typeof locales)[number];

export const user = pgTable(
  'user',
  {
    id: uuid().primaryKey(),
    /** Stored lower-cased. */
    email: text(),
    /** Mainland mobile number, 11 digits. */
    phone: text(),
    displayName: text().notNull(),
    passwordHash: text().notNull(),
    passwordChangedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    locale: text({ enum: locales }).notNull().default('zh-CN'),
    /** TOTP key; present once enrolment is confirmed. */
    totpKey: bytea(),
    totpEnabledAt: timestamp({ withTimezone: true }),
    /** The last accepted TOTP time step: a code of this step or earlier is refused (no replay). */
    totpLastStep: integer(),
    /** Key awaiting confirmation during enrolment. */
    totpPendingKey: bytea(),
    ...createdAt,
  },
  (t) => [
    uniqueIndex('user_email_key').on(t.email),
    uniqueIndex('user_phone_key').on(t.phone),
    check('user_has_login', sql`${t.email} is not null or ${t.phone} is not null`),
  ],
);

export const session = pgTable(
  'session',
  {
    /** The public half of the token `<id>.<secret>`. */
    id: text().primaryKey(),
    /** SHA-256 of the secret half; the secret itself is never stored. */
    secretHash: bytea().notNull(),
    userId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    ...createdAt,
    lastActiveAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
    /** Absolute end of life, whatever the activity. */
    expiresAt: timestamp({ withTimezone: true }).notNull(),
    /** False until the second factor is passed, for users who have one. */
    twoFactorVerified: boolean().notNull().default(false),
    userAgent: text(),
    ip: text(),
  },
  (t) => [index('session_user_id_idx').on(t.userId)],
);

export const recoveryCode = pgTable(
  'recovery_code',
  {
    id: uuid().primaryKey(),
    userId: uuid()
      .notNull()
      .references(() => user.id, { onDelete: 'cascade' }),
    codeHash: bytea().notNull(),
    usedAt: timestamp({ withTimezone: true }),
    ...createdAt,
  },
  (t) => [index('recovery_code_user_id_idx').on(t.userId)],
);

/** Failed sign-ins per key (`account:<id>` or `ip:<address>`), for growing delays. */
export const signInThrottle = pgTable('sign_in_throttle', {
  key: text().primaryKey(),
  failures: integer().notNull().default(0),
  blockedUntil: timestamp({ withTimezone: true }),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
});
