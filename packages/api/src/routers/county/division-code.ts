// GB/T 2260 division codes as the statistics bureau extends them to 12 digits: province (2),
// city (2), county (2), town (3), village (3). Stored with 12 digits.
import { z } from 'zod';

const provinceCodes = /^(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[12])/;

/** A county (or district): 6 digits, or 12 ending in six zeros; stored as 12. */
export const ZCountyDivisionCode = z
  .string()
  .trim()
  .regex(/^\d{6}(0{6})?$/, 'DIVISION_CODE_SHAPE')
  .refine((code) => provinceCodes.test(code), 'DIVISION_CODE_PROVINCE')
  .refine((code) => code.slice(4, 6) !== '00', 'DIVISION_CODE_NOT_COUNTY')
  .transform((code) => code.slice(0, 6).padEnd(12, '0'));

/** A town (township, street): 9 digits, or 12 ending in three zeros; stored as 12. */
export const ZTownDivisionCode = z
  .string()
  .trim()
  .regex(/^\d{9}(0{3})?$/, 'DIVISION_CODE_SHAPE')
  .refine((code) => provinceCodes.test(code), 'DIVISION_CODE_PROVINCE')
  .refine(
    (code) => code.slice(4, 6) !== '00' && code.slice(6, 9) !== '000',
    'DIVISION_CODE_NOT_TOWN',
  )
  .transform((code) => code.slice(0, 9).padEnd(12, '0'));

/** The tenant slug as the `tenant_slug_shape` check constraint has it. */
export const ZTenantSlug = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{1,62}$/, 'SLUG_SHAPE');
