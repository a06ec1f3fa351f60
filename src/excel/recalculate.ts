/**
 * "Tính lại", run by the ribbon button and the pane alike: a full calculation, then every record
 * is read back from "Số liệu xã" (hand edits included), checked again with the documents and notice
 * date its report cited (kept in "Nguồn"), and "Kiểm tra", the highlights, "Tổng hợp" (with its
 * charts) and "Dự thảo" are rewritten; "Dự thảo" keeps each commune's selection by staff and
 * drafts with it. Three syncs whatever the number of communes: calculate and find the sheets, read
 * them, write.
 */
import { checkRecord } from "../domain/checks/checkExtraction";
import { type ParagraphSetting, TEMPLATE_SHEET_NAME, parseTemplateRows } from "../domain/drafts/templateSheet";
import type { DraftSelection } from "../domain/drafts/selectionCell";
import { formatCount } from "../domain/format/vietnamese";
import { checkContextOf, readCitations } from "../domain/workbook/citations";
import { isBlankRecord, rowRecord } from "../domain/workbook/dataSheet";
import { readDraftSheet } from "../domain/workbook/draftSheet";
import { SHEETS } from "../domain/workbook/layout";
import { summarySheet } from "../domain/workbook/summarySheet";
import { type CheckedRecord, checkSheet, draftSheet } from "../domain/workbook/workbookModel";
import { dataStyling } from "./importRecords";
import { freshSheet, readWorkbook } from "./readWorkbook";
import { renderSheet } from "./renderSheet";
import { availableFeatures, leftOutNote } from "./requirements";

export interface RecalculationResult {
  /** One sentence for the notification, in Vietnamese. */
  readonly summary: string;
  /** Every commune in the sheet with what the checks found, in sheet order. */
  readonly checked: readonly CheckedRecord[];
  /**
   * What staff should know: what could not be used of "Mẫu kiến nghị", the selections in "Dự thảo" and
   * the citations in "Nguồn", and the features this Excel lacks that were left out.
   */
  readonly notes: readonly string[];
  /** Staff's settings read from "Mẫu kiến nghị", so the pane drafts as the sheet "Dự thảo" does. */
  readonly templates: readonly ParagraphSetting[];
  /** Each commune's selection kept in "Dự thảo", by recordKey, so the pane starts from it. */
  readonly selections: ReadonlyMap<string, DraftSelection>;
}

export type RecalculateWorkbook = () => Promise<RecalculationResult>;

const WRITTEN = [SHEETS.data, SHEETS.checks, SHEETS.summary, SHEETS.drafts];

/** A note on "Mẫu kiến nghị" as staff read it in the pane, away from the sheet: naming the sheet. */
function templateNote(message: string): string {
  return message.includes(TEMPLATE_SHEET_NAME) ? message : `Sheet “${TEMPLATE_SHEET_NAME}”, ${message.charAt(0).toLocaleLowerCase("vi")}${message.slice(1)}`;
}

export const recalculateWorkbook: RecalculateWorkbook = () => {
  const features = availableFeatures();
  return Excel.run(async (context) => {
    const contents = await readWorkbook(
      context,
      { read: [SHEETS.checks, SHEETS.summary, SHEETS.drafts, SHEETS.sources, TEMPLATE_SHEET_NAME], written: WRITTEN, requireData: true },
      // Queued before the reads, so the values read are the recalculated ones.
      () => context.workbook.application.calculate(Excel.CalculationType.full),
    );
    const table = contents.data;
    if (!table) throw new Error("readWorkbook returns the data table when it is required");
    const records = table.values.map((row) => rowRecord(row, table.positions, table.left));
    const citations = readCitations(contents.used.get(SHEETS.sources)?.values ?? []);
    const checked = records
      .filter((record) => !isBlankRecord(record))
      .map((record) => ({ record, findings: checkRecord(record, checkContextOf(citations.byKey, record)) }));
    const template = contents.used.get(TEMPLATE_SHEET_NAME);
    const { settings, messages } = template ? parseTemplateRows(template.values as (string | number | boolean)[][]) : { settings: [], messages: [] };
    const drafts = readDraftSheet(contents.used.get(SHEETS.drafts)?.values ?? []);

    const leftOut = [
      ...dataStyling(table.sheet, table.positions, table.top, table.left, table.width, table.values.length, features),
      ...renderSheet(freshSheet(context, contents, SHEETS.checks), checkSheet(checked), features),
      ...renderSheet(freshSheet(context, contents, SHEETS.summary), summarySheet(table.positions, table.values.length, false, table.top + 2), features),
      ...renderSheet(freshSheet(context, contents, SHEETS.drafts), draftSheet(checked, settings, drafts.selections), features),
    ];
    await context.sync();

    const findings = checked.reduce((n, c) => n + c.findings.length, 0);
    const withFindings = checked.filter((c) => c.findings.length > 0).length;
    const count = (n: number): string => formatCount(n, { padSmall: false });
    return {
      summary:
        findings === 0
          ? `Đã tính lại và kiểm tra ${count(checked.length)} xã, phường: các số liệu khớp nhau.`
          : `Đã tính lại và kiểm tra ${count(checked.length)} xã, phường: ${count(withFindings)} xã có ${count(findings)} điểm cần lưu ý, xem sheet “${SHEETS.checks}”.`,
      checked,
      notes: [...messages.map(templateNote), ...drafts.problems, ...citations.problems, leftOutNote(leftOut)].filter((note) => note !== undefined),
      templates: settings,
      selections: new Map([...drafts.selections].map(([key, { selection }]) => [key, selection])),
    };
  });
};
