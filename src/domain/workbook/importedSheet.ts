/**
 * "Nhập gần nhất" (hidden): each commune's values as last imported. Comparing them with
 * "Số liệu xã" tells which figures staff changed by hand since, so a new import never
 * overwrites those silently.
 */
import { type CommuneRecord, FIELDS, emptyRecord } from "../record/fields";
import { type Cell, cellToField, fieldCell } from "./cells";
import { recordKey } from "./identity";
import { IMPORTED_COLUMNS, headerKey } from "./layout";

export function importedRows(records: readonly CommuneRecord[]): Cell[][] {
  return [IMPORTED_COLUMNS.map((c) => c.header), ...records.map((record) => FIELDS.map((f) => fieldCell(f.kind, record[f.id])))];
}

/** The last imported record of each commune and period; an unreadable sheet gives none (every difference then asks). */
export function readImported(values: readonly (readonly unknown[])[]): Map<string, CommuneRecord> {
  const [header, ...body] = values;
  const columns = FIELDS.map((f) => (header ?? []).findIndex((text) => headerKey(text) === headerKey(f.label)));
  const result = new Map<string, CommuneRecord>();
  if (columns.some((c) => c < 0)) return result;
  for (const row of body) {
    const record = emptyRecord();
    FIELDS.forEach((f, i) => (record[f.id] = cellToField(f.kind, row[columns[i] as number])));
    if (record.commune !== null) result.set(recordKey(record), record);
  }
  return result;
}
