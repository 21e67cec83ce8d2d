// What changed between two versions of a setting, leaf by leaf (the API's audit entries use the
// same shape), so a history row can say "办理时限 · 受理：3 → 5 个工作日" instead of showing JSON.

export interface ValueChange {
  /** Path segments to the changed leaf, e.g. ['stages', 'acceptance', 'rule', 'amount']. */
  path: string[];
  from: unknown;
  to: unknown;
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Leaf changes from `from` to `to`; arrays compare as a whole (they are short lists). */
export function diffValues(from: unknown, to: unknown, path: string[] = []): ValueChange[] {
  if (isRecord(from) && isRecord(to)) {
    const keys = [...new Set([...Object.keys(from), ...Object.keys(to)])].sort();
    return keys.flatMap((key) => diffValues(from[key], to[key], [...path, key]));
  }
  if (JSON.stringify(from) === JSON.stringify(to)) return [];
  return [{ path, from: from ?? null, to: to ?? null }];
}

export interface HistoryEntry<Value> {
  version: number;
  changedAt: Date;
  changedBy: string | null;
  value: Value;
}

/** Each version with the changes it made to the one before it; the oldest shown has none. */
export function historyWithChanges<Value>(
  entries: readonly HistoryEntry<Value>[],
): (HistoryEntry<Value> & { changes: ValueChange[] | null })[] {
  // Newest first, as the API returns them: the previous version is the next entry.
  return entries.map((entry, index) => {
    const previous = entries[index + 1];
    return {
      ...entry,
      changes:
        previous && previous.version === entry.version - 1
          ? diffValues(previous.value, entry.value)
          : null,
    };
  });
}
