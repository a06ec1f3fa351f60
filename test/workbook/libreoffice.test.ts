/**
 * Proof against a real spreadsheet engine: the CLI's .xlsx, recalculated by LibreOffice, gives
 * every ratio the TypeScript value, every flag the rule's verdict, the province rates from totals,
 * and no error anywhere.
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type { Cell, Workbook } from "exceljs";
import { ruleStatus } from "../../src/domain/checks/arithmetic";
import { checkRecord } from "../../src/domain/checks/checkExtraction";
import { RATIOS, type Ratio, ratioValue } from "../../src/domain/ratios/catalogue";
import { evaluate } from "../../src/domain/expr/expr";
import type { CommuneRecord } from "../../src/domain/record/fields";
import { locateColumns } from "../../src/domain/workbook/dataSheet";
import { DATA_COLUMNS, SHEETS } from "../../src/domain/workbook/layout";
import { RANKED_RATIOS, SUMMARY_TEXT } from "../../src/domain/workbook/summarySheet";
import { standardWorkbook } from "../../src/domain/workbook/workbookModel";
import { writeWorkbook } from "../../src/xlsx/writeWorkbook";
import { main } from "../../src/cli/main";
import { SAMPLES, generatedRecords, sampleRecords } from "./records";

jest.setTimeout(120_000);

let work: string;
beforeAll(() => {
  work = mkdtempSync(join(tmpdir(), "cchc-lo-"));
});
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Converts with LibreOffice headless, a fresh profile each time, which recalculates every formula. */
function recalculateWithLibreOffice(file: string): string {
  const profile = mkdtempSync(join(tmpdir(), "cchc-lo-profile-"));
  const outDir = mkdtempSync(join(work, "out-"));
  try {
    execFileSync("soffice", [`-env:UserInstallation=file://${profile}`, "--headless", "--convert-to", "xlsx", "--outdir", outDir, file], {
      stdio: "pipe",
      timeout: 90_000,
    });
  } finally {
    rmSync(profile, { recursive: true, force: true });
  }
  return join(outDir, file.split("/").pop() as string);
}

async function load(file: string): Promise<Workbook> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  return workbook;
}

/** A cell's value, calculated for a formula: "" for an empty text result (exceljs drops it). */
function resultOf(cell: Cell): unknown {
  return cell.formula ? (cell.result ?? "") : cell.value;
}

function isError(cell: Cell): boolean {
  const result = resultOf(cell);
  if (result && typeof result === "object" && "error" in result) return true;
  return typeof result === "string" && (/^#(REF!|NAME\?|DIV\/0!|VALUE!|N\/A|NUM!|NULL!)/.test(result) || result.startsWith("Err:"));
}

function closeTo(actual: unknown, expected: number): boolean {
  return typeof actual === "number" && Math.abs(actual - expected) <= 1e-9 * Math.max(1, Math.abs(expected));
}

async function writtenAndRecalculated(records: readonly CommuneRecord[]): Promise<Workbook> {
  const models = standardWorkbook(
    records.map((record) => ({
      record,
      provenance: {},
      documents: [],
      noticeDate: null,
      source: "thử.txt",
      findings: checkRecord(record),
    })),
  );
  const file = join(work, `so-lieu-${records.length}.xlsx`);
  writeFileSync(file, await writeWorkbook(models));
  return load(recalculateWithLibreOffice(file));
}

function provinceRate(ratio: Ratio, records: readonly CommuneRecord[]): number | undefined {
  const defined = records.filter((r) => ratioValue(ratio, r) !== undefined);
  const numerator = defined.reduce((s, r) => s + (evaluate(ratio.numerator, r) as number), 0);
  const denominator = defined.reduce((s, r) => s + (evaluate(ratio.denominator, r) as number), 0);
  return defined.length === 0 || denominator === 0 ? undefined : numerator / denominator;
}

describe("the .xlsx recalculated by LibreOffice", () => {
  const records = [...sampleRecords(), ...generatedRecords(40)];
  let workbook: Workbook;
  beforeAll(async () => {
    workbook = await writtenAndRecalculated(records);
  });

  it("holds no error in any cell of any sheet", () => {
    const errors: string[] = [];
    workbook.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          if (isError(cell)) errors.push(`${sheet.name}!${cell.address}: ${JSON.stringify(resultOf(cell))}`);
        }),
      ),
    );
    expect(errors).toEqual([]);
  });

  it("gives every ratio the TypeScript value and every flag the rule's verdict", () => {
    const sheet = workbook.getWorksheet(SHEETS.data);
    if (!sheet) throw new Error("no data sheet");
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    const { positions, missing } = locateColumns(header);
    expect(missing).toEqual([]);
    let ratios = 0;
    let flags = { pass: 0, fail: 0, na: 0 };
    records.forEach((record, i) => {
      const row = sheet.getRow(i + 2);
      for (const column of DATA_COLUMNS) {
        const cell = resultOf(row.getCell((positions.get(column.key) as number) + 1));
        if (column.role === "ratio") {
          const expected = ratioValue(column.ratio, record);
          if (expected === undefined) expect({ key: column.key, row: i + 2, cell }).toEqual({ key: column.key, row: i + 2, cell: "" });
          else
            expect({ key: column.key, row: i + 2, close: closeTo(cell, expected) }).toEqual({ key: column.key, row: i + 2, close: true });
          ratios++;
        } else if (column.role === "flag") {
          const status = ruleStatus(column.rule, record);
          const expected = status === "fail" ? true : status === "pass" ? false : "";
          expect({ rule: column.rule.id, row: i + 2, cell }).toEqual({ rule: column.rule.id, row: i + 2, cell: expected });
          flags = { ...flags, [status]: flags[status] + 1 };
        }
      }
    });
    expect(ratios).toBe(records.length * RATIOS.length);
    // The records exercise every verdict, so the comparison above means something.
    expect(flags.pass).toBeGreaterThan(50);
    expect(flags.fail).toBeGreaterThan(50);
    expect(flags.na).toBeGreaterThan(50);
  });

  it("computes province rates from totals and ranks communes like the TypeScript", () => {
    const sheet = workbook.getWorksheet(SHEETS.summary);
    if (!sheet) throw new Error("no summary sheet");
    const rows: unknown[][] = [];
    sheet.eachRow({ includeEmpty: true }, (row, n) => {
      rows[n - 1] = Array.from({ length: 8 }, (_, j) => resultOf(row.getCell(j + 1)));
    });
    const ratioHeader = rows.findIndex((r) => r[0] === SUMMARY_TEXT.ratiosHeader[0]);
    for (const [k, ratio] of RATIOS.entries()) {
      const row = rows[ratioHeader + 1 + k] ?? [];
      expect(row[0]).toBe(ratio.label);
      const expected = provinceRate(ratio, records);
      if (expected === undefined) expect(row[3]).toBe("");
      else expect({ ratio: ratio.id, close: closeTo(row[3], expected) }).toEqual({ ratio: ratio.id, close: true });
      expect(row[4]).toBe(records.filter((r) => ratioValue(ratio, r) !== undefined).length);
    }
    const rankingHeader = rows.findIndex((r) => r[0] === "Xã, phường");
    RANKED_RATIOS.forEach((id, k) => {
      const ratio = RATIOS.find((r) => r.id === id) as Ratio;
      const values = records.map((r) => ratioValue(ratio, r));
      records.forEach((record, i) => {
        const row = rows[rankingHeader + 1 + i] ?? [];
        expect(row[0]).toBe(record.commune);
        const value = values[i];
        const rank = value === undefined ? "" : 1 + values.filter((v) => v !== undefined && v > value + 1e-12).length;
        expect({ id, commune: record.commune, rank: row[1 + RANKED_RATIOS.length + k] }).toEqual({ id, commune: record.commune, rank });
      });
    });
  });
});

describe("cchc workbook", () => {
  it("turns the sample reports into a workbook LibreOffice opens without errors", async () => {
    const output = join(work, "mau.xlsx");
    const files = ["xa-al-ba.txt", "xa-bo-ngoong.txt", "xa-binh-duong-ocr.txt"].map((name) => resolve(SAMPLES, name));
    const out: string[] = [];
    const err: string[] = [];
    const code = await main(["workbook", ...files, "-o", output], { out: (t) => out.push(t), err: (t) => err.push(t) });
    expect({ code, err }).toEqual({ code: 0, err: [] });
    expect(out.join("")).toMatch(/3 xã, phường/);
    const workbook = await load(recalculateWithLibreOffice(output));
    expect(workbook.worksheets.map((s) => [s.name, s.state])).toEqual([
      [SHEETS.data, "visible"],
      [SHEETS.checks, "visible"],
      [SHEETS.summary, "visible"],
      [SHEETS.sources, "visible"],
      [SHEETS.drafts, "visible"],
      ["Mẫu kiến nghị", "visible"],
      [SHEETS.imported, "hidden"],
    ]);
    const errors: string[] = [];
    workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => void (isError(cell) && errors.push(cell.address)))));
    expect(errors).toEqual([]);
    const checks = workbook.getWorksheet(SHEETS.checks);
    // The samples raise findings: each becomes a row of "Kiểm tra".
    expect(checks?.rowCount).toBeGreaterThan(3);
  });

  it("refuses bad arguments with a Vietnamese message and writes nothing", async () => {
    const err: string[] = [];
    const io = { out: () => undefined, err: (t: string) => err.push(t) };
    expect(await main(["workbook", "-o", join(work, "x.xlsx")], io)).toBe(2);
    expect(await main(["workbook", resolve(SAMPLES, "xa-al-ba.txt")], io)).toBe(2);
    expect(await main(["workbook", resolve(SAMPLES, "xa-al-ba.txt"), "-o", join(work, "x.csv")], io)).toBe(2);
    expect(await main(["workbook", join(work, "khong-co.txt"), "-o", join(work, "y.xlsx")], io)).toBe(1);
    expect(err.join("\n")).toMatch(/Chưa chỉ định tệp báo cáo/);
    expect(err.join("\n")).toMatch(/Chưa chỉ định tệp kết quả/);
    expect(err.join("\n")).toMatch(/phải có đuôi \.xlsx/);
    expect(err.join("\n")).toMatch(/Không đọc được báo cáo nào/);
  });
});
