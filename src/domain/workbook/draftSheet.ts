/**
 * The rows of "Dự thảo": one per commune and period (text, notes, staff's selection). Read back
 * by header so "Tính lại" keeps staff's selection, and so a single commune's row can be redrafted
 * while the others stay as they are.
 */
import { type DraftSelection, NO_SELECTION, type ParsedSelection, selectionFromCell, selectionToCell } from "../drafts/selectionCell";
import { draftNotice } from "../drafts/draftNotice";
import { asPlainText } from "../drafts/render";
import type { ParagraphSetting } from "../drafts/templateSheet";
import type { Finding } from "../checks/finding";
import type { CommuneRecord } from "../record/fields";
import type { Cell } from "./cells";
import { communeName, labelKey, periodLabel } from "./identity";
import { DRAFT_COLUMNS, DRAFT_SELECTION_HEADER, SHEETS, headerKey } from "./layout";

export interface DraftInput {
  readonly record: CommuneRecord;
  readonly findings: readonly Finding[];
  readonly selection?: DraftSelection;
  /** What could not be read in the commune's selection cell, shown with the draft's notes. */
  readonly problems?: readonly string[];
}

/** A commune's row, in the order of DRAFT_COLUMNS; blank cells rather than empty strings. */
export function draftRow(
  { record, findings, selection = NO_SELECTION, problems = [] }: DraftInput,
  templates: readonly ParagraphSetting[],
): Cell[] {
  const draft = draftNotice(record, findings, { templates, ...selection });
  const notes = [...problems.map((p) => `Cột “${DRAFT_SELECTION_HEADER}”: ${p}`), ...draft.notes];
  const orNull = (text: string): Cell => text || null;
  return [communeName(record), periodLabel(record), asPlainText(draft), orNull(notes.join("\n")), orNull(selectionToCell(selection))];
}

export interface DraftSheetContents {
  /** The rows below the header, re-laid in the order of DRAFT_COLUMNS (staff's own columns dropped). */
  readonly rows: Cell[][];
  /** Each commune's selection and what could not be read of it, by the same key as the data sheet's rows (identity.ts). */
  readonly selections: Map<string, ParsedSelection>;
  /** What could not be read in a selection cell, prefixed with the commune. */
  readonly problems: string[];
}

const asCell = (value: unknown): Cell =>
  typeof value === "string" || typeof value === "number" || typeof value === "boolean" ? (value === "" ? null : value) : null;

/** The used values of "Dự thảo" (header first); a sheet without the standard headers gives nothing. */
export function readDraftSheet(values: readonly (readonly unknown[])[]): DraftSheetContents {
  const [header = [], ...body] = values;
  const columns = DRAFT_COLUMNS.map((c) => header.findIndex((text) => headerKey(text) === headerKey(c.header)));
  const [communeColumn = -1, periodColumn = -1] = columns;
  const result: DraftSheetContents = { rows: [], selections: new Map(), problems: [] };
  if (communeColumn < 0 || periodColumn < 0) return result;
  const selectionColumn = columns[DRAFT_COLUMNS.findIndex((c) => c.header === DRAFT_SELECTION_HEADER)] ?? -1;
  for (const row of body) {
    const commune = String(row[communeColumn] ?? "").trim();
    if (!commune) continue;
    result.rows.push(columns.map((j) => (j < 0 ? null : asCell(row[j]))));
    if (selectionColumn < 0) continue;
    const parsed = selectionFromCell(row[selectionColumn]);
    result.selections.set(labelKey(commune, row[periodColumn]), parsed);
    const period = String(row[periodColumn] ?? "").trim();
    for (const problem of parsed.problems)
      result.problems.push(`Sheet “${SHEETS.drafts}”, ${commune}${period ? ` (${period})` : ""}: ${problem}`);
  }
  return result;
}

/** The rows with the commune's row replaced, or added at the end when it has none yet. */
export function withDraftRow(rows: readonly (readonly Cell[])[], row: readonly Cell[]): (readonly Cell[])[] {
  const key = labelKey(row[0], row[1]);
  const at = rows.findIndex((r) => labelKey(r[0], r[1]) === key);
  return at < 0 ? [...rows, row] : rows.map((r, i) => (i === at ? row : r));
}
