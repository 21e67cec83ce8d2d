// Test helpers around poppler-utils (pdftotext, pdftoppm), installed on the build machines.
import { execFile } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** The text of a PDF as `pdftotext -layout` lays it out, pages separated by form feeds. */
export async function pdfToText(bytes: Uint8Array): Promise<string> {
  const child = run('pdftotext', ['-layout', '-enc', 'UTF-8', '-', '-'], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  child.child.stdin?.end(bytes);
  return (await child).stdout;
}

/** Text with all whitespace removed, so sentences that wrap across lines still match. */
export function squeeze(text: string): string {
  return text.replace(/\s+/g, '');
}

/** Writes the PDF to `pdfPath` and page 1 beside it as PNG (`<pdfPath without .pdf>-1.png`). */
export async function writeSample(pdfPath: string, bytes: Uint8Array): Promise<string> {
  await mkdir(dirname(pdfPath), { recursive: true });
  await writeFile(pdfPath, bytes);
  const prefix = pdfPath.replace(/\.pdf$/, '');
  await run('pdftoppm', ['-png', '-r', '60', '-f', '1', '-l', '1', '-singlefile', pdfPath, prefix]);
  return `${prefix}.png`;
}
