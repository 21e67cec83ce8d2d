import { Form } from 'react-router';
import { LocaleSwitch } from '../components/locale-switch.tsx';
import { useT } from '../lib/i18n.ts';

export default function SignIn() {
  const t = useT();
  return (
    <div className="flex min-h-screen flex-col">
      <header className="flex items-center justify-between px-4 py-3 sm:px-8">
        <span className="text-lg font-semibold text-brand-700">{t('app.name')}</span>
        <LocaleSwitch />
      </header>
      <main className="flex flex-1 items-center justify-center px-4">
        <div className="w-full max-w-sm rounded-xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
          <h1 className="text-2xl font-semibold">{t('signIn.title')}</h1>
          <p className="mt-1 text-sm text-slate-600">{t('signIn.subtitle')}</p>
          <Form method="post" className="mt-6 space-y-4">
            <label className="block">
              <span className="text-sm font-medium">{t('signIn.login')}</span>
              <input
                name="login"
                autoComplete="username"
                required
                className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2"
              />
            </label>
            <label className="block">
              <span className="text-sm font-medium">{t('signIn.password')}</span>
              <input
                name="password"
                type="password"
                autoComplete="current-password"
                required
                className="mt-1 block w-full rounded-md border border-slate-300 px-3 py-2"
              />
            </label>
            <button
              type="submit"
              className="w-full rounded-md bg-brand-700 px-4 py-2.5 font-medium text-white hover:bg-brand-800"
            >
              {t('signIn.submit')}
            </button>
          </Form>
          <p className="mt-4 text-xs text-slate-500">{t('signIn.demoHint')}</p>
        </div>
      </main>
      <footer className="px-4 py-4 text-center text-xs text-slate-500">
        {t('footer.copyright')}
      </footer>
    </div>
  );
}
