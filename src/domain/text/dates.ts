/** Dates as reports write them, to ISO: "03/11/2025", "01/7" (year from context), "ngày 20 tháng 10 năm 2025". */

/** Regex source of a numeric date, groups: day, month, optional year. */
export const NUMERIC_DATE = String.raw`(?<![\d.,/])(\d{1,2})\s?[/-]\s?(\d{1,2})(?:\s?[/-]\s?(\d{4}))?(?![\d]|[/.-]\d)`;
/** Regex source of a long date on folded text, groups: day, month, year. */
export const LONG_DATE = String.raw`ngay\s{1,3}(\d{1,2})\s{1,3}thang\s{1,3}(\d{1,2})\s{1,3}nam\s{1,3}(\d{4})`;
/** Either form: groups 1-3 numeric (year optional), groups 4-6 long. */
export const ANY_DATE = `(?:${NUMERIC_DATE}|${LONG_DATE})`;

/** ISO date from parts, or null when the day does not exist (31/9, 29/2 of a common year). */
export function isoDate(day: number, month: number, year: number): string | null {
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year)) return null;
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The ISO date of an ANY_DATE match's six groups (starting at `groups[0]`); the year of a
 * numeric date written without one comes from `contextYear`, or the date is null.
 */
export function dateFromGroups(groups: readonly (string | undefined)[], contextYear: number | null): string | null {
  const [day, month, year, longDay, longMonth, longYear] = groups;
  if (longDay !== undefined && longMonth !== undefined && longYear !== undefined) {
    return isoDate(Number(longDay), Number(longMonth), Number(longYear));
  }
  if (day === undefined || month === undefined) return null;
  const resolvedYear = year !== undefined ? Number(year) : contextYear;
  return resolvedYear === null ? null : isoDate(Number(day), Number(month), resolvedYear);
}

/** Parses one date written alone: "03/11/2025", "01/7" (with a context year), "ngày 20 tháng 10 năm 2025". */
export function parseDate(raw: string, contextYear: number | null = null): string | null {
  const folded = raw
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .trim();
  const match = new RegExp(`^${ANY_DATE}$`).exec(folded);
  return match ? dateFromGroups(match.slice(1), contextYear) : null;
}

/** The year of an ISO date. */
export function yearOf(iso: string | null): number | null {
  return iso === null ? null : Number(iso.slice(0, 4));
}
