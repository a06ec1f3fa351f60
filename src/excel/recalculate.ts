/**
 * "Tính lại", run by the ribbon button and the pane alike: a full calculation, then every record
 * is read back from "Số liệu xã" (hand edits included), checked again with the documents and notice
 * date its report cited (kept in "Nguồn"), and "Kiểm tra", the highlights, "Tổng hợp" (with its
 * charts) and "Dự thảo" are rewritten; "Dự thảo" keeps each commune's selection by staff and
 * drafts with it. Three syncs whatever the number of communes: calculate and find the sheets, read
 * them, write.
 */
import { formatCount } from "../domain/format/vietnamese";
import { SHEETS } from "../domain/workbook/layout";
import { summarySheet } from "../domain/workbook/summarySheet";
import { checkSheet, draftSheet } from "../domain/workbook/workbookModel";
import { dataStyling } from "./importRecords";
import { type CheckedWorkbook, readCheckedWorkbook } from "./readCheckedWorkbook";
import { freshSheet } from "./readWorkbook";
import { renderSheet } from "./renderSheet";
import { availableFeatures, leftOutNote } from "./requirements";

export interface RecalculationResult extends CheckedWorkbook {
  /** One sentence for the notification, in Vietnamese. */
  readonly summary: string;
  /** Also the features this Excel lacks that were left out. */
  readonly notes: readonly string[];
}

export type RecalculateWorkbook = () => Promise<RecalculationResult>;

const WRITTEN = [SHEETS.data, SHEETS.checks, SHEETS.summary, SHEETS.drafts];

export const recalculateWorkbook: RecalculateWorkbook = () => {
  const features = availableFeatures();
  return Excel.run(async (context) => {
    const read = await readCheckedWorkbook(context, {
      written: WRITTEN,
      read: [SHEETS.checks, SHEETS.summary],
      // Queued before the reads, so the values read are the recalculated ones.
      before: () => context.workbook.application.calculate(Excel.CalculationType.full),
    });
    const { contents, table, checked, drafts } = read;

    const leftOut = [
      ...dataStyling(table.sheet, table.positions, table.top, table.left, table.width, table.values.length, features),
      ...renderSheet(freshSheet(context, contents, SHEETS.checks), checkSheet(checked), features),
      ...renderSheet(
        freshSheet(context, contents, SHEETS.summary),
        summarySheet(table.positions, table.values.length, false, table.top + 2),
        features,
      ),
      ...renderSheet(freshSheet(context, contents, SHEETS.drafts), draftSheet(checked, read.templates, drafts.selections), features),
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
      notes: [...read.notes, leftOutNote(leftOut)].filter((note) => note !== undefined),
      templates: read.templates,
      selections: read.selections,
      checked,
    };
  });
};
