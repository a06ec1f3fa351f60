/** Staff's answer, per figure, to the conflicts the workbook reports on import. */
import type { FieldId, FieldValue } from "../../domain/record/fields";
import type { ConflictDecision, ImportChoice, ImportConflict } from "../../domain/workbook/importPlan";
import { inputText } from "./fieldInput";

export type { ConflictDecision, ImportConflict } from "../../domain/workbook/importPlan";

export function conflictKey(conflict: Pick<ImportConflict, "commune" | "period" | "field">): string {
  return `${conflict.commune}|${conflict.period}|${conflict.field}`;
}

/** A value as staff read it in the table of conflicts. */
export function shownValue(field: FieldId, value: FieldValue): string {
  return value === null || value === "" ? "(trống)" : inputText(field, value);
}

/** Every conflict with staff's decision; one not touched keeps the sheet's value, the cautious default. */
export function decided(conflicts: readonly ImportConflict[], decisions: ReadonlyMap<string, ConflictDecision>): ImportChoice[] {
  return conflicts.map((conflict) => ({ ...conflict, decision: decisions.get(conflictKey(conflict)) ?? "keep" }));
}
