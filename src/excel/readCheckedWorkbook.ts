/**
 * The one way from the sheet to checked records: reads "Số liệu xã" (hand edits included), the
 * documents and notice date each report cited ("Nguồn"), staff's settings ("Mẫu kiến nghị") and
 * their selections ("Dự thảo"), and checks every commune. "Tính lại", "Ghi vào sheet Dự thảo" and
 * the pane's refresh all start here, so they see the same records, findings and selections.
 */
import { checkRecord } from "../domain/checks/checkExtraction";
import type { DraftSelection } from "../domain/drafts/selectionCell";
import { type ParagraphSetting, TEMPLATE_SHEET_NAME, parseTemplateRows } from "../domain/drafts/templateSheet";
import { checkContextOf, readCitations } from "../domain/workbook/citations";
import { isBlankRecord, rowRecord } from "../domain/workbook/dataSheet";
import { type DraftSheetContents, readDraftSheet } from "../domain/workbook/draftSheet";
import { SHEETS } from "../domain/workbook/layout";
import type { CheckedRecord } from "../domain/workbook/workbookModel";
import { type DataTableContents, type WorkbookContents, readWorkbook } from "./readWorkbook";

/** What the pane shows in "Kiểm tra" and "Dự thảo": the workbook as the sheets hold it now. */
export interface CheckedWorkbook {
  /** Every commune in the sheet with what the checks found, in sheet order. */
  readonly checked: readonly CheckedRecord[];
  /** What could not be used of "Mẫu kiến nghị", the selections in "Dự thảo" and the citations in "Nguồn". */
  readonly notes: readonly string[];
  /** Staff's settings read from "Mẫu kiến nghị", so the pane drafts as the sheet "Dự thảo" does. */
  readonly templates: readonly ParagraphSetting[];
  /** Each commune's selection kept in "Dự thảo", by recordKey, so the pane starts from it. */
  readonly selections: ReadonlyMap<string, DraftSelection>;
}

/** The checked workbook with what the writers need besides: the sheets found and the rows of "Dự thảo". */
export interface CheckedWorkbookRead extends CheckedWorkbook {
  readonly contents: WorkbookContents;
  readonly table: DataTableContents;
  readonly drafts: DraftSheetContents;
}

/** A note on "Mẫu kiến nghị" as staff read it in the pane, away from the sheet: naming the sheet. */
function templateNote(message: string): string {
  return message.includes(TEMPLATE_SHEET_NAME)
    ? message
    : `Sheet “${TEMPLATE_SHEET_NAME}”, ${message.charAt(0).toLocaleLowerCase("vi")}${message.slice(1)}`;
}

/**
 * Reads and checks in the two syncs of readWorkbook. `written`: the sheets the caller will write
 * (refused when protected, before anything is written); `read`: other sheets it needs the values
 * of; `before`: queued first (a full calculation, so the values read are recalculated ones).
 */
export async function readCheckedWorkbook(
  context: Excel.RequestContext,
  options: { written: readonly string[]; read?: readonly string[]; before?: () => void },
): Promise<CheckedWorkbookRead> {
  const read = [...new Set([...(options.read ?? []), SHEETS.drafts, SHEETS.sources, TEMPLATE_SHEET_NAME])];
  const contents = await readWorkbook(context, { read, written: options.written, requireData: true }, options.before);
  const table = contents.data;
  if (!table) throw new Error("readWorkbook returns the data table when it is required");
  const citations = readCitations(contents.used.get(SHEETS.sources)?.values ?? []);
  const checked = table.values
    .map((row) => rowRecord(row, table.positions, table.left))
    .filter((record) => !isBlankRecord(record))
    .map((record) => ({ record, findings: checkRecord(record, checkContextOf(citations.byKey, record)) }));
  const template = contents.used.get(TEMPLATE_SHEET_NAME);
  const { settings, messages } = template
    ? parseTemplateRows(template.values as (string | number | boolean)[][])
    : { settings: [], messages: [] };
  const drafts = readDraftSheet(contents.used.get(SHEETS.drafts)?.values ?? []);
  return {
    contents,
    table,
    drafts,
    checked,
    notes: [...messages.map(templateNote), ...drafts.problems, ...citations.problems],
    templates: settings,
    selections: new Map([...drafts.selections].map(([key, { selection }]) => [key, selection])),
  };
}

export type ReadCheckedRecords = () => Promise<CheckedWorkbook>;

/**
 * For the pane when it comes back into view (after the ribbon's "Tính lại", or hand edits): the
 * checked records, notes, settings and selections as the sheets hold them, writing nothing.
 */
export const readCheckedRecords: ReadCheckedRecords = () =>
  Excel.run(async (context) => {
    const { checked, notes, templates, selections } = await readCheckedWorkbook(context, { written: [] });
    return { checked, notes, templates, selections };
  });
