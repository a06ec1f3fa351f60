/**
 * How an import meets the sheet: rows are matched by commune and period, and a figure staff
 * changed by hand since the last import (the sheet differs from "Nhập gần nhất") is never
 * overwritten silently: it is reported as a conflict until staff choose, per figure, to keep
 * the sheet's value or take the report's. A "keep" is remembered with the report's value: the same
 * value imported again keeps staff's figure without asking; a new value asks again.
 */
import { type CommuneRecord, FIELD_IDS, type FieldId, type FieldValue } from "../record/fields";
import { sameValue } from "./cells";
import { communeName, periodLabel, recordKey } from "./identity";
import type { LastImport } from "./importedSheet";

export interface ImportConflict {
  readonly commune: string;
  readonly period: string;
  readonly field: FieldId;
  readonly sheetValue: FieldValue;
  readonly importedValue: FieldValue;
}

/** keep: the sheet's value stays; replace: the report's value is written. */
export type ConflictDecision = "keep" | "replace";

export type ImportChoice = ImportConflict & { readonly decision: ConflictDecision };

export interface ImportPlan {
  /** Non-empty: nothing may be written until staff decide. */
  readonly conflicts: ImportConflict[];
  /** The data rows after the import: existing rows (merged where imported) then new ones. */
  readonly rows: CommuneRecord[];
  /** How many of `rows` are new, at the end. */
  readonly appended: number;
  readonly updated: number;
  /** The imported values and staff's "giữ" by key, to remember as "last imported". */
  readonly imported: Map<string, LastImport>;
}

/** The key fields identify the row: the sheet's spelling of them is kept. */
const KEY_FIELDS: readonly FieldId[] = ["commune", "periodStart", "periodEnd"];

function choiceFor(choices: readonly ImportChoice[], commune: string, period: string, field: FieldId): ConflictDecision | undefined {
  return choices.find((c) => c.commune === commune && c.period === period && c.field === field)?.decision;
}

/**
 * `existing`: the data rows as read back (blank rows included, to keep positions); `lastImported`:
 * the last import's values and kept figures by key; `incoming`: the reports' records, later ones
 * winning on the same key.
 */
export function planImport(
  existing: readonly CommuneRecord[],
  lastImported: ReadonlyMap<string, LastImport>,
  incoming: readonly CommuneRecord[],
  choices: readonly ImportChoice[] = [],
): ImportPlan {
  const byKey = new Map<string, CommuneRecord>();
  for (const record of incoming) byKey.set(recordKey(record), record);
  const rows = existing.map((record) => ({ ...record }));
  const rowOf = new Map<string, number>();
  rows.forEach((record, i) => {
    const key = recordKey(record);
    if (record.commune !== null && !rowOf.has(key)) rowOf.set(key, i);
  });
  const conflicts: ImportConflict[] = [];
  const appendedRows: CommuneRecord[] = [];
  const remembered = new Map<string, LastImport>();
  let updated = 0;
  for (const [key, imported] of byKey) {
    const kept = new Map<FieldId, FieldValue>();
    remembered.set(key, { record: imported, kept });
    const at = rowOf.get(key);
    if (at === undefined) {
      appendedRows.push({ ...imported });
      continue;
    }
    updated++;
    const sheet = rows[at] as CommuneRecord;
    const previous = lastImported.get(key);
    const last = previous?.record;
    const commune = communeName(sheet);
    const period = periodLabel(sheet);
    for (const id of FIELD_IDS) {
      if (KEY_FIELDS.includes(id)) continue;
      const s = sheet[id];
      const v = imported[id];
      const untouched = last !== undefined ? sameValue(s, last[id]) : s === null;
      if (v === null) {
        // The report states nothing: a figure staff typed stays; an imported one is cleared.
        if (untouched) sheet[id] = null;
        continue;
      }
      if (sameValue(s, v) || untouched) {
        sheet[id] = v;
        continue;
      }
      const declined = previous?.kept.get(id);
      const decision = choiceFor(choices, commune, period, id) ?? (declined !== undefined && sameValue(declined, v) ? "keep" : undefined);
      if (decision === "replace") sheet[id] = v;
      else if (decision === "keep") kept.set(id, v);
      else conflicts.push({ commune, period, field: id, sheetValue: s, importedValue: v });
    }
  }
  return { conflicts, rows: [...rows, ...appendedRows], appended: appendedRows.length, updated, imported: remembered };
}
