// Request bodies are refused before anything reads them when they are larger than the largest
// form the app takes (an intake with ten 10 MB attachments): `request.formData()` would
// otherwise hold the whole body in memory. Browsers always declare the length of a form post.
import { translate } from '@concord/i18n';
import type express from 'express';

/** Ten attachments of 10 MB and the rest of the intake form, with room for the envelope. */
export const MAX_BODY_BYTES = 101 * 1024 * 1024;

export type BodyVerdict = 'ok' | 'too_large' | 'length_required';

export function judgeBody(request: {
  contentLength: string | undefined;
  transferEncoding: string | undefined;
  limit: number;
}): BodyVerdict {
  if (request.contentLength !== undefined)
    return Number(request.contentLength) > request.limit ? 'too_large' : 'ok';
  // A streamed body of unknown length could be of any size.
  return request.transferEncoding ? 'length_required' : 'ok';
}

export function limitRequestBodies(limit = MAX_BODY_BYTES): express.Handler {
  return (req, res, next) => {
    const verdict = judgeBody({
      contentLength: req.get('content-length'),
      transferEncoding: req.get('transfer-encoding'),
      limit,
    });
    if (verdict === 'ok') return next();
    res.locals.logger?.warn({ length: req.get('content-length') }, 'request body refused');
    const megabytes = Math.floor(limit / 1024 / 1024);
    // Both languages: the page's locale is not known before the body would be read.
    const text = (['zh-CN', 'en'] as const)
      .map((locale) => translate(locale, 'error.requestTooLarge', { megabytes }))
      .join('\n');
    res
      .status(verdict === 'too_large' ? 413 : 411)
      .set('Connection', 'close')
      .type('text/plain')
      .send(text);
  };
}
