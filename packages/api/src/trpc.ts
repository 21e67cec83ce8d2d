// The procedure ladder: publicProcedure → authedProcedure (session) → tenantProcedure (tenant
// from the URL slug, membership, scoped transaction) → .use(can('case:assign')).
import type { AuthConfig } from '@concord/auth/auth-config';
import { type Permission, permissionsFor, roleRequiresTwoFactor } from '@concord/auth/permissions';
import type { SessionInfo } from '@concord/auth/session/session-info';
import type { AuthUser } from '@concord/auth/user/auth-user';
import type { Database, Transaction } from '@concord/db/client';
import type { Role, tenant } from '@concord/db/schema';
import { applyScope, type Scope, userScope, withScope } from '@concord/db/scope';
import { initTRPC } from '@trpc/server';
import { z } from 'zod';
import { apiError, isCodedError, toTRPCError } from './errors.ts';
import type { PiiKeys } from './pii/pii-keys.ts';
import type { FileStorage } from './storage/file-storage.ts';
import type { ScanHook } from './storage/scan-hook.ts';
import { resolveTenantAccess } from './tenancy/resolve-tenant-access.ts';

export interface ApiContext {
  /** Connected as the app role. */
  db: Database;
  /** The request's session as validated by the web layer, 2FA possibly still pending. */
  auth: { user: AuthUser; session: SessionInfo } | null;
  request: { ip: string | null; userAgent: string | null };
  authConfig: AuthConfig;
  now: () => Date;
  /** Keys sealing and indexing residents' ID numbers and phones. */
  pii: PiiKeys;
  /** Where generated documents and uploaded attachments are kept. */
  storage: FileStorage;
  /** Virus scan of uploads; without one they are recorded as not scanned. */
  scanHook?: ScanHook;
}

const t = initTRPC.context<ApiContext>().create({
  errorFormatter({ shape, error }) {
    // Never leak SQL or stack traces: the message is a stable code or a validation summary.
    const cause = error.cause as { details?: unknown; retryAfterSeconds?: number } | undefined;
    const details =
      cause?.details ??
      (cause?.retryAfterSeconds === undefined
        ? null
        : { retryAfterSeconds: cause.retryAfterSeconds });
    return {
      ...shape,
      message: error.code === 'INTERNAL_SERVER_ERROR' ? 'INTERNAL' : error.message,
      data: { code: shape.data.code, httpStatus: shape.data.httpStatus, details: details ?? null },
    };
  },
});

export const router = t.router;
export const createCallerFactory = t.createCallerFactory;

/** Errors with a stable code from domain/auth become tRPC errors with the mapped status. */
const codedErrors = t.middleware(async ({ next }) => {
  const result = await next();
  if (!result.ok && isCodedError(result.error.cause)) throw toTRPCError(result.error.cause);
  return result;
});

export const publicProcedure = t.procedure.use(codedErrors);

/** A session exists, its second factor possibly still pending (to complete it or sign out). */
export const sessionProcedure = publicProcedure.use(({ ctx, next }) => {
  const auth = ctx.auth;
  if (!auth) throw apiError('UNAUTHENTICATED');
  return next({ ctx: { ...ctx, auth } });
});

export const authedProcedure = sessionProcedure.use(({ ctx, next }) => {
  if (ctx.auth.user.totpEnabled && !ctx.auth.session.twoFactorVerified)
    throw apiError('TWO_FACTOR_REQUIRED');
  return next();
});

export interface TenantContext {
  tenant: typeof tenant.$inferSelect;
  roles: Role[];
  permissions: ReadonlySet<Permission>;
  scope: Scope;
  tx: Transaction;
}

export const ZTenantInput = z.object({ tenantSlug: z.string().min(1).max(63) });

/**
 * Resolves the tenant, checks membership (another tenant's slug → NOT_FOUND, never FORBIDDEN),
 * then runs the procedure in one transaction under the request's scope; a failed procedure
 * rolls the transaction back.
 */
export const tenantProcedure = authedProcedure
  .input(ZTenantInput)
  .use(async ({ ctx, input, next }) => {
    const userId = ctx.auth.user.id;
    return withScope(ctx.db, userScope(userId), async (tx) => {
      const access = await resolveTenantAccess(tx, { userId, slug: input.tenantSlug });
      if (!access) throw apiError('NOT_FOUND');
      const needsTwoFactor =
        access.tenant.requireTwoFactor || access.roles.some(roleRequiresTwoFactor);
      if (needsTwoFactor && !ctx.auth.user.totpEnabled)
        throw apiError('TWO_FACTOR_ENROLMENT_REQUIRED');
      await applyScope(tx, access.scope);
      const tenantContext: TenantContext = {
        ...access,
        permissions: permissionsFor(access.roles),
        tx,
      };
      const result = await next({ ctx: { ...ctx, ...tenantContext } });
      if (!result.ok) throw result.error;
      return result;
    });
  });

/** Refuses the call unless one of the member's roles grants `permission`. */
export function can(permission: Permission) {
  return t.middleware(({ ctx, next }) => {
    const permissions = (ctx as Partial<TenantContext>).permissions;
    if (!permissions?.has(permission)) throw apiError('FORBIDDEN', { permission });
    return next();
  });
}

/** Mutations on a deactivated town are refused; it stays readable. */
export const activeTenant = t.middleware(({ ctx, next }) => {
  if (!(ctx as Partial<TenantContext>).tenant?.active) throw apiError('TENANT_INACTIVE');
  return next();
});
