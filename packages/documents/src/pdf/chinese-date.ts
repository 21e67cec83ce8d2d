// Calendar dates arrive as ISO strings (YYYY-MM-DD) and are meant in China time (UTC+8, no DST).

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function parseIsoDate(isoDate: string): { year: number; month: number; day: number } {
  const match = ISO_DATE.exec(isoDate);
  const year = Number(match?.[1]);
  const month = Number(match?.[2]);
  const day = Number(match?.[3]);
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (!match || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) {
    throw new RangeError(`not a calendar date (YYYY-MM-DD): ${isoDate}`);
  }
  return { year, month, day };
}

/** `2026-11-25` → `2026年11月25日`, the form dates take in Chinese documents. */
export function formatChineseDate(isoDate: string): string {
  const { year, month, day } = parseIsoDate(isoDate);
  return `${year}年${month}月${day}日`;
}

/** Midnight China time of a calendar date, as an instant (used for PDF creation dates). */
export function chinaMidnight(isoDate: string): Date {
  const { year, month, day } = parseIsoDate(isoDate);
  return new Date(Date.UTC(year, month - 1, day) - 8 * 3600 * 1000);
}
