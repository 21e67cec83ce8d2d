// Text files from spreadsheet users arrive in whatever encoding their Excel used: UTF-8 with or
// without a BOM, GB18030 (Excel on Chinese Windows saves "CSV" in the ANSI code page, GBK, which
// GB18030 contains) or UTF-16 ("Unicode text").

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, index) => bytes[index] === byte);
}

function tryDecode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return null;
  }
}

/** The text of the bytes, or null when they are not text in any of the expected encodings. */
export function decodeText(bytes: Uint8Array): string | null {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return tryDecode('utf-8', bytes);
  if (startsWith(bytes, [0xff, 0xfe])) return tryDecode('utf-16le', bytes);
  if (startsWith(bytes, [0xfe, 0xff])) return tryDecode('utf-16be', bytes);
  // NUL bytes mean a binary file (an old .xls, a picture), which GB18030 would happily decode.
  if (bytes.includes(0)) return null;
  return tryDecode('utf-8', bytes) ?? tryDecode('gb18030', bytes);
}
