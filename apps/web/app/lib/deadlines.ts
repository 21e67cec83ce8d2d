// The stage deadlines a county sets (DOMAIN.md §10): which stages, which units, and how a rule
// reads ("3 个工作日", "1 个月").
import type { MessageKey, Translate } from '@concord/i18n';

export const stageKinds = [
  'acceptance',
  'firstSession',
  'mediationConcluded',
  'judicialConfirmationApplication',
  'followUp',
  'enforcementApplication',
] as const;
export type StageKind = (typeof stageKinds)[number];

export const deadlineUnits = ['working_days', 'calendar_days', 'months'] as const;
export type DeadlineUnit = (typeof deadlineUnits)[number];

export interface StageDeadline {
  rule: { amount: number; unit: DeadlineUnit };
  warnDays: number;
}

export function isStageKind(value: unknown): value is StageKind {
  return typeof value === 'string' && (stageKinds as readonly string[]).includes(value);
}

export function isDeadlineUnit(value: unknown): value is DeadlineUnit {
  return typeof value === 'string' && (deadlineUnits as readonly string[]).includes(value);
}

export function stageKey(kind: StageKind): MessageKey {
  return `settings.deadlines.stage.${kind}`;
}

export function stageHintKey(kind: StageKind): MessageKey {
  return `settings.deadlines.from.${kind}`;
}

export function unitKey(unit: DeadlineUnit): MessageKey {
  return `settings.deadlines.unit.${unit}`;
}

/** "3 个工作日", "30 天", "1 个月". */
export function formatRule(t: Translate, rule: { amount: number; unit: string }): string {
  return isDeadlineUnit(rule.unit)
    ? t(`settings.deadlines.amount.${rule.unit}`, { amount: rule.amount })
    : `${rule.amount} ${rule.unit}`;
}
