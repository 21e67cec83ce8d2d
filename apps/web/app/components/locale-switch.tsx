import { Form, useLocation } from 'react-router';
import { useLocale, useT } from '../lib/i18n.ts';

/** A plain form post, so switching works before (or without) JavaScript. */
export function LocaleSwitch() {
  const t = useT();
  const locale = useLocale();
  const location = useLocation();
  return (
    <Form method="post" action="/locale" reloadDocument>
      <input type="hidden" name="locale" value={locale === 'zh-CN' ? 'en' : 'zh-CN'} />
      <input type="hidden" name="returnTo" value={location.pathname + location.search} />
      <button
        type="submit"
        className="rounded-md border border-slate-300 px-3 py-1.5 text-sm hover:bg-slate-100"
        data-testid="locale-switch"
      >
        {t('locale.switch')}
      </button>
    </Form>
  );
}
