// A failed sign-in for an unknown login must cost about as much as one for a real account, so
// response times do not reveal which logins exist (the dummy argon2 verification).
import { createAuthConfig } from '@concord/auth/auth-config';
import { signIn } from '@concord/auth/sign-in/sign-in';
import { createUser } from '@concord/auth/user/create-user';
import { normalizeLogin } from '@concord/auth/user/normalize-login';
import { measure, ms } from '../measure.ts';
import type { Bench } from './bench.ts';

const config = createAuthConfig({ totpEncryptionKey: new Uint8Array(32) });
const RUNS = 9;

export const signInTimingBench: Bench = {
  name: 'sign-in timing',
  description:
    'Median time of a failed sign-in (wrong password vs unknown login), each from a fresh address.',
  async run({ app }) {
    const login = normalizeLogin('bench-user@example.cn')!;
    await createUser(app.db, {
      login,
      displayName: 'bench',
      password: 'Bench-password-2026',
      now: new Date(),
    });
    const attempt = (loginText: string, run: number) =>
      signIn(app.db, {
        login: loginText,
        password: 'not the password',
        ip: `10.9.${Math.floor(run / 250)}.${run % 250}`,
        userAgent: 'bench',
        now: new Date(),
        config,
      }).catch(() => undefined);
    const known = await measure(RUNS, (run) => attempt(login.value, run));
    const unknown = await measure(RUNS, (run) => attempt(`ghost-${run}@example.cn`, run + 100));
    const ratio = unknown.medianMs / known.medianMs;
    return [
      { subject: 'wrong password for an existing account', figure: ms(known.medianMs) },
      { subject: 'unknown login', figure: ms(unknown.medianMs) },
      {
        subject: 'unknown / existing',
        figure: ratio.toFixed(2),
        target: '0.5 – 2.0',
        met: ratio > 0.5 && ratio < 2,
      },
    ];
  },
};
