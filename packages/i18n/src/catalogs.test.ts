import { describe, expect, it } from 'vitest';
import { catalogs, formatDate, type Locale, locales, translate } from './index.ts';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('message catalogs', () => {
  const reference = Object.keys(catalogs['zh-CN']).sort();

  it.each(locales)('%s has exactly the keys of zh-CN', (locale: Locale) => {
    expect(Object.keys(catalogs[locale]).sort()).toEqual(reference);
  });

  it.each(locales)(
    '%s has no empty message and the same placeholders as zh-CN',
    (locale: Locale) => {
      for (const key of reference) {
        const message = catalogs[locale][key as keyof (typeof catalogs)['zh-CN']];
        expect(message.trim(), key).not.toBe('');
        expect(placeholders(message), key).toEqual(
          placeholders(catalogs['zh-CN'][key as keyof (typeof catalogs)['zh-CN']]),
        );
      }
    },
  );

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(translate('en', 'signIn.error.throttled', { seconds: 30 })).toBe(
      'Too many attempts. Try again in 30 seconds.',
    );
    expect(translate('zh-CN', 'signIn.error.throttled')).toContain('{seconds}');
  });

  it('formats dates the Chinese way', () => {
    expect(formatDate('zh-CN', new Date('2026-11-25T02:00:00Z'))).toBe('2026年11月25日');
    expect(formatDate('en', new Date('2026-11-25T02:00:00Z'))).toBe('Nov 25, 2026');
  });
});
