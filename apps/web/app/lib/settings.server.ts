// Loaders and actions of the settings pages: the value in force with its history (each version
// with what it changed), and saving a new version from the version the editor started from.
import type { AppContext } from '../context.server.ts';
import type { api } from './api.server.ts';
import { failureStatus, formFailure } from './api-errors.server.ts';
import type { FormFailure } from './messages.ts';
import { historyWithChanges } from './setting-diff.ts';
import type { TenantData } from './tenant-data.ts';

export type Caller = ReturnType<typeof api>;
type AnySetting = Awaited<ReturnType<Caller['settings']['get']>>;
export type SettingKey = AnySetting['key'];
export type Setting<K extends SettingKey> = Extract<AnySetting, { key: K }>;
export type SettingValue<K extends SettingKey> = Setting<K>['value'];

type Guard = <T>(call: Promise<T>) => Promise<T>;

/** The setting in force for the tenant, its own versions (newest first) and the base version. */
export async function loadSetting<K extends SettingKey>(
  caller: Caller,
  guard: Guard,
  options: { tenantSlug: string; key: K; kind: TenantData['tenant']['kind'] },
) {
  const { tenantSlug, key } = options;
  const [setting, history] = await Promise.all([
    guard(caller.settings.get({ tenantSlug, key })) as Promise<Setting<K>>,
    guard(caller.settings.history({ tenantSlug, key, limit: 20 })),
  ]);
  const own = setting.source === options.kind;
  const current = own ? history.find((entry) => entry.version === setting.version) : undefined;
  return {
    setting,
    /** Who saved the version in force, when it is this tenant's own. */
    inForce: current ? { changedAt: current.changedAt, changedBy: current.changedBy } : null,
    /** What `settings.update` compares with: this tenant's newest version, 0 for none. */
    baseVersion: history[0]?.version ?? 0,
    history: historyWithChanges(
      history.map((entry) => ({ ...entry, value: entry.value as SettingValue<K> })),
    ),
  };
}

/** Whether this person may change the key here: the county's keys, or a town's allowed ones. */
export function canEditSetting(
  data: Pick<TenantData, 'tenant' | 'permissions'>,
  setting: { key: SettingKey; overridable: boolean },
): boolean {
  if (data.tenant.kind === 'county') return data.permissions.includes('tenant:configure');
  return (
    setting.key !== 'town_overrides' &&
    setting.overridable &&
    data.permissions.includes('town:manage')
  );
}

/**
 * Saves a new version; a refusal comes back as a form failure whose fields are the value's
 * paths (`names.0`, `stages.acceptance.amount` …) as `issueField` maps them.
 */
export async function saveSetting<K extends SettingKey, Field extends string>(
  app: AppContext,
  caller: Caller,
  options: {
    tenantSlug: string;
    key: K;
    value: SettingValue<K>;
    baseVersion: number;
    issueField?: (path: string) => Field | undefined;
    values?: Partial<Record<Field, string>>;
  },
): Promise<
  { ok: true; version: number } | { ok: false; failure: FormFailure<Field>; status: number }
> {
  try {
    const saved = await caller.settings.update({
      tenantSlug: options.tenantSlug,
      key: options.key,
      value: options.value,
      baseVersion: options.baseVersion,
    } as Parameters<Caller['settings']['update']>[0]);
    return { ok: true, version: saved.version };
  } catch (error) {
    const failure = formFailure<Field>(app, error, {
      values: options.values ?? {},
      // Issues of the update input are under `value`: name them by the rest of the path.
      issueField: (path) =>
        path[0] === 'value' ? options.issueField?.(path.slice(1).join('.')) : undefined,
    });
    return { ok: false, failure, status: failureStatus(error) };
  }
}

/** Reads the base version the form was rendered with. */
export function baseVersionOf(form: FormData): number {
  const raw = Number(form.get('baseVersion'));
  return Number.isInteger(raw) && raw >= 0 ? raw : 0;
}

/** The tier names in force here (a town reads its county's). */
export async function loadTiers(caller: Caller, guard: Guard, tenantSlug: string) {
  const setting = await guard(caller.settings.get({ tenantSlug, key: 'tiers' }));
  if (setting.key !== 'tiers') throw new Error('settings.get returned another key');
  return setting.value;
}
