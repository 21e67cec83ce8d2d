// The ways a matter reaches a centre (DOMAIN.md §10 "case source"), in the order forms list them.
import type { MessageKey } from '@concord/i18n';

export const intakeChannels = [
  'window',
  'patrol',
  'screening_meeting',
  'hotline',
  'online',
  'police_referral',
  'court_referral',
  'procuratorate_referral',
  'letters_and_visits',
  'leader_reception',
] as const;

export type IntakeChannel = (typeof intakeChannels)[number];

export function isIntakeChannel(value: unknown): value is IntakeChannel {
  return typeof value === 'string' && (intakeChannels as readonly string[]).includes(value);
}

export function intakeChannelKey(channel: IntakeChannel): MessageKey {
  return `settings.channel.${channel}`;
}
