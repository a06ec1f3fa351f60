/** Dates as reports write them, to ISO: "03/11/2025", "01/7" (year from context), "ngày 20 tháng 10 năm 2025". */

/**
 * Regex source of a date on folded text, numeric ("03/11/2025", "01/7") or long ("ngày 20 tháng 10
 * năm 2025"), in named groups prefixed by `name` (so that one pattern may hold several dates):
 * `${name}Day`, `${name}Month`, optional `${name}Year` for the numeric form; `${name}LongDay`,
 * `${name}LongMonth`, `${name}LongYear` for the long form. Read them with `dateFromMatch`.
 */
export function anyDate(name: string): string {
  const numeric = String.raw`(?<![\d.,/])(?<${name}Day>\d{1,2})\s?[/-]\s?(?<${name}Month>\d{1,2})(?:\s?[/-]\s?(?<${name}Year>\d{4}))?(?![\d]|[/.-]\d)`;
  return `(?:${numeric}|${longDate(name)})`;
}

/** Regex source of a long date only ("ngày 20 tháng 10 năm 2025"), groups as in `anyDate`. */
export function longDate(name: string): string {
  return String.raw`ngay\s{1,3}(?<${name}LongDay>\d{1,2})\s{1,3}thang\s{1,3}(?<${name}LongMonth>\d{1,2})\s{1,3}nam\s{1,3}(?<${name}LongYear>\d{4})`;
}

/** ISO date from parts, or null when the day does not exist (31/9, 29/2 of a common year). */
export function isoDate(day: number, month: number, year: number): string | null {
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year)) return null;
  if (year < 1900 || year > 2199 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return null;
  return `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/**
 * The ISO date a match of `anyDate(name)` holds; the year of a numeric date written without one
 * comes from `contextYear`, or the date is null.
 */
export function dateFromMatch(match: RegExpExecArray, name: string, contextYear: number | null): string | null {
  const groups = match.groups ?? {};
  const longDay = groups[`${name}LongDay`];
  const longMonth = groups[`${name}LongMonth`];
  const longYear = groups[`${name}LongYear`];
  if (longDay !== undefined && longMonth !== undefined && longYear !== undefined) {
    return isoDate(Number(longDay), Number(longMonth), Number(longYear));
  }
  const day = groups[`${name}Day`];
  const month = groups[`${name}Month`];
  if (day === undefined || month === undefined) return null;
  const year = groups[`${name}Year`];
  const resolvedYear = year !== undefined ? Number(year) : contextYear;
  return resolvedYear === null ? null : isoDate(Number(day), Number(month), resolvedYear);
}

/** True when the date a match of `anyDate(name)` holds was written without its year ("01/7"). */
export function yearOmitted(match: RegExpExecArray, name: string): boolean {
  const groups = match.groups ?? {};
  return groups[`${name}Year`] === undefined && groups[`${name}LongYear`] === undefined;
}

/** Where the date of a match of `anyDate(name)` starts (its day). */
export function dateIndex(match: RegExpExecArray, name: string): number {
  const at = match.indices?.groups ?? {};
  return at[`${name}Day`]?.[0] ?? at[`${name}LongDay`]?.[0] ?? match.index;
}

/** Parses one date written alone: "03/11/2025", "01/7" (with a context year), "ngày 20 tháng 10 năm 2025". */
export function parseDate(raw: string, contextYear: number | null = null): string | null {
  const folded = raw
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[đĐ]/g, "d")
    .toLowerCase()
    .trim();
  const match = new RegExp(`^${anyDate("date")}$`).exec(folded);
  return match ? dateFromMatch(match, "date", contextYear) : null;
}

/** The year of an ISO date. */
export function yearOf(iso: string | null): number | null {
  return iso === null ? null : Number(iso.slice(0, 4));
}
