// Files handed to the browser (exports, printed documents, attachments): the bytes the API
// returned as base64, named in both forms browsers read so Chinese names survive.
import { attachmentDisposition } from './content-disposition.ts';

export function fileResponse(
  file: { contentBase64: string; contentType: string; fileName: string },
  options: { disposition?: 'attachment' | 'inline' } = {},
): Response {
  const bytes = Buffer.from(file.contentBase64, 'base64');
  const extension = /\.[a-z0-9]+$/i.exec(file.fileName)?.[0] ?? '';
  const disposition = attachmentDisposition(file.fileName, `file${extension}`);
  return new Response(bytes, {
    headers: {
      'Content-Type': file.contentType,
      'Content-Length': String(bytes.byteLength),
      'Content-Disposition':
        options.disposition === 'inline'
          ? disposition.replace(/^attachment/, 'inline')
          : disposition,
      // Personal data: never kept by a shared cache.
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
    },
  });
}
