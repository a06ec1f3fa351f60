/**
 * Numbers as Vietnamese reports write them: a point between thousands ("2.345"), a comma or,
 * in some reports, a point before decimals ("38,5%", "71.25%"), zero-padded small counts ("01"),
 * and pairs "done/total" ("12.345/23.456").
 */

/** The regex source of a count as written: "2.345", "01", "7531" (bounded, so matching stays linear). */
export const COUNT_SOURCE = String.raw`(?:\d{1,3}(?:\.\d{3}){1,3}|\d{1,7})`;
/** Not preceded by a digit, a number separator, or a letter or symbol it is glued to ("$6" is OCR's "Số"): the figure starts here. */
export const NUMBER_START = String.raw`(?<![\d.,/a-z$&])`;
/** Not followed by more digits of the same number, a decimal, or a date/fraction part. */
export const NUMBER_END = String.raw`(?!\d|[.,/]\d)`;
/** A stand-alone count, capture group 1. */
export const COUNT = `${NUMBER_START}(${COUNT_SOURCE})${NUMBER_END}(?!\\s?%)`;
/** A percentage, the number in capture group 1: "38,5%", "71.25 %". */
export const PERCENT = String.raw`${NUMBER_START}(\d{1,3}(?:[.,]\d{1,3})?)\s?%`;
/** A pair "done/total", capture groups 1 and 2; a date such as 30/9/2025 is not a pair. */
export const PAIR = `${NUMBER_START}(${COUNT_SOURCE})\\s?/\\s?(${COUNT_SOURCE})${NUMBER_END}(?!\\s?/)`;

/** A stand-alone count in the named group `name` (for patterns that read several figures). */
export function namedCount(name: string): string {
  return `${NUMBER_START}(?<${name}>${COUNT_SOURCE})${NUMBER_END}(?!\\s?%)`;
}

/** A pair "done/total" in the named groups `done` and `total`. */
export function namedPair(done: string, total: string): string {
  return `${NUMBER_START}(?<${done}>${COUNT_SOURCE})\\s?/\\s?(?<${total}>${COUNT_SOURCE})${NUMBER_END}(?!\\s?/)`;
}

/** "2.345" → 2345, "01" → 1, "7531" → 7531; undefined for anything else. */
export function parseCount(raw: string): number | undefined {
  const trimmed = raw.trim();
  if (trimmed === "") return undefined;
  // Digits only, or groups of three after a point: checked by hand, this runs for every figure of a text.
  let value = 0;
  let sinceSeparator = 0;
  let sawSeparator = false;
  for (let i = 0; i < trimmed.length; i++) {
    const code = trimmed.charCodeAt(i);
    if (code === 0x2e) {
      if (sinceSeparator === 0 || (sawSeparator && sinceSeparator !== 3) || (!sawSeparator && sinceSeparator > 3)) return undefined;
      sawSeparator = true;
      sinceSeparator = 0;
    } else if (code >= 0x30 && code <= 0x39) {
      value = value * 10 + (code - 0x30);
      sinceSeparator++;
    } else return undefined;
  }
  if (sawSeparator && sinceSeparator !== 3) return undefined;
  return Number.isSafeInteger(value) ? value : undefined;
}

/** "38,5" → 38.5, "71.25" → 71.25, "100" → 100 (the number before the % sign). */
export function parsePercent(raw: string): number | undefined {
  const trimmed = raw.trim().replace(/\s?%$/, "");
  let normalised: string;
  if (/^\d{1,3}(?:\.\d{3})*,\d+$/.test(trimmed)) normalised = trimmed.replace(/\./g, "").replace(",", ".");
  else if (/^\d+(?:\.\d+)?$/.test(trimmed)) normalised = trimmed;
  else return undefined;
  const value = Number(normalised);
  return Number.isFinite(value) ? value : undefined;
}
