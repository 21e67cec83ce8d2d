// The user as the rest of the app sees it: no password hash, no TOTP keys.

import type { Locale } from '@concord/db/schema';
import { user } from '@concord/db/schema';

export interface AuthUser {
  id: string;
  email: string | null;
  phone: string | null;
  displayName: string;
  locale: Locale;
  totpEnabled: boolean;
  passwordChangedAt: Date;
}

/** Columns to select for an AuthUser; `totpEnabledAt` stands in for the key itself. */
export const authUserColumns = {
  id: user.id,
  email: user.email,
  phone: user.phone,
  displayName: user.displayName,
  locale: user.locale,
  totpEnabledAt: user.totpEnabledAt,
  passwordChangedAt: user.passwordChangedAt,
};

/** Picks the fields one by one: the row may be the full user, secrets included. */
export function toAuthUser(row: {
  id: string;
  email: string | null;
  phone: string | null;
  displayName: string;
  locale: Locale;
  totpEnabledAt: Date | null;
  passwordChangedAt: Date;
}): AuthUser {
  return {
    id: row.id,
    email: row.email,
    phone: row.phone,
    displayName: row.displayName,
    locale: row.locale,
    totpEnabled: row.totpEnabledAt !== null,
    passwordChangedAt: row.passwordChangedAt,
  };
}

/** The user's logins, for the password policy and the authenticator label. */
export function loginsOf(row: { email: string | null; phone: string | null }): string[] {
  return [row.email, row.phone].filter((login): login is string => login !== null);
}
