/**
 * A figure as staff type it in the preview ↔ the record's value. Counts are whole numbers ≥ 0
 * written the Vietnamese way ("1.250"), percents decimals ("47,2" or "47.25"), dates dd/mm/yyyy;
 * an empty box means the report does not state the figure.
 */
import { formatCount, formatDate, formatDecimal } from "../../domain/format/vietnamese";
import { type FieldId, type FieldValue, fieldDefinition } from "../../domain/record/fields";
import { isoDate } from "../../domain/text/dates";
import { parseCount } from "../../domain/text/numbers";

export type ParsedInput = { readonly ok: true; readonly value: FieldValue } | { readonly ok: false; readonly message: string };

/** Enough digits for any stated percent ("47,25%", "102,5%") without showing float noise. */
const PERCENT_DIGITS = 4;
/** The sheet accepts stated percents up to this (a rate may exceed 100%, as 23 of 22 organisations). */
const MAX_PERCENT = 1000;

/** "47,2", "47.25", "47,2 %": a decimal with a comma or a point; no thousands separator in a percent. */
function parsePercentInput(text: string): number | undefined {
  const match = /^(\d+(?:[.,]\d+)?)\s?%?$/.exec(text);
  const value = match ? Number(match[1]?.replace(",", ".")) : NaN;
  return Number.isFinite(value) && value <= MAX_PERCENT ? value : undefined;
}

/** The text shown in a field's box for a value. */
export function inputText(id: FieldId, value: FieldValue): string {
  if (value === null) return "";
  const { kind } = fieldDefinition(id);
  if (typeof value === "number") {
    if (kind === "count") return formatCount(value, { padSmall: false });
    if (kind === "percent") return formatDecimal(value, PERCENT_DIGITS).replace(/\./g, "");
  }
  if (kind === "date" && typeof value === "string") return formatDate(value);
  return String(value);
}

function parseDayMonthYear(text: string): string | null {
  const match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(text);
  return match ? isoDate(Number(match[1]), Number(match[2]), Number(match[3])) : null;
}

/** The value of what staff typed, or why it is not acceptable for this field. */
export function parseInput(id: FieldId, raw: string): ParsedInput {
  const text = raw.trim();
  const { kind, label } = fieldDefinition(id);
  if (text === "") {
    return kind === "text" ? { ok: false, message: `Đề nghị nhập ${label.toLowerCase()}.` } : { ok: true, value: null };
  }
  switch (kind) {
    case "count": {
      const value = parseCount(text);
      return value === undefined
        ? { ok: false, message: `${label} phải là số nguyên không âm, ví dụ 1.250 hoặc 1250.` }
        : { ok: true, value };
    }
    case "percent": {
      const value = parsePercentInput(text);
      return value === undefined
        ? { ok: false, message: `${label} phải là số thập phân từ 0 đến ${formatCount(MAX_PERCENT)}, ví dụ 47,2 hoặc 47.25.` }
        : { ok: true, value };
    }
    case "date": {
      const value = parseDayMonthYear(text);
      return value === null
        ? { ok: false, message: `${label} phải là ngày có thật, viết theo dạng ngày/tháng/năm, ví dụ 15/12/2025.` }
        : { ok: true, value };
    }
    case "text":
      return { ok: true, value: text };
  }
}
