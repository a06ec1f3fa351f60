/**
 * "Ghi vào sheet Dự thảo" from the pane: redrafts one commune with the paragraphs staff chose and
 * rewrites "Dự thảo" with that row replaced (the others as they are) and the selection kept beside
 * it, so the next "Tính lại" drafts with it too. Everything is checked before anything is written;
 * three syncs: find the sheets, read them, write.
 */
import { checkRecord } from "../domain/checks/checkExtraction";
import { type DraftSelection, isEmptySelection } from "../domain/drafts/selectionCell";
import { TEMPLATE_SHEET_NAME, parseTemplateRows } from "../domain/drafts/templateSheet";
import { formatCount } from "../domain/format/vietnamese";
import { checkContextOf, readCitations } from "../domain/workbook/citations";
import { isBlankRecord, rowRecord } from "../domain/workbook/dataSheet";
import { draftRow, readDraftSheet, withDraftRow } from "../domain/workbook/draftSheet";
import { type CommuneIdentity, identityKey, identityLabel, recordKey } from "../domain/workbook/identity";
import { SHEETS } from "../domain/workbook/layout";
import { draftRowsSheet } from "../domain/workbook/workbookModel";
import { freshSheet, readWorkbook } from "./readWorkbook";
import { renderSheet } from "./renderSheet";
import { availableFeatures } from "./requirements";
import { WorkbookError } from "./workbookError";

/** Resolves to the sentence for the notification, in Vietnamese. */
export type WriteDraftSelection = (commune: CommuneIdentity, selection: DraftSelection) => Promise<string>;

function selectionWords(selection: DraftSelection): string {
  if (isEmptySelection(selection)) return "các đoạn theo quy tắc, không có lựa chọn riêng";
  const count = (n: number) => formatCount(n, { padSmall: false });
  return [
    selection.ticked.length > 0 ? `thêm ${count(selection.ticked.length)} đoạn` : "",
    selection.unticked.length > 0 ? `bỏ ${count(selection.unticked.length)} đoạn` : "",
  ]
    .filter(Boolean)
    .join(", ")
    .concat(" theo lựa chọn của cán bộ");
}

export const writeDraftSelection: WriteDraftSelection = (commune, selection) => {
  const features = availableFeatures();
  return Excel.run(async (context) => {
    const contents = await readWorkbook(context, { read: [SHEETS.drafts, SHEETS.sources, TEMPLATE_SHEET_NAME], written: [SHEETS.drafts], requireData: true });
    const table = contents.data;
    if (!table) throw new Error("readWorkbook returns the data table when it is required");
    const key = identityKey(commune);
    const record = table.values
      .map((row) => rowRecord(row, table.positions, table.left))
      .find((r) => !isBlankRecord(r) && recordKey(r) === key);
    if (!record) {
      throw new WorkbookError(
        `Không tìm thấy xã, phường “${identityLabel(commune)}” trong sheet “${SHEETS.data}” (có thể tên xã hoặc kỳ báo cáo đã được sửa). Đề nghị bấm “Tính lại” rồi chọn lại xã; chưa có gì được ghi.`,
      );
    }
    const template = contents.used.get(TEMPLATE_SHEET_NAME);
    const { settings } = template ? parseTemplateRows(template.values as (string | number | boolean)[][]) : { settings: [] };
    const { rows } = readDraftSheet(contents.used.get(SHEETS.drafts)?.values ?? []);
    const { byKey } = readCitations(contents.used.get(SHEETS.sources)?.values ?? []);
    const row = draftRow({ record, findings: checkRecord(record, checkContextOf(byKey, record)), selection }, settings);
    // A frozen header is all "Dự thảo" could lack; "Tính lại" and the pane's opening notice already say so.
    renderSheet(freshSheet(context, contents, SHEETS.drafts), draftRowsSheet(withDraftRow(rows, row)), features);
    await context.sync();
    return `Đã ghi dự thảo kiến nghị của ${identityLabel(commune)} vào sheet “${SHEETS.drafts}” (${selectionWords(selection)}); “Tính lại” sẽ giữ lựa chọn này.`;
  });
};
