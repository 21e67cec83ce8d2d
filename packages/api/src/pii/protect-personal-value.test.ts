import { describe, expect, it } from 'vitest';
import { blindIndex } from './blind-index.ts';
import type { PiiKeys } from './pii-keys.ts';
import { protectPersonalValue } from './protect-personal-value.ts';
import { openPersonalValue, sealPersonalValue } from './seal-personal-value.ts';

const keys: PiiKeys = {
  keyId: 3,
  encryptionKey: new Uint8Array(32).fill(1),
  indexKey: new Uint8Array(32).fill(2),
};
const id = '11010519491231002X';
const context = { rowId: '0190a000-0000-7000-8000-000000000001', field: 'id_number' } as const;

describe('personal values', () => {
  it('seal with the key id in front and open again', () => {
    const sealed = sealPersonalValue(keys, id, context);
    expect(sealed[0]).toBe(3);
    expect(Buffer.from(sealed).includes(Buffer.from(id))).toBe(false);
    expect(openPersonalValue(keys, sealed, context)).toBe(id);
  });

  it('do not open for another row, another field or an altered byte', () => {
    const sealed = sealPersonalValue(keys, id, context);
    expect(() => openPersonalValue(keys, sealed, { ...context, rowId: 'other' })).toThrow();
    expect(() => openPersonalValue(keys, sealed, { ...context, field: 'phone' })).toThrow();
    const altered = sealed.slice();
    altered[20] = (altered[20] ?? 0) ^ 1;
    expect(() => openPersonalValue(keys, altered, context)).toThrow();
  });

  it('still open under a retired key after rotation', () => {
    const sealed = sealPersonalValue(keys, id, context);
    const rotated: PiiKeys = {
      keyId: 4,
      encryptionKey: new Uint8Array(32).fill(9),
      indexKey: keys.indexKey,
      previousEncryptionKeys: new Map([[3, keys.encryptionKey]]),
    };
    expect(openPersonalValue(rotated, sealed, context)).toBe(id);
    expect(sealPersonalValue(rotated, id, context)[0]).toBe(4);
    expect(() =>
      openPersonalValue({ ...rotated, previousEncryptionKeys: undefined }, sealed, context),
    ).toThrow(/No PII encryption key with id 3/);
  });

  it('index the same value alike within a county, unrelated across counties and fields', () => {
    const index = (countyId: string, field: 'id_number' | 'phone') =>
      Buffer.from(blindIndex(keys, { countyId, field, value: id })).toString('hex');
    expect(index('county-a', 'id_number')).toBe(index('county-a', 'id_number'));
    expect(index('county-a', 'id_number')).not.toBe(index('county-b', 'id_number'));
    expect(index('county-a', 'id_number')).not.toBe(index('county-a', 'phone'));
  });

  it('keep the masked form for display', () => {
    const phone = protectPersonalValue(keys, {
      countyId: 'c',
      rowId: 'r',
      field: 'phone',
      value: '13812345678',
    });
    expect(phone.masked).toBe('138****5678');
    expect(phone.index).toHaveLength(32);
  });
});
