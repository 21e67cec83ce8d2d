import { describe, expect, it } from 'vitest';
import { detectFileType, extensionOf } from './detect-file-type.ts';

const bytes = (...parts: (string | number[])[]) =>
  new Uint8Array(
    parts.flatMap((part) => (typeof part === 'string' ? [...Buffer.from(part, 'latin1')] : part)),
  );

/** A minimal ZIP (stored, no compression) holding the named empty entries. */
function zipWith(names: string[]): Uint8Array {
  const local: number[] = [];
  const central: number[] = [];
  const u16 = (value: number) => [value & 0xff, value >> 8];
  const u32 = (value: number) => [
    value & 0xff,
    (value >> 8) & 0xff,
    (value >> 16) & 0xff,
    value >>> 24,
  ];
  for (const name of names) {
    const offset = local.length;
    const nameBytes = [...Buffer.from(name)];
    local.push(...u32(0x04034b50), ...u16(20), ...u16(0), ...u16(0), ...u16(0), ...u16(0));
    local.push(...u32(0), ...u32(0), ...u32(0), ...u16(nameBytes.length), ...u16(0), ...nameBytes);
    central.push(...u32(0x02014b50), ...u16(20), ...u16(20), ...u16(0), ...u16(0), ...u16(0));
    central.push(...u16(0), ...u32(0), ...u32(0), ...u32(0), ...u16(nameBytes.length), ...u16(0));
    central.push(...u16(0), ...u16(0), ...u16(0), ...u32(0), ...u32(offset), ...nameBytes);
  }
  const end = [
    ...u32(0x06054b50),
    ...u16(0),
    ...u16(0),
    ...u16(names.length),
    ...u16(names.length),
    ...u32(central.length),
    ...u32(local.length),
    ...u16(0),
  ];
  return new Uint8Array([...local, ...central, ...end]);
}

describe('detectFileType', () => {
  it.each([
    ['pdf', bytes('%PDF-1.7\n')],
    ['jpeg', bytes([0xff, 0xd8, 0xff, 0xe0], 'JFIF')],
    ['png', bytes([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], 'IHDR')],
    ['webp', bytes('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')],
    ['docx', zipWith(['[Content_Types].xml', '_rels/.rels', 'word/document.xml'])],
    ['xlsx', zipWith(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml'])],
  ])('recognises %s by its bytes', (type, content) => {
    expect(detectFileType(content)).toBe(type);
  });

  it.each([
    ['an executable', bytes('MZ', [0x90, 0, 3, 0])],
    ['a shell script', bytes('#!/bin/sh\nrm -rf /\n')],
    ['a plain ZIP', zipWith(['payload.exe'])],
    ['a ZIP without content types', zipWith(['word/document.xml'])],
    ['a RIFF that is not WebP', bytes('RIFF', [0, 0, 0, 0], 'AVI LIST')],
    ['nothing', new Uint8Array()],
  ])('refuses %s', (_label, content) => {
    expect(detectFileType(content)).toBeNull();
  });

  it('reads extensions case-insensitively', () => {
    expect(extensionOf('现场照片.JPG')).toBe('jpg');
    expect(extensionOf('no-extension')).toBe('');
    expect(extensionOf('archive.tar.gz')).toBe('gz');
  });
});
