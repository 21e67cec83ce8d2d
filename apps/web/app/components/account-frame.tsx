// The frame of the account pages (sessions, two-factor): reachable before any tenant is open,
// e.g. when a county administrator must first set up two-factor sign-in.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../lib/i18n.ts';
import { SignOutButton } from './auth-frame.tsx';
import { LocaleSwitch } from './locale-switch.tsx';

export function AccountFrame({ children }: { children: ReactNode }) {
  const t = useT();
  return (
    <div className="flex min-h-screen flex-col">
      <header className="border-b border-slate-200 bg-white">
        <div className="mx-auto flex h-14 max-w-4xl items-center gap-3 px-4">
          <Link to="/" className="text-lg font-semibold text-brand-700">
            {t('app.name')}
          </Link>
          <nav aria-label={t('account.navLabel')} className="hidden gap-1 sm:flex">
            <Link
              to="/account/sessions"
              className="rounded-md px-2 py-1.5 text-sm text-slate-700 hover:bg-slate-100"
            >
              {t('userMenu.sessions')}
            </Link>
            <Link
              to="/account/two-factor"
              className="rounded-md px-2 py-1.5 text-sm text-slate-700 hover:bg-slate-100"
            >
              {t('userMenu.twoFactor')}
            </Link>
          </nav>
          <div className="ml-auto flex items-center gap-3">
            <LocaleSwitch />
            <SignOutButton />
          </div>
        </div>
      </header>
      <main id="main" className="mx-auto w-full max-w-4xl flex-1 px-4 py-6">
        <p className="mb-4">
          <Link
            to="/"
            className="text-sm text-brand-700 underline underline-offset-2 hover:text-brand-800"
          >
            ← {t('account.back')}
          </Link>
        </p>
        {children}
      </main>
    </div>
  );
}
