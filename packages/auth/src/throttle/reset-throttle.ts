import { signInThrottle } from '@concord/db/schema';
import { eq } from 'drizzle-orm';
import type { Executor } from '../executor.ts';

/** Forgets the key's failures after a success. */
export async function resetThrottle(db: Executor, options: { key: string }): Promise<void> {
  await db.delete(signInThrottle).where(eq(signInThrottle.key, options.key));
}
