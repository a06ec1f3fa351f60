/**
 * The Office.js adapter against the recording double: constant syncs for 1 and 135 communes,
 * whole-range writes, the same formulas as the .xlsx, conflicts on hand edits, staff's column
 * order kept, and clear refusals that write nothing.
 */
import { type OfficeDouble, installOfficeDouble } from "../../test/office-double/officeDouble";
import { loadSample } from "../../test/support/reportSamples";
import { generatedRecords, sampleRecords } from "../../test/workbook/records";
import { checkExtraction } from "../domain/checks/checkExtraction";
import { TEMPLATE_SHEET_NAME, catalogueToRows } from "../domain/drafts/templateSheet";
import type { Finding } from "../domain/checks/finding";
import { extractReport } from "../domain/extract/extractReport";
import type { CitedDocument, Extraction } from "../domain/record/extraction";
import type { CommuneRecord } from "../domain/record/fields";
import { isoToSerial } from "../domain/workbook/cells";
import { readCitations } from "../domain/workbook/citations";
import { recordKey } from "../domain/workbook/identity";
import { DATA_COLUMNS, DATA_TABLE, SHEETS, SOURCE_ROW_LABELS } from "../domain/workbook/layout";
import type { ImportedReport } from "../domain/workbook/sourceSheet";
import { standardWorkbook } from "../domain/workbook/workbookModel";
import { writeWorkbook } from "../xlsx/writeWorkbook";
import { importRecords } from "./importRecords";
import { recalculateWorkbook } from "./recalculate";

// The first test to read an .xlsx back loads exceljs's parts; on a busy CI machine that alone passes jest's 5 s.
jest.setTimeout(30_000);

let double: OfficeDouble;
beforeEach(() => {
  double = installOfficeDouble(globalThis);
});
afterEach(() => double.uninstall());

const reports = (records: readonly CommuneRecord[]) =>
  records.map((record) => ({ record, provenance: {}, documents: [], noticeDate: null, source: "bao-cao.txt" }));

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
    const bytes = await writeWorkbook(
      standardWorkbook(records.map((record) => ({ record, provenance: {}, documents: [], noticeDate: null, source: "", findings: [] }))),
    );
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
      {
        record: { ...record, commune: '=HYPERLINK("http://x")' },
        provenance: { received: { index: 5, text: "- tiếp nhận 12 hồ sơ", confidence: 1 } },
        documents: [],
        noticeDate: null,
        source: "+tep.txt",
      },
    ]);
    expect(double.cell(SHEETS.data, "A2")).toMatchObject({ value: '=HYPERLINK("http://x")' });
    expect(double.cell(SHEETS.data, "A2")?.formula).toBeUndefined();
    const sources = sheetRows(SHEETS.sources);
    expect(sources[1]?.[4]).toBe("- tiếp nhận 12 hồ sơ");
    expect(sources[1]?.[5]).toBe("+tep.txt");
    for (const sheet of double.state.sheets)
      for (const cell of sheet.cells.values()) if (cell.formula) expect(cell.formula).not.toMatch(/HYPERLINK|tiếp nhận|tep/);
  });

  it("imports the same reports twice without duplicating rows, sources or conflicts", async () => {
    const records = sampleRecords();
    const withSources = records.map((record) => ({
      record,
      provenance: { received: { index: 1, text: `tiếp nhận ${record.received} hồ sơ`, confidence: 1 } },
      documents: [],
      noticeDate: null,
      source: "a.txt",
    }));
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
      {
        commune: records[0]?.commune,
        period: expect.any(String),
        field: "received",
        sheetValue: 999,
        importedValue: (records[0]?.received as number) + 1,
      },
    ]);
    expect(double.writes).toEqual([]);
    expect(double.log.syncCount).toBeLessThanOrEqual(3);
    const again = await importRecords(
      reports(changed),
      outcome.conflicts.map((c) => ({ ...c, decision: "keep" as const })),
    );
    expect(again).toMatchObject({ conflicts: [], added: 0, updated: 3 });
    expect(double.values(SHEETS.data, "D2:D4")).toEqual([
      [999],
      [(records[1]?.received as number) + 1],
      [(records[2]?.received as number) + 1],
    ]);
    // The same report again: staff's "giữ" is remembered, nothing is asked and their figure stays.
    const third = await importRecords(reports(changed));
    expect(third).toMatchObject({ conflicts: [], added: 0, updated: 3 });
    expect(double.values(SHEETS.data, "D2")).toEqual([[999]]);
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
    const letter = (i: number): string =>
      i < 26 ? String.fromCharCode(65 + i) : `${String.fromCharCode(64 + Math.floor(i / 26))}${String.fromCharCode(65 + (i % 26))}`;
    expect(double.values(SHEETS.data, `${letter(right)}3`)).toEqual([[second.received]]);
    expect(double.values(SHEETS.data, "D2:D3")).toEqual([["đã gọi điện"], [""]]);
    const online = DATA_COLUMNS.findIndex((c) => c.key === "ratio:onlineShare");
    expect(double.cell(SHEETS.data, `${letter(online)}3`)?.formula).toBe(
      `=IF(AND(ISNUMBER(E3),ISNUMBER(${letter(right)}3),(${letter(right)}3)<>0),E3/${letter(right)}3,"")`,
    );
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

describe("the notes of “Tính lại”", () => {
  it("name “Mẫu kiến nghị” in what could not be used of it, as staff read them away from the sheet", async () => {
    await importRecords(reports(sampleRecords().slice(0, 1)));
    double.state.addSheet(TEMPLATE_SHEET_NAME);
    const [header = [], first = []] = catalogueToRows();
    double.type(TEMPLATE_SHEET_NAME, "A1:E3", [header, first, first.map((cell, j) => (j === 0 ? "ma-khong-co" : cell))]);
    const outcome = await recalculateWorkbook();
    expect(outcome.notes).toEqual([`Sheet “${TEMPLATE_SHEET_NAME}”, dòng 3: mã “ma-khong-co” không có trong danh mục kiến nghị, bỏ qua.`]);
  });
});

describe("the documents and notice date a report cites", () => {
  const extraction = (name: string) => extractReport(loadSample(name).text);
  const imported = (e: Extraction, source = "bao-cao.txt"): ImportedReport => ({
    record: e.fields,
    provenance: e.provenance,
    documents: e.documents,
    noticeDate: e.noticeDate,
    source,
  });
  const citing = (findings: readonly Finding[]) => findings.filter((f) => f.kind === "numbering" || f.kind === "date");

  /** The report with two of its documents' dates swapped so their numbering is out of order, signed before its period ends. */
  function withSlips(e: Extraction): Extraction {
    const { documents } = e;
    for (let i = 0; i < documents.length; i++) {
      for (let j = i + 1; j < documents.length; j++) {
        const [a, b] = [documents[i] as CitedDocument, documents[j] as CitedDocument];
        if (!a.date || !b.date || a.date === b.date) continue;
        const swapped = documents.map((d, k) => (k === i ? { ...a, date: b.date } : k === j ? { ...b, date: a.date } : d));
        const slipped = { ...e, documents: swapped, noticeDate: e.fields.periodStart as string };
        if (checkExtraction(slipped).some((f) => f.kind === "numbering")) return slipped;
      }
    }
    throw new Error("no two documents of one numbering to swap");
  }

  it("keeps the numbering and date findings of the import through “Tính lại”, in 3 syncs", async () => {
    const slipped = withSlips(extraction("xa-al-ba"));
    const expected = citing(checkExtraction(slipped));
    expect(new Set(expected.map((f) => f.kind))).toEqual(new Set(["numbering", "date"]));
    await importRecords([imported(slipped), ...reports(generatedRecords(2))]);
    double.resetLog();
    const outcome = await recalculateWorkbook();
    expect(double.log.syncCount).toBeLessThanOrEqual(3);
    const checked = outcome.checked.find((c) => recordKey(c.record) === recordKey(slipped.fields));
    expect(citing(checked?.findings ?? [])).toEqual(expected);
    expect(outcome.notes).toEqual([]);
    const listed = sheetRows(SHEETS.checks).map((row) => row[4]);
    for (const finding of expected) expect(listed).toContain(finding.message);
  });

  it("replaces a commune's citations when it is imported again, keeps the others', and notes what staff broke", async () => {
    const first = extraction("xa-bo-ngoong");
    const other = extraction("xa-binh-duong-ocr");
    await importRecords([imported(withSlips(first)), imported(other)]);
    expect(citing((await recalculateWorkbook()).checked[0]?.findings ?? []).length).toBeGreaterThan(0);

    await importRecords([imported(first)]);
    const kept = readCitations(sheetRows(SHEETS.sources));
    expect(kept.byKey.get(recordKey(first.fields))).toEqual({ documents: first.documents, noticeDate: first.noticeDate });
    expect(kept.byKey.get(recordKey(other.fields))).toEqual({ documents: other.documents, noticeDate: other.noticeDate });
    const outcome = await recalculateWorkbook();
    expect(citing(outcome.checked[0]?.findings ?? [])).toEqual(citing(checkExtraction(first)));

    const row = sheetRows(SHEETS.sources).findIndex((r) => r[2] === SOURCE_ROW_LABELS.document) + 1;
    double.type(SHEETS.sources, `D${row}`, [["văn bản số ?"]]);
    const noted = await recalculateWorkbook();
    expect(noted.notes).toEqual([
      expect.stringMatching(new RegExp(`^Sheet “Nguồn”, dòng ${row}: không đọc được văn bản viện dẫn “văn bản số \\?”`)),
    ]);
  });

  it("writes the same citation rows as the .xlsx of “cchc workbook”", async () => {
    const reportsWith = [imported(extraction("xa-binh-duong-ocr"), "b.txt"), imported(extraction("xa-al-ba"), "a.txt")];
    await importRecords(reportsWith);
    const { default: ExcelJS } = await import("exceljs");
    const workbook = new ExcelJS.Workbook();
    const bytes = await writeWorkbook(standardWorkbook(reportsWith.map((r) => ({ ...r, findings: [] }))));
    await workbook.xlsx.load(bytes.buffer as ArrayBuffer);
    const sheet = workbook.getWorksheet(SHEETS.sources);
    // exceljs reads a date-formatted number back as a Date; Office.js gives the number.
    const cellValue = (value: unknown) => (value instanceof Date ? isoToSerial(value.toISOString().slice(0, 10)) : (value ?? ""));
    const fromXlsx = Array.from({ length: sheet?.rowCount ?? 0 }, (_, i) =>
      Array.from({ length: 8 }, (_, j) => cellValue(sheet?.getCell(i + 1, j + 1).value)),
    );
    const labels: unknown[] = Object.values(SOURCE_ROW_LABELS);
    const citationsOf = (rows: unknown[][]) => rows.filter((r) => labels.includes(r[2]));
    expect(citationsOf(sheetRows(SHEETS.sources))).toEqual(citationsOf(fromXlsx));
    expect(citationsOf(fromXlsx).length).toBeGreaterThan(0);
    for (const rows of [sheetRows(SHEETS.sources), fromXlsx]) {
      const read = readCitations(rows).byKey;
      for (const r of reportsWith) expect(read.get(recordKey(r.record))).toEqual({ documents: r.documents, noticeDate: r.noticeDate });
    }
  });
});
