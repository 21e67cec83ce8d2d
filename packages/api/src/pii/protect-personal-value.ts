// Everything stored for one personal value: sealed (to reveal), blind index (to search) and
// masked (to show). Callers pass the normalised value (parseResidentId / parseMobilePhone).
import { maskPhone } from '@concord/domain/party/mobile-phone';
import { maskIdNumber } from '@concord/domain/party/resident-id';
import { blindIndex } from './blind-index.ts';
import type { PersonalField, PiiKeys } from './pii-keys.ts';
import { sealPersonalValue } from './seal-personal-value.ts';

export interface ProtectedValue {
  sealed: Uint8Array;
  index: Uint8Array;
  masked: string;
}

const maskers: Record<PersonalField, (value: string) => string> = {
  id_number: maskIdNumber,
  phone: maskPhone,
};

export function protectPersonalValue(
  keys: PiiKeys,
  options: { countyId: string; rowId: string; field: PersonalField; value: string },
): ProtectedValue {
  const { countyId, rowId, field, value } = options;
  return {
    sealed: sealPersonalValue(keys, value, { rowId, field }),
    index: blindIndex(keys, { countyId, field, value }),
    masked: maskers[field](value),
  };
}
