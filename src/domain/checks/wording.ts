/**
 * The words the checks use for figures in sentences ("số hồ sơ đang giải quyết") and the filling
 * of message templates: `{received}` becomes the figure in Vietnamese format, and a section
 * `[carriedOver: …]` is written only when that figure is stated and not zero.
 */
import { formatCount, formatDate, formatPercent } from "../format/vietnamese";
import { type CommuneRecord, type FieldId, fieldDefinition } from "../record/fields";
import { statedDecimals } from "./precision";

/** How a figure is named inside a sentence, in lower case. */
export function nounOf(id: FieldId): string {
  return fieldDefinition(id).noun;
}

export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

/** Several nouns as Vietnamese lists them: "a, b và c". */
export function listInVietnamese(items: readonly string[]): string {
  if (items.length <= 1) return items.join("");
  return `${items.slice(0, -1).join(", ")} và ${items[items.length - 1]}`;
}

/** A stated percentage with the decimals it was stated with: 93.17 → "93,17%". */
export function formatStatedPercent(value: number): string {
  return formatPercent(value, statedDecimals(value));
}

/** A field's value as it is written in a message, or undefined when it is not stated. */
export function formatFieldValue(record: CommuneRecord, id: FieldId): string | undefined {
  const value = record[id];
  if (value === null || value === "") return undefined;
  switch (fieldDefinition(id).kind) {
    case "count":
      return typeof value === "number" ? formatCount(value) : undefined;
    case "percent":
      return typeof value === "number" ? formatStatedPercent(value) : undefined;
    case "date":
      return typeof value === "string" ? formatDate(value) : undefined;
    case "text":
      return String(value);
  }
}

/**
 * Fills a template: `{name}` takes `extra[name]` or else the formatted field `name`; a section
 * `[field: text]` is kept (filled) only when that field is stated and not zero.
 */
export function fillTemplate(template: string, record: CommuneRecord, extra: Readonly<Record<string, string>> = {}): string {
  const withSections = template.replace(/\[(\w+): ([^\]]*)\]/g, (_all, id: string, text: string) => {
    const value = (record as Record<string, unknown>)[id];
    return value === null || value === undefined || value === 0 ? "" : text;
  });
  return withSections.replace(/\{(\w+)\}/g, (all, name: string) => {
    if (name in extra) return extra[name] as string;
    if (name in record) return formatFieldValue(record, name as FieldId) ?? "…";
    return all;
  });
}
