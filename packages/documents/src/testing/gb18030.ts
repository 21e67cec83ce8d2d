// Encodes text as GB18030 for test files. Node decodes GB18030 but cannot encode it, so the
// double-byte table is built by decoding every lead/trail pair once.
let table: Map<string, [number, number]> | undefined;

function doubleByteTable(): Map<string, [number, number]> {
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder('gb18030');
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue;
      const char = decoder.decode(new Uint8Array([lead, trail]));
      if (char.length === 1 && char !== '\ufffd' && !table.has(char))
        table.set(char, [lead, trail]);
    }
  }
  return table;
}

/** ASCII and every character of GBK; throws on anything else (four-byte GB18030 is not needed). */
export function encodeGb18030(text: string): Uint8Array {
  const bytes: number[] = [];
  for (const char of text) {
    const code = char.codePointAt(0)!;
    if (code < 0x80) {
      bytes.push(code);
      continue;
    }
    const pair = doubleByteTable().get(char);
    if (!pair) throw new RangeError(`not in GBK: ${char}`);
    bytes.push(...pair);
  }
  return new Uint8Array(bytes);
}
