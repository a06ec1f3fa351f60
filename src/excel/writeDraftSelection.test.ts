/**
 * Staff's selection through the adapter, against the recording double: one commune redrafted and
 * "Dự thảo" rewritten in one whole-range write within 3 syncs, the selection kept by "Tính lại",
 * and refusals that write nothing.
 */
import { type OfficeDouble, installOfficeDouble } from "../../test/office-double/officeDouble";
import { generatedRecords, sampleRecords } from "../../test/workbook/records";
import { checkRecord } from "../domain/checks/checkExtraction";
import { draftNotice } from "../domain/drafts/draftNotice";
import type { DraftSelection } from "../domain/drafts/selectionCell";
import type { CommuneRecord } from "../domain/record/fields";
import { identityOf, recordKey } from "../domain/workbook/identity";
import { SHEETS } from "../domain/workbook/layout";
import { importRecords } from "./importRecords";
import { recalculateWorkbook } from "./recalculate";
import { writeDraftSelection } from "./writeDraftSelection";

let double: OfficeDouble;
beforeEach(() => {
  double = installOfficeDouble(globalThis);
});
afterEach(() => double.uninstall());

const OPTIONAL = "an-toan-thong-tin";
const ALWAYS = "co-so-du-lieu-can-bo";
const SELECTION: DraftSelection = { ticked: [OPTIONAL], unticked: [ALWAYS] };

const reports = (records: readonly CommuneRecord[]) =>
  records.map((record) => ({ record, provenance: {}, documents: [], noticeDate: null, source: "bao-cao.txt" }));
const textOf = (record: CommuneRecord, id: string) =>
  draftNotice(record, checkRecord(record), { ticked: [id] }).recommendations.find((p) => p.id === id)?.text ?? "";
const draftRows = () => double.values(SHEETS.drafts, "A1:E200").filter((row) => row.some((cell) => cell !== ""));
const rowOf = (record: CommuneRecord) => draftRows().find((row) => row[0] === record.commune);
const formulaWrites = () => double.writes.filter((w) => w.kind === "values" || w.kind === "formulas");

async function workbookWith(records: readonly CommuneRecord[]) {
  await importRecords(reports(records));
  await recalculateWorkbook();
  double.resetLog();
}

describe("writeDraftSelection", () => {
  it("redrafts one commune with staff's selection in one whole-range write of “Dự thảo”, in at most 3 syncs", async () => {
    const records = sampleRecords();
    await workbookWith(records);
    const [first, second, third] = records as [CommuneRecord, CommuneRecord, CommuneRecord];
    const before = draftRows();
    const summary = await writeDraftSelection(identityOf(second), SELECTION);
    expect(double.log.syncCount).toBeLessThanOrEqual(3);
    expect(formulaWrites()).toHaveLength(1);
    const [write] = formulaWrites();
    expect(write?.sheet).toBe(SHEETS.drafts);
    const written = JSON.stringify(write?.data);
    expect(written).toContain(JSON.stringify(textOf(second, OPTIONAL)).slice(1, -1));
    expect(written).toContain(`+${OPTIONAL}; -${ALWAYS}`);
    const row = rowOf(second);
    expect(row?.[2]).toContain(textOf(second, OPTIONAL));
    expect(row?.[2]).not.toContain(textOf(second, ALWAYS));
    expect(row?.[3]).toContain("do cán bộ bỏ chọn");
    expect(row?.[4]).toBe(`+${OPTIONAL}; -${ALWAYS}`);
    // The other communes' rows stay as they were, in the same order.
    expect(draftRows().map((r) => r[0])).toEqual(before.map((r) => r[0]));
    expect(rowOf(first)).toEqual(before[1]);
    expect(rowOf(third)).toEqual(before[3]);
    expect(summary).toMatch(/^Đã ghi dự thảo kiến nghị của .* vào sheet “Dự thảo” \(thêm 1 đoạn, bỏ 1 đoạn theo lựa chọn của cán bộ\)/);
  });

  it("keeps the selection through “Tính lại”, which drafts with it and hands it to the pane", async () => {
    const records = sampleRecords();
    await workbookWith(records);
    const second = records[1] as CommuneRecord;
    await writeDraftSelection(identityOf(second), SELECTION);
    const outcome = await recalculateWorkbook();
    expect(outcome.selections.get(recordKey(second))).toEqual(SELECTION);
    expect(rowOf(second)?.[2]).toContain(textOf(second, OPTIONAL));
    expect(rowOf(second)?.[2]).not.toContain(textOf(second, ALWAYS));
    expect(rowOf(second)?.[4]).toBe(`+${OPTIONAL}; -${ALWAYS}`);
    // Writing the rules' choice again clears the cell.
    await writeDraftSelection(identityOf(second), { ticked: [], unticked: [] });
    expect(rowOf(second)?.[4]).toBe("");
    expect(rowOf(second)?.[2]).toContain(textOf(second, ALWAYS));
  });

  it("uses a selection staff typed into the cell, and tells what it cannot use", async () => {
    const records = sampleRecords();
    await workbookWith(records);
    double.type(SHEETS.drafts, "E2", [[`+${OPTIONAL}; +khong-co`]]);
    const outcome = await recalculateWorkbook();
    const first = records[0] as CommuneRecord;
    expect(rowOf(first)?.[2]).toContain(textOf(first, OPTIONAL));
    expect(rowOf(first)?.[4]).toBe(`+${OPTIONAL}`);
    expect(rowOf(first)?.[3]).toContain("Cột “Lựa chọn của cán bộ”: Không có đoạn kiến nghị mã “khong-co”; bỏ qua.");
    expect(outcome.selections.get(recordKey(first))).toEqual({ ticked: [OPTIONAL], unticked: [] });
    expect(outcome.notes).toContainEqual(expect.stringMatching(/^Sheet “Dự thảo”, .*: Không có đoạn kiến nghị mã “khong-co”; bỏ qua\.$/));
  });

  it.each([1, 135])("writes in at most 3 syncs and one 2-D write for %i communes", async (count) => {
    const records = generatedRecords(count);
    await workbookWith(records);
    const last = records[count - 1] as CommuneRecord;
    await writeDraftSelection(identityOf(last), { ticked: [OPTIONAL], unticked: [] });
    expect(double.log.syncCount).toBeLessThanOrEqual(3);
    expect(formulaWrites()).toHaveLength(1);
    expect(draftRows()).toHaveLength(count + 1);
    expect(rowOf(last)?.[4]).toBe(`+${OPTIONAL}`);
  });

  it("adds the sheet “Dự thảo” with the commune's row when there is none yet", async () => {
    const records = sampleRecords();
    await importRecords(reports(records));
    await writeDraftSelection(identityOf(records[2] as CommuneRecord), SELECTION);
    expect(draftRows().map((row) => row[0])).toEqual(["Xã, phường", records[2]?.commune]);
  });

  it("refuses a protected “Dự thảo” with a Vietnamese message and writes nothing", async () => {
    const records = sampleRecords();
    await workbookWith(records);
    const sheet = double.sheet(SHEETS.drafts);
    if (sheet) sheet.protected = true;
    const before = draftRows();
    await expect(writeDraftSelection(identityOf(records[0] as CommuneRecord), SELECTION)).rejects.toThrow(
      /Sheet “Dự thảo” đang được bảo vệ.*chưa có gì được ghi/,
    );
    expect(double.writes).toEqual([]);
    expect(draftRows()).toEqual(before);
  });

  it("refuses a commune no longer in “Số liệu xã” and a workbook without it, writing nothing", async () => {
    await expect(writeDraftSelection({ commune: "Thử Nghiệm", period: "" }, SELECTION)).rejects.toThrow(/chưa có sheet “Số liệu xã”/);
    const records = sampleRecords();
    await workbookWith(records);
    const renamed = { ...identityOf(records[0] as CommuneRecord), period: "01/01/2020 – 31/03/2020" };
    await expect(writeDraftSelection(renamed, SELECTION)).rejects.toThrow(
      /^Không tìm thấy xã, phường “.* \(01\/01\/2020 – 31\/03\/2020\)” trong sheet “Số liệu xã”.*chưa có gì được ghi\.$/,
    );
    expect(double.writes).toEqual([]);
  });
});
