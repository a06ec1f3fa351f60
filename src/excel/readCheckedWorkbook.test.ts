/**
 * The one read path: what the pane reads to refresh "Kiểm tra" and "Dự thảo" is what "Tính lại"
 * checked and drafted from, hand edits and staff's selections included, and reading writes nothing.
 */
import { type OfficeDouble, installOfficeDouble } from "../../test/office-double/officeDouble";
import { sampleRecords } from "../../test/workbook/records";
import { type DraftSelection, isEmptySelection } from "../domain/drafts/selectionCell";
import type { CommuneRecord } from "../domain/record/fields";
import { identityOf, recordKey } from "../domain/workbook/identity";
import { SHEETS } from "../domain/workbook/layout";
import { importRecords } from "./importRecords";
import { readCheckedRecords } from "./readCheckedWorkbook";
import { recalculateWorkbook } from "./recalculate";
import { writeDraftSelection } from "./writeDraftSelection";

let double: OfficeDouble;
beforeEach(() => {
  double = installOfficeDouble(globalThis);
});
afterEach(() => double.uninstall());

const reports = (records: readonly CommuneRecord[]) =>
  records.map((record) => ({ record, provenance: {}, documents: [], noticeDate: null, source: "bao-cao.txt" }));
const SELECTION: DraftSelection = { ticked: ["an-toan-thong-tin"], unticked: [] };

describe("readCheckedRecords", () => {
  it("gives the pane what “Tính lại” checked, with hand edits and selections, in 2 syncs and writing nothing", async () => {
    const records = sampleRecords();
    await importRecords(reports(records));
    // A slip typed by hand after the import: more dossiers resolved on time than resolved.
    double.type(SHEETS.data, "I2", [[(records[0]?.resolved as number) + 50]]);
    await writeDraftSelection(identityOf(records[1] as CommuneRecord), SELECTION);
    const recalculated = await recalculateWorkbook();
    double.resetLog();

    const read = await readCheckedRecords();
    expect(double.log.syncCount).toBe(2);
    expect(double.writes).toEqual([]);
    expect(read.checked).toEqual(recalculated.checked);
    expect(read.templates).toEqual(recalculated.templates);
    // "Tính lại" wrote every commune's row into "Dự thảo": the others now read as the rules' choice.
    const chosen = (selections: ReadonlyMap<string, DraftSelection>) => new Map([...selections].filter(([, s]) => !isEmptySelection(s)));
    expect(chosen(read.selections)).toEqual(chosen(recalculated.selections));
    expect(read.selections.get(recordKey(records[1] as CommuneRecord))).toEqual(SELECTION);
    expect(read.checked[0]?.findings.some((f) => f.fields.includes("resolvedOnTime"))).toBe(true);
  });

  it("sees an edit made after the last “Tính lại”, as the pane needs when it comes back into view", async () => {
    const records = sampleRecords();
    await importRecords(reports(records));
    await recalculateWorkbook();
    const before = await readCheckedRecords();
    double.type(SHEETS.data, "I3", [[(records[1]?.resolved as number) + 7]]);
    const after = await readCheckedRecords();
    expect(after.checked[1]?.record.resolvedOnTime).toBe((records[1]?.resolved as number) + 7);
    expect(after.checked[1]?.findings.length).toBeGreaterThan(before.checked[1]?.findings.length ?? 0);
  });

  it("refuses a workbook without “Số liệu xã” with the same message as “Tính lại”", async () => {
    await expect(readCheckedRecords()).rejects.toThrow(/chưa có sheet “Số liệu xã”/);
    await expect(recalculateWorkbook()).rejects.toThrow(/chưa có sheet “Số liệu xã”/);
  });
});
