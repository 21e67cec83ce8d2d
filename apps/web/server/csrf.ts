// Cross-site request forgery defence: a state-changing request must come from our own origin.
// Browsers send Sec-Fetch-Site (and Origin) on every POST; a request with neither is not a
// browser's and so cannot carry a victim's cookie by forgery.
import type express from 'express';

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isCrossSiteRequest(request: {
  method: string;
  host: string | undefined;
  secFetchSite: string | undefined;
  origin: string | undefined;
}): boolean {
  if (SAFE_METHODS.has(request.method)) return false;
  if (request.secFetchSite)
    return request.secFetchSite !== 'same-origin' && request.secFetchSite !== 'none';
  if (request.origin) {
    try {
      return new URL(request.origin).host !== request.host;
    } catch {
      return true;
    }
  }
  return false;
}

export function refuseCrossSiteRequests(): express.Handler {
  return (req, res, next) => {
    const crossSite = isCrossSiteRequest({
      method: req.method,
      host: req.get('host'),
      secFetchSite: req.get('sec-fetch-site'),
      origin: req.get('origin'),
    });
    if (!crossSite) return next();
    res.locals.logger?.warn(
      { origin: req.get('origin'), site: req.get('sec-fetch-site') },
      'cross-site request refused',
    );
    res.status(403).type('text/plain').send('Cross-site request refused');
  };
}
