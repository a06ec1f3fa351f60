/**
 * The Office.js adapter against the recording double: constant syncs for 1 and 135 communes,
 * whole-range writes, the same formulas as the .xlsx, conflicts on hand edits, staff's column
 * order kept, and clear refusals that write nothing.
 */
import { type OfficeDouble, installOfficeDouble } from "../../test/office-double/officeDouble";
import { generatedRecords, sampleRecords } from "../../test/workbook/records";
import type { CommuneRecord } from "../domain/record/fields";
import { DATA_COLUMNS, DATA_TABLE, SHEETS } from "../domain/workbook/layout";
import { standardWorkbook } from "../domain/workbook/workbookModel";
import { writeWorkbook } from "../xlsx/writeWorkbook";
import { importRecords } from "./importRecords";
import { recalculateWorkbook } from "./recalculate";

let double: OfficeDouble;
beforeEach(() => {
  double = installOfficeDouble(globalThis);
});
afterEach(() => double.uninstall());

const reports = (records: readonly CommuneRecord[]) => records.map((record) => ({ record, provenance: {}, source: "bao-cao.txt" }));

function sheetRows(name: string): unknown[][] {
  const sheet = double.sheet(name);
  const used = sheet && double.state.usedBox(sheet, true);
  if (!used) return [];
  const end = `${String.fromCharCode(65 + Math.min(used.columns - 1, 25))}${used.rows}`;
  return double.values(name, `A1:${end}`);
}

const formulaWrites = () => double.writes.filter((w) => w.kind === "values" || w.kind === "formulas");

describe("importRecords", () => {
  it.each([1, 135])("creates the workbook for %i communes in at most 3 syncs, writing whole ranges", async (count) => {
    const records = generatedRecords(count);
    const outcome = await importRecords(reports(records));
    expect(outcome).toMatchObject({ conflicts: [], added: count, updated: 0 });
    expect(double.log.syncCount).toBeLessThanOrEqual(3);
    // One 2-D write per sheet (data, sources, last import), whatever the number of communes.
    expect(formulaWrites()).toHaveLength(3);
    const table = double.state.tableByName(DATA_TABLE);
    expect(table?.box).toEqual({ row: 0, column: 0, rows: count + 1, columns: DATA_COLUMNS.length });
    expect(double.values(SHEETS.data, `A${count + 1}`)).toEqual([[records[count - 1]?.commune]]);
    expect(double.sheet(SHEETS.imported)?.visibility).toBe("Hidden");
    expect(double.sheet(SHEETS.data)?.freeze.rows).toBe(1);
  });

  it("writes the very formulas of the .xlsx", async () => {
    const records = sampleRecords();
    await importRecords(reports(records));
    const { default: ExcelJS } = await import("exceljs");
    const workbook = new ExcelJS.Workbook();
    const bytes = await writeWorkbook(standardWorkbook(records.map((record) => ({ record, provenance: {}, source: "", findings: [] }))));
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet(SHEETS.data);
    let compared = 0;
    DATA_COLUMNS.forEach((column, j) => {
      if (column.role === "field") return;
      records.forEach((_, i) => {
        const fromXlsx = sheet?.getCell(i + 2, j + 1).formula;
        const fromAdapter = double.cell(SHEETS.data, `${sheet?.getCell(i + 2, j + 1).address}`)?.formula;
        expect(fromAdapter).toBe(`=${fromXlsx}`);
        compared++;
      });
    });
    expect(compared).toBe(records.length * DATA_COLUMNS.filter((c) => c.role !== "field").length);
  });

  it("writes imported text that looks like a formula as text", async () => {
    const [record] = generatedRecords(1) as [CommuneRecord];
    await importRecords([
      { record: { ...record, commune: "=HYPERLINK(\"http://x\")" }, provenance: { received: { index: 5, text: "- tiếp nhận 12 hồ sơ", confidence: 1 } }, source: "+tep.txt" },
    ]);
    expect(double.cell(SHEETS.data, "A2")).toMatchObject({ value: '=HYPERLINK("http://x")' });
    expect(double.cell(SHEETS.data, "A2")?.formula).toBeUndefined();
    const sources = sheetRows(SHEETS.sources);
    expect(sources[1]?.[4]).toBe("- tiếp nhận 12 hồ sơ");
    expect(sources[1]?.[5]).toBe("+tep.txt");
    for (const sheet of double.state.sheets) for (const cell of sheet.cells.values()) if (cell.formula) expect(cell.formula).not.toMatch(/HYPERLINK|tiếp nhận|tep/);
  });

  it("imports the same reports twice without duplicating rows, sources or conflicts", async () => {
    const records = sampleRecords();
    const withSources = records.map((record) => ({ record, provenance: { received: { index: 1, text: `tiếp nhận ${record.received} hồ sơ`, confidence: 1 } }, source: "a.txt" }));
    await importRecords(withSources);
    const again = await importRecords(withSources);
    expect(again).toMatchObject({ conflicts: [], added: 0, updated: 3 });
    expect(double.state.tableByName(DATA_TABLE)?.box.rows).toBe(records.length + 1);
    expect(sheetRows(SHEETS.sources)).toHaveLength(records.length + 1);
    expect(sheetRows(SHEETS.imported)).toHaveLength(records.length + 1);
  });

  it("reports figures staff changed by hand, writes nothing, then applies their choices", async () => {
    const records = sampleRecords();
    await importRecords(reports(records));
    double.type(SHEETS.data, "D2", [[999]]);
    double.resetLog();
    const changed = records.map((r) => ({ ...r, received: (r.received as number) + 1 }));
    const outcome = await importRecords(reports(changed));
    expect(outcome.conflicts).toEqual([
      { commune: records[0]?.commune, period: expect.any(String), field: "received", sheetValue: 999, importedValue: (records[0]?.received as number) + 1 },
    ]);
    expect(double.writes).toEqual([]);
    expect(double.log.syncCount).toBeLessThanOrEqual(3);
    const again = await importRecords(reports(changed), outcome.conflicts.map((c) => ({ ...c, decision: "keep" as const })));
    expect(again).toMatchObject({ conflicts: [], added: 0, updated: 3 });
    expect(double.values(SHEETS.data, "D2:D4")).toEqual([[999], [(records[1]?.received as number) + 1], [(records[2]?.received as number) + 1]]);
  });

  it("finds columns by header when staff reorder them and keeps their own columns", async () => {
    await importRecords(reports(sampleRecords().slice(0, 1)));
    // Staff move "Hồ sơ tiếp nhận" (D) to the end of the table and type a note in a column of their own.
    const table = double.state.tableByName(DATA_TABLE);
    if (!table) throw new Error("no table");
    const sheet = double.sheet(SHEETS.data);
    if (!sheet) throw new Error("no sheet");
    const right = table.box.columns;
    for (let row = 0; row < table.box.rows; row++) {
      const moved = double.state.cell(sheet, row, 3);
      if (moved) sheet.cells.set(row * 16384 + right, moved);
      sheet.cells.set(row * 16384 + 3, { value: row === 0 ? "Ghi chú của cán bộ" : "đã gọi điện", numberFormat: "General" });
    }
    table.box = { ...table.box, columns: right + 1 };
    double.resetLog();
    const second = sampleRecords()[1] as CommuneRecord;
    await importRecords(reports([second]));
    const letter = (i: number): string => (i < 26 ? String.fromCharCode(65 + i) : `${String.fromCharCode(64 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`);
    expect(double.values(SHEETS.data, `${letter(right)}3`)).toEqual([[second.received]]);
    expect(double.values(SHEETS.data, "D2:D3")).toEqual([["đã gọi điện"], [""]]);
    const online = DATA_COLUMNS.findIndex((c) => c.key === "ratio:onlineShare");
    expect(double.cell(SHEETS.data, `${letter(online)}3`)?.formula).toBe(`=IF(AND(ISNUMBER(E3),ISNUMBER(${letter(right)}3),(${letter(right)}3)<>0),E3/${letter(right)}3,"")`);
  });

  it("refuses a protected sheet with a Vietnamese message and writes nothing", async () => {
    await importRecords(reports(sampleRecords()));
    const sources = double.sheet(SHEETS.sources);
    if (sources) sources.protected = true;
    double.resetLog();
    await expect(importRecords(reports(generatedRecords(2)))).rejects.toThrow(/“Nguồn” đang được bảo vệ.*chưa có gì được ghi/);
    expect(double.writes).toEqual([]);
  });

  it("refuses a renamed data sheet and a table missing standard columns", async () => {
    await importRecords(reports(sampleRecords()));
    const data = double.sheet(SHEETS.data);
    if (!data) throw new Error("no sheet");
    data.name = "Số liệu cũ";
    double.resetLog();
    await expect(importRecords(reports(generatedRecords(1)))).rejects.toThrow(/đang nằm ở sheet “Số liệu cũ”/);
    await expect(recalculateWorkbook()).rejects.toThrow(/đang nằm ở sheet “Số liệu cũ”/);
    data.name = SHEETS.data;
    double.type(SHEETS.data, "E1", [["Trực tuyến"]]);
    await expect(importRecords(reports(generatedRecords(1)))).rejects.toThrow(/thiếu 1 cột: “Tiếp nhận trực tuyến”/);
    expect(double.writes).toEqual([]);
  });
});

describe("recalculateWorkbook", () => {
  it("tells staff to import first when there is no data sheet", async () => {
    await expect(recalculateWorkbook()).rejects.toThrow(/chưa có sheet “Số liệu xã”/);
  });

  it.each([1, 135])("re-checks %i communes from the sheet in at most 3 syncs", async (count) => {
    const records = [...sampleRecords(), ...generatedRecords(count)].slice(0, count);
    await importRecords(reports(records));
    double.resetLog();
    const outcome = await recalculateWorkbook();
    expect(double.log.syncCount).toBeLessThanOrEqual(3);
    expect(double.state.calculations).toEqual(["Full"]);
    expect(outcome.checked).toHaveLength(count);
    // One 2-D write per rewritten sheet (checks, summary, drafts), whatever the number of communes.
    expect(formulaWrites()).toHaveLength(3);
    const findings = outcome.checked.reduce((n, c) => n + c.findings.length, 0);
    expect(sheetRows(SHEETS.checks)).toHaveLength(findings + 1);
    expect(double.sheet(SHEETS.summary)?.charts.map((c) => c.name)).toEqual(["BieuDoHoSo", "BieuDoVNeID"]);
  });

  it("reads hand edits back, re-checks them and rewrites its sheets in place", async () => {
    const records = sampleRecords();
    await importRecords(reports(records));
    await recalculateWorkbook();
    const before = sheetRows(SHEETS.checks).length;
    // A slip typed by hand: more dossiers resolved on time than resolved.
    double.type(SHEETS.data, "I2", [[(records[0]?.resolved as number) + 50]]);
    const outcome = await recalculateWorkbook();
    const first = outcome.checked[0];
    expect(first?.record.resolvedOnTime).toBe((records[0]?.resolved as number) + 50);
    expect(first?.findings.some((f) => f.fields.includes("resolvedOnTime"))).toBe(true);
    expect(sheetRows(SHEETS.checks).length).toBeGreaterThan(before);
    expect(double.state.sheets.filter((s) => s.name === SHEETS.checks)).toHaveLength(1);
    expect(double.sheet(SHEETS.summary)?.charts).toHaveLength(2);
  });
});
