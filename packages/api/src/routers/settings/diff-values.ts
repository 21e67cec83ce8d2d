// The audit entry of a configuration change names what changed, leaf by leaf, so a reader of
// the log need not compare two JSON documents by eye.

export interface ValueChange {
  /** Dotted path to the changed leaf, e.g. `stages.acceptance.rule.amount`; '' for the root. */
  path: string;
  from: unknown;
  to: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Leaf changes between two JSON values; arrays compare as a whole (they are small lists). */
export function diffValues(from: unknown, to: unknown, path = ''): ValueChange[] {
  if (isRecord(from) && isRecord(to)) {
    const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].sort();
    return keys.flatMap((key) => diffValues(from[key], to[key], path ? `${path}.${key}` : key));
  }
  if (JSON.stringify(from) === JSON.stringify(to)) return [];
  return [{ path, from: from ?? null, to: to ?? null }];
}
