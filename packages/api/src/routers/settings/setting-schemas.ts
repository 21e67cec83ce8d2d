// One zod schema per configuration key (`tenant_setting.key`). Values are validated here on the
// way in and parsed again on the way out, so a reader always gets the typed shape.
import { intakeChannels, type SettingKey, settingKeys } from '@concord/db/schema';
import { formatCaseNumber } from '@concord/domain/case/case-number';
import {
  deadlineUnits,
  type StageDeadline,
  type StageDeadlineKind,
  stageDeadlineKinds,
} from '@concord/domain/deadline/stage-deadlines';
import { z } from 'zod';

const tierName = z.string().trim().min(1).max(10);

/** Tier depth and names: index 0 names tier 1 (the county) … index depth-1 the leaf. */
export const ZTiersSetting = z
  .object({
    depth: z.union([z.literal(3), z.literal(4)]),
    names: z.array(tierName).min(3).max(4),
  })
  .superRefine((value, context) => {
    if (value.names.length !== value.depth)
      context.addIssue({ code: 'custom', path: ['names'], message: 'ONE_NAME_PER_LEVEL' });
  });

export const ZIntakeChannelsSetting = z.object({
  enabled: z
    .array(z.enum(intakeChannels))
    .min(1)
    .refine((list) => new Set(list).size === list.length, 'DUPLICATE_CHANNEL'),
});

// The shape of packages/domain's StageDeadline, so a stored value goes straight to
// `computeDueDate(start, stage.rule, calendar)`. Amount 0 is allowed: the default follow-up
// visit falls due on the performance deadline itself (0 days after it).
export const ZStageDeadline = z.object({
  rule: z.object({
    amount: z.number().int().min(0).max(365),
    unit: z.enum(deadlineUnits),
  }),
  warnDays: z.number().int().min(0).max(365),
});

const stageShape = Object.fromEntries(
  stageDeadlineKinds.map((kind) => [kind, ZStageDeadline]),
) as Record<StageDeadlineKind, typeof ZStageDeadline>;

export const ZStageDeadlinesSetting = z.object({
  stages: z.object(stageShape),
  /** Per dispute category (its id): the stages that differ from `stages`. */
  categoryOverrides: z
    .record(z.guid(), z.object(stageShape).partial())
    .refine((overrides) => Object.keys(overrides).length <= 500, 'TOO_MANY_OVERRIDES'),
});

/** A prefix must format into a case number that parses back (no digits, spaces, brackets, 字第). */
const numberPrefix = z
  .string()
  .trim()
  .min(1)
  .max(20)
  .refine((prefix) => {
    try {
      formatCaseNumber({ year: 2026, prefix, sequence: 1 });
      return true;
    } catch {
      return false;
    }
  }, 'INVALID_PREFIX');

export const ZNumberingSetting = z.object({
  casePrefix: numberPrefix,
  agreementPrefix: numberPrefix,
});

/** Keys a town may override; `town_overrides` itself is always the county's. */
export const overridableSettingKeys = settingKeys.filter(
  (key): key is Exclude<SettingKey, 'town_overrides'> => key !== 'town_overrides',
);

export const ZTownOverridesSetting = z.object({
  keys: z
    .array(z.enum(overridableSettingKeys))
    .refine((list) => new Set(list).size === list.length, 'DUPLICATE_KEY'),
});

export const settingSchemas = {
  tiers: ZTiersSetting,
  intake_channels: ZIntakeChannelsSetting,
  stage_deadlines: ZStageDeadlinesSetting,
  numbering: ZNumberingSetting,
  town_overrides: ZTownOverridesSetting,
} as const satisfies Record<SettingKey, z.ZodType>;

export type SettingValues = { [K in SettingKey]: z.output<(typeof settingSchemas)[K]> };
export type TiersSetting = SettingValues['tiers'];
export type StageDeadlinesSetting = SettingValues['stage_deadlines'];
export type NumberingSetting = SettingValues['numbering'];

/** The update input: the key picks the value's schema, so a bad value is a BAD_REQUEST. */
export const ZSettingEntry = z.discriminatedUnion('key', [
  z.object({ key: z.literal('tiers'), value: ZTiersSetting }),
  z.object({ key: z.literal('intake_channels'), value: ZIntakeChannelsSetting }),
  z.object({ key: z.literal('stage_deadlines'), value: ZStageDeadlinesSetting }),
  z.object({ key: z.literal('numbering'), value: ZNumberingSetting }),
  z.object({ key: z.literal('town_overrides'), value: ZTownOverridesSetting }),
]);
export type SettingEntry = z.output<typeof ZSettingEntry>;

export function parseSettingValue<K extends SettingKey>(key: K, value: unknown): SettingValues[K] {
  return settingSchemas[key].parse(value) as SettingValues[K];
}

/** The stage limits for a case of `categoryId`: the county's, with that category's overrides. */
export function stageDeadlinesFor(
  setting: StageDeadlinesSetting,
  categoryId: string | null,
): Record<StageDeadlineKind, StageDeadline> {
  const overrides = categoryId ? setting.categoryOverrides[categoryId] : undefined;
  return { ...setting.stages, ...overrides } as Record<StageDeadlineKind, StageDeadline>;
}
