// A county becoming a customer: self-service sign-up.
import { newId } from '@concord/db/id';
import { systemScope, withScope } from '@concord/db/scope';
import { z } from 'zod';
import { publicProcedure, router } from '../../trpc.ts';
import { ZCountyDivisionCode, ZTenantSlug } from './division-code.ts';
import { signUpCounty } from './sign-up-county.ts';

export const ZSignUpCountyInput = z.object({
  countyName: z.string().trim().min(2).max(40),
  divisionCode: ZCountyDivisionCode,
  slug: ZTenantSlug,
  /** E-mail address or mainland mobile number. */
  adminLogin: z.string().trim().min(3).max(254),
  displayName: z.string().trim().min(1).max(60),
  password: z.string().min(1).max(1024),
});

export const countyRouter = router({
  /**
   * Public and unthrottled here: no captcha by decision; each call costs one argon2 hash and a
   * few rows, and the web layer (reverse proxy) is expected to rate-limit this endpoint per IP.
   * A flood would leave empty counties nobody can enter without the chosen password.
   */
  signUp: publicProcedure.input(ZSignUpCountyInput).mutation(async ({ ctx, input }) => {
    const countyId = newId();
    const { countySlug } = await withScope(ctx.db, systemScope([countyId]), (tx) =>
      signUpCounty(tx, {
        countyId,
        countyName: input.countyName,
        divisionCode: input.divisionCode,
        slug: input.slug,
        login: input.adminLogin,
        displayName: input.displayName,
        password: input.password,
        now: ctx.now(),
      }),
    );
    return { countySlug };
  }),
});
