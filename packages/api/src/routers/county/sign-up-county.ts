import { writeAudit } from '@concord/auth/audit/write-audit';
import { AuthError } from '@concord/auth/auth-error';
import { createUser } from '@concord/auth/user/create-user';
import { findUserByLogin } from '@concord/auth/user/find-user-by-login';
import { normalizeLogin } from '@concord/auth/user/normalize-login';
import type { Transaction } from '@concord/db/client';
import { newId } from '@concord/db/id';
import { membership, tenant } from '@concord/db/schema';
import { apiError } from '../../errors.ts';
import { applyDefaultConfiguration } from '../../seed/seed-configuration.ts';
import { isUniqueViolation } from './is-unique-violation.ts';

/**
 * A new county registers: the county tenant, its administrator's account and county_admin
 * membership, and the default configuration, all in the caller's transaction, which must run
 * under `systemScope([countyId])` (nobody is signed in yet). The administrator must enrol a
 * second factor at first sign-in; `tenantProcedure` enforces that for county_admin.
 */
export async function signUpCounty(
  tx: Transaction,
  options: {
    countyId: string;
    countyName: string;
    divisionCode: string;
    slug: string;
    login: string;
    displayName: string;
    password: string;
    now: Date;
  },
): Promise<{ countySlug: string; userId: string }> {
  const { countyId, now } = options;
  const login = normalizeLogin(options.login);
  if (!login) throw new AuthError('LOGIN_INVALID');

  // The slug is unique across all tenants, most of which this scope cannot see, so the unique
  // index is the check; its violation aborts the transaction, which is what we want anyway.
  try {
    await tx.insert(tenant).values({
      id: countyId,
      countyId,
      kind: 'county',
      slug: options.slug,
      name: options.countyName,
      divisionCode: options.divisionCode,
      createdAt: now,
    });
  } catch (error) {
    if (isUniqueViolation(error, 'tenant_slug_key'))
      throw apiError('CONFLICT', { reason: 'SLUG_TAKEN' });
    throw error;
  }

  // An existing login is refused rather than attached: sign-up is anonymous, so attaching would
  // let anyone make a stranger's account the administrator of a county they never asked for,
  // and asking for that account's password here would open a password oracle beside sign-in's
  // throttling. A person with an account is invited to the county by its administrator instead.
  // The refusal does tell that the login exists; sign-up is as enumerable as invitation
  // acceptance, and throttling of this public endpoint is the web layer's (see the router).
  if (await findUserByLogin(tx, { login })) throw apiError('CONFLICT', { reason: 'LOGIN_TAKEN' });
  let userId: string;
  try {
    ({ id: userId } = await createUser(tx, {
      login,
      displayName: options.displayName,
      password: options.password,
      now,
    }));
  } catch (error) {
    if (isUniqueViolation(error, 'user_email_key') || isUniqueViolation(error, 'user_phone_key'))
      throw apiError('CONFLICT', { reason: 'LOGIN_TAKEN' });
    throw error;
  }

  const membershipId = newId(now.getTime());
  await tx.insert(membership).values({
    countyId,
    tenantId: countyId,
    id: membershipId,
    userId,
    role: 'county_admin',
    createdAt: now,
  });
  await writeAudit(tx, {
    countyId,
    tenantId: countyId,
    actorUserId: userId,
    action: 'county.signed_up',
    targetType: 'tenant',
    targetId: countyId,
    detail: { slug: options.slug, name: options.countyName, divisionCode: options.divisionCode },
  });
  await writeAudit(tx, {
    countyId,
    tenantId: countyId,
    actorUserId: userId,
    action: 'membership.created',
    targetType: 'membership',
    targetId: membershipId,
    detail: { userId, role: 'county_admin' },
  });
  await applyDefaultConfiguration(tx, { countyId, actorUserId: userId });
  return { countySlug: options.slug, userId };
}
