import { defaultLocale, isLocale, type Locale, type Translate, translator } from '@concord/i18n';
import { useRouteLoaderData } from 'react-router';

/** The locale the root loader resolved for this request. */
export function useLocale(): Locale {
  const data = useRouteLoaderData<{ locale?: string }>('root');
  return isLocale(data?.locale) ? data.locale : defaultLocale;
}

export function useT(): Translate {
  return translator(useLocale());
}
