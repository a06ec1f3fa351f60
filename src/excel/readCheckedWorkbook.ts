/**
 * PLACEHOLDER until the "excel" branch's one read path lands (drop this at merge): the workbook's
 * communes checked as "Tính lại" checks them, read without writing anything, for the pane's re-read.
 */
import { checkRecord } from "../domain/checks/checkExtraction";
import { TEMPLATE_SHEET_NAME, parseTemplateRows } from "../domain/drafts/templateSheet";
import { checkContextOf, readCitations } from "../domain/workbook/citations";
import { isBlankRecord, rowRecord } from "../domain/workbook/dataSheet";
import { readDraftSheet } from "../domain/workbook/draftSheet";
import { SHEETS } from "../domain/workbook/layout";
import type { RecalculationResult } from "./recalculate";
import { readWorkbook } from "./readWorkbook";

export function readCheckedWorkbook(): Promise<Pick<RecalculationResult, "checked" | "templates" | "selections">> {
  return Excel.run(async (context) => {
    const contents = await readWorkbook(context, { read: [SHEETS.drafts, SHEETS.sources, TEMPLATE_SHEET_NAME], written: [], requireData: false });
    const table = contents.data;
    const records = table ? table.values.map((row) => rowRecord(row, table.positions, table.left)) : [];
    const citations = readCitations(contents.used.get(SHEETS.sources)?.values ?? []);
    const template = contents.used.get(TEMPLATE_SHEET_NAME);
    const drafts = readDraftSheet(contents.used.get(SHEETS.drafts)?.values ?? []);
    return {
      checked: records.filter((record) => !isBlankRecord(record)).map((record) => ({ record, findings: checkRecord(record, checkContextOf(citations.byKey, record)) })),
      templates: template ? parseTemplateRows(template.values as (string | number | boolean)[][]).settings : [],
      selections: new Map([...drafts.selections].map(([key, { selection }]) => [key, selection])),
    };
  });
}
