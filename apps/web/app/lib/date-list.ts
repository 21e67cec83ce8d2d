// Dates as people copy them from the State Council's holiday notice: one per line or separated
// by commas, in the usual spellings (2027-01-01, 2027/1/1, 2027年1月1日, 1月1日 with the year
// known), and ranges (2027-02-10~2027-02-16, 2月10日至16日).

export interface DateList {
  /** ISO dates, sorted, without duplicates. */
  dates: string[];
  /** What could not be read, as typed. */
  invalid: string[];
}

const pad = (value: number) => String(value).padStart(2, '0');

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (
    date.getUTCFullYear() !== year ||
    date.getUTCMonth() !== month - 1 ||
    date.getUTCDate() !== day
  )
    return null;
  return `${year}-${pad(month)}-${pad(day)}`;
}

/** One date; `year` fills in a date written without it; `month` one written as a bare day. */
function readDate(
  text: string,
  context: { year: number | undefined; month?: number | undefined },
): { year: number; month: number; day: number } | null {
  const clean = text.trim().replace(/[号日]$/, '');
  let match = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})$/.exec(clean);
  if (match) return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  match = /^(\d{4})(\d{2})(\d{2})$/.exec(clean);
  if (match) return { year: Number(match[1]), month: Number(match[2]), day: Number(match[3]) };
  match = /^(\d{1,2})[-/.月](\d{1,2})$/.exec(clean);
  if (match && context.year)
    return { year: context.year, month: Number(match[1]), day: Number(match[2]) };
  match = /^(\d{1,2})$/.exec(clean);
  if (match && context.year && context.month)
    return { year: context.year, month: context.month, day: Number(match[1]) };
  return null;
}

function toIso(parts: { year: number; month: number; day: number } | null): string | null {
  return parts ? isoDate(parts.year, parts.month, parts.day) : null;
}

const MAX_RANGE_DAYS = 31;

export function parseDateList(text: string, year?: number): DateList {
  const tokens = text
    .split(/[\n\r,，、;；]+|\s+(?![~～至到])(?<![~～至到]\s*)/)
    .map((token) => token.trim())
    .filter(Boolean);
  const dates = new Set<string>();
  const invalid: string[] = [];
  for (const token of tokens) {
    const range = token.split(/\s*(?:~|～|至|到)\s*/);
    if (range.length === 2) {
      const start = readDate(range[0] ?? '', { year });
      const end = start ? readDate(range[1] ?? '', { year: start.year, month: start.month }) : null;
      const startIso = toIso(start);
      const endIso = toIso(end);
      if (!startIso || !endIso || endIso < startIso) {
        invalid.push(token);
        continue;
      }
      const first = Date.parse(`${startIso}T00:00:00Z`);
      const days = (Date.parse(`${endIso}T00:00:00Z`) - first) / 86_400_000;
      if (days > MAX_RANGE_DAYS) {
        invalid.push(token);
        continue;
      }
      for (let offset = 0; offset <= days; offset++)
        dates.add(new Date(first + offset * 86_400_000).toISOString().slice(0, 10));
      continue;
    }
    const single = toIso(readDate(token, { year }));
    if (single) dates.add(single);
    else invalid.push(token);
  }
  return { dates: [...dates].sort(), invalid };
}
