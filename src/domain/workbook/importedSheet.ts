/**
 * "Nhập gần nhất" (hidden): each commune's values as last imported, and the figures staff chose
 * to keep over the report's ("giữ"). Comparing the values with "Số liệu xã" tells which figures
 * staff changed by hand since, so a new import never overwrites those silently; the kept ones
 * tell which of those staff already decided on, so the same report does not ask again.
 */
import { type CommuneRecord, FIELDS, type FieldId, type FieldValue, emptyRecord } from "../record/fields";
import { type Cell, cellToField, fieldCell } from "./cells";
import { recordKey } from "./identity";
import { IMPORTED_COLUMNS, KEPT_HEADER, headerKey } from "./layout";

export interface LastImport {
  /** The report's values as imported last. */
  readonly record: CommuneRecord;
  /** The report's value of each figure staff chose to keep their own for. */
  readonly kept: ReadonlyMap<FieldId, FieldValue>;
}

/** The kept figures as one cell: {"Hồ sơ tiếp nhận": 120}, by field label; blank when none. */
function keptCell(kept: ReadonlyMap<FieldId, FieldValue>): Cell {
  if (kept.size === 0) return null;
  return JSON.stringify(Object.fromEntries(FIELDS.filter((f) => kept.has(f.id)).map((f) => [f.label, kept.get(f.id)])));
}

/** The kept figures of a cell; what cannot be read is dropped (that figure then asks again). */
function readKept(cell: unknown): Map<FieldId, FieldValue> {
  const kept = new Map<FieldId, FieldValue>();
  if (typeof cell !== "string" || cell.trim() === "") return kept;
  let parsed: unknown;
  try {
    parsed = JSON.parse(cell);
  } catch {
    return kept;
  }
  if (typeof parsed !== "object" || parsed === null) return kept;
  for (const field of FIELDS) {
    const value = (parsed as Record<string, unknown>)[field.label];
    if (typeof value === "number" || typeof value === "string") kept.set(field.id, value);
  }
  return kept;
}

export function importedRows(entries: readonly LastImport[]): Cell[][] {
  return [
    IMPORTED_COLUMNS.map((c) => c.header),
    ...entries.map(({ record, kept }) => [...FIELDS.map((f) => fieldCell(f.kind, record[f.id])), keptCell(kept)]),
  ];
}

/**
 * The last import of each commune and period; an unreadable sheet gives none (every difference
 * then asks). A sheet from before staff's choices were kept has no such column: nothing is kept.
 */
export function readImported(values: readonly (readonly unknown[])[]): Map<string, LastImport> {
  const [header = [], ...body] = values;
  const columnOf = (label: string) => header.findIndex((text) => headerKey(text) === headerKey(label));
  const columns = FIELDS.map((f) => columnOf(f.label));
  const keptColumn = columnOf(KEPT_HEADER);
  const result = new Map<string, LastImport>();
  if (columns.some((c) => c < 0)) return result;
  for (const row of body) {
    const record = emptyRecord();
    FIELDS.forEach((f, i) => (record[f.id] = cellToField(f.kind, row[columns[i] as number])));
    if (record.commune !== null) result.set(recordKey(record), { record, kept: readKept(keptColumn < 0 ? undefined : row[keptColumn]) });
  }
  return result;
}
