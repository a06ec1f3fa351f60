/**
 * "Ghi vào sheet Dự thảo" from the pane: redrafts one commune with the paragraphs staff chose and
 * rewrites "Dự thảo" with that row replaced (the others as they are) and the selection kept beside
 * it, so the next "Tính lại" drafts with it too. Everything is checked before anything is written;
 * three syncs: find the sheets, read them, write.
 */
import { type DraftSelection, isEmptySelection } from "../domain/drafts/selectionCell";
import { formatCount } from "../domain/format/vietnamese";
import { draftRow, withDraftRow } from "../domain/workbook/draftSheet";
import { type CommuneIdentity, identityKey, identityLabel, recordKey } from "../domain/workbook/identity";
import { SHEETS } from "../domain/workbook/layout";
import { draftRowsSheet } from "../domain/workbook/workbookModel";
import { readCheckedWorkbook } from "./readCheckedWorkbook";
import { freshSheet } from "./readWorkbook";
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
    const { contents, checked, templates, drafts } = await readCheckedWorkbook(context, { written: [SHEETS.drafts] });
    const key = identityKey(commune);
    const found = checked.find((c) => recordKey(c.record) === key);
    if (!found) {
      throw new WorkbookError(
        `Không tìm thấy xã, phường “${identityLabel(commune)}” trong sheet “${SHEETS.data}” (có thể tên xã hoặc kỳ báo cáo đã được sửa). Đề nghị bấm “Tính lại” rồi chọn lại xã; chưa có gì được ghi.`,
      );
    }
    const row = draftRow({ ...found, selection }, templates);
    // A frozen header is all "Dự thảo" could lack; "Tính lại" and the pane's opening notice already say so.
    renderSheet(freshSheet(context, contents, SHEETS.drafts), draftRowsSheet(withDraftRow(drafts.rows, row)), features);
    await context.sync();
    return `Đã ghi dự thảo kiến nghị của ${identityLabel(commune)} vào sheet “${SHEETS.drafts}” (${selectionWords(selection)}); “Tính lại” sẽ giữ lựa chọn này.`;
  });
};
