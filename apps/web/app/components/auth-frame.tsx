// The frame of the pages before the app shell: sign-in, second factor, invitations.
import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { useT } from '../lib/i18n.ts';
import { LocaleSwitch } from './locale-switch.tsx';

export function AuthFrame({
  title,
  subtitle,
  children,
  footer,
  wide = false,
}: {
  title: ReactNode;
  subtitle?: ReactNode;
  children: ReactNode;
  footer?: ReactNode;
  /** For longer forms (county sign-up). */
  wide?: boolean;
}) {
  const t = useT();
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between px-4 py-3 sm:px-8">
        <Link to="/" className="text-lg font-semibold text-brand-700">
          {t('app.name')}
        </Link>
        <LocaleSwitch />
      </header>
      <main className="flex flex-1 items-start justify-center px-4 py-6 sm:items-center">
        <div
          className={`w-full ${wide ? 'max-w-lg' : 'max-w-sm'} rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8`}
        >
          <h1 className="text-2xl font-semibold">{title}</h1>
          {subtitle ? <p className="mt-1 text-sm text-slate-600">{subtitle}</p> : null}
          <div className="mt-6">{children}</div>
          {footer ? <div className="mt-6 border-t border-slate-100 pt-4">{footer}</div> : null}
        </div>
      </main>
      <footer className="px-4 py-4 text-center text-xs text-slate-600">
        {t('footer.copyright')}
      </footer>
    </div>
  );
}

/** Sign-out as a link-styled button: a POST, so a stray GET (prefetch, crawler) cannot sign out. */
export function SignOutButton({ className }: { className?: string }) {
  const t = useT();
  return (
    <form method="post" action="/sign-out">
      <button
        type="submit"
        className={
          className ?? 'text-sm text-brand-700 underline underline-offset-2 hover:text-brand-800'
        }
        data-testid="sign-out"
      >
        {t('userMenu.signOut')}
      </button>
    </form>
  );
}
