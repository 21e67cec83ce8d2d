import { describe, expect, it } from 'vitest';
import { isCrossSiteRequest } from './csrf.ts';

const base = {
  method: 'POST',
  host: 'concord.example:3000',
  secFetchSite: undefined,
  origin: undefined,
};

describe('isCrossSiteRequest', () => {
  it('lets reads through whatever their origin', () => {
    expect(isCrossSiteRequest({ ...base, method: 'GET', secFetchSite: 'cross-site' })).toBe(false);
  });

  it.each([
    ['same-origin', false],
    ['none', false],
    ['same-site', true],
    ['cross-site', true],
  ])('judges Sec-Fetch-Site %s', (site, refused) => {
    expect(isCrossSiteRequest({ ...base, secFetchSite: site })).toBe(refused);
  });

  it('falls back to Origin when Sec-Fetch-Site is absent', () => {
    expect(isCrossSiteRequest({ ...base, origin: 'http://concord.example:3000' })).toBe(false);
    expect(isCrossSiteRequest({ ...base, origin: 'http://evil.example' })).toBe(true);
    expect(isCrossSiteRequest({ ...base, origin: 'null' })).toBe(true);
  });

  it('lets a request with neither header through (not a browser, so no forged cookie)', () => {
    expect(isCrossSiteRequest(base)).toBe(false);
  });
});
