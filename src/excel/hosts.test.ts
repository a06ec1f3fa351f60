/**
 * The import, "Tính lại" and the draft writes on hosts with ExcelApi 1.4 (the floor), 1.7 and 1.16,
 * against the double that refuses every member above its host's set: the same figures, formulas,
 * formats, findings and drafts land on each, in the same number of syncs; only the optional
 * features (conditional formats, frozen header, charts, data validation) differ, and staff are
 * told which were left out.
 */
import { type OfficeDouble, installOfficeDouble } from "../../test/office-double/officeDouble";
import { generatedRecords, sampleRecords } from "../../test/workbook/records";
import type { CommuneRecord } from "../domain/record/fields";
import { identityOf } from "../domain/workbook/identity";
import { SHEETS } from "../domain/workbook/layout";
import { importRecords } from "./importRecords";
import { recalculateWorkbook } from "./recalculate";
import { type ExcelFeature, leftOutNote } from "./requirements";
import { writeDraftSelection } from "./writeDraftSelection";

const reports = (records: readonly CommuneRecord[]) =>
  records.map((record) => ({ record, provenance: {}, documents: [], noticeDate: null, source: "bao-cao.txt" }));

/** Everything of the workbook but the optional features: every sheet's cells (values, formulas, formats) and column widths. */
function contents(double: OfficeDouble) {
  return double.state.sheets.map((sheet) => ({
    name: sheet.name,
    visibility: sheet.visibility,
    cells: [...sheet.cells.entries()].sort(([a], [b]) => a - b),
    widths: [...sheet.columnWidths.entries()].sort(([a], [b]) => a - b),
  }));
}

function features(double: OfficeDouble) {
  return Object.fromEntries(
    double.state.sheets.map((sheet) => [
      sheet.name,
      {
        conditionalFormats: sheet.conditionalFormats.length,
        validations: sheet.validations.length,
        frozenRows: sheet.freeze.rows,
        charts: sheet.charts.length,
      },
    ]),
  );
}

/** Imports, appends rows, takes a hand edit, recalculates and writes a selection; what each step gave. */
async function session(excelApi: string) {
  const double = installOfficeDouble(globalThis, { requirementSets: { ExcelApi: excelApi } });
  try {
    const records = sampleRecords();
    const syncs: number[] = [];
    const step = async <T>(run: () => Promise<T>): Promise<T> => {
      double.resetLog();
      const result = await run();
      syncs.push(double.log.syncCount);
      return result;
    };
    const imported = await step(() => importRecords(reports(records)));
    // Rows added to the table take the other path: restyling the body of the existing table.
    const appended = await step(() => importRecords(reports(generatedRecords(2))));
    double.type(SHEETS.data, "I2", [[(records[0]?.resolved as number) + 50]]);
    const recalculated = await step(() => recalculateWorkbook());
    const drafted = await step(() =>
      writeDraftSelection(identityOf(records[1] as CommuneRecord), { ticked: ["an-toan-thong-tin"], unticked: [] }),
    );
    const again = await step(() => recalculateWorkbook());
    return {
      syncs,
      notes: { imported: imported.notes, appended: appended.notes, recalculated: recalculated.notes, again: again.notes },
      outcome: {
        imported: imported.summary,
        appended: appended.summary,
        recalculated: recalculated.summary,
        drafted,
        checked: again.checked,
        selections: again.selections,
      },
      contents: contents(double),
      features: features(double),
    };
  } finally {
    double.uninstall();
  }
}

const OPTIONAL: readonly ExcelFeature[] = ["conditionalFormats", "freezePanes", "charts", "dataValidation"];

describe("on ExcelApi 1.4, 1.7 and 1.16", () => {
  let hosts: Record<string, Awaited<ReturnType<typeof session>>>;
  beforeAll(async () => {
    hosts = { "1.4": await session("1.4"), "1.7": await session("1.7"), "1.16": await session("1.16") };
  });

  it("lands the same figures, formulas, formats, findings and drafts, in the same syncs, at most 3 a step", () => {
    const latest = hosts["1.16"];
    expect(latest?.outcome.checked.some((c) => c.findings.some((f) => f.fields.includes("resolvedOnTime")))).toBe(true);
    expect(Math.max(...(latest?.syncs ?? []))).toBeLessThanOrEqual(3);
    for (const excelApi of ["1.4", "1.7"]) {
      const host = hosts[excelApi];
      expect(host?.contents).toEqual(latest?.contents);
      expect(host?.outcome).toEqual(latest?.outcome);
      expect(host?.syncs).toEqual(latest?.syncs);
    }
  });

  it("differ only in the optional features, and say once which were left out", () => {
    const leftOut: Record<string, ExcelFeature[]> = { "1.4": [...OPTIONAL], "1.7": ["dataValidation"], "1.16": [] };
    for (const [excelApi, missing] of Object.entries(leftOut)) {
      const host = hosts[excelApi];
      const data = host?.features[SHEETS.data];
      expect({ excelApi, conditionalFormats: (data?.conditionalFormats ?? 0) > 0 }).toEqual({
        excelApi,
        conditionalFormats: !missing.includes("conditionalFormats"),
      });
      expect({ excelApi, validations: (data?.validations ?? 0) > 0 }).toEqual({
        excelApi,
        validations: !missing.includes("dataValidation"),
      });
      expect({ excelApi, frozen: [data?.frozenRows, host?.features[SHEETS.checks]?.frozenRows] }).toEqual({
        excelApi,
        frozen: missing.includes("freezePanes") ? [0, 0] : [1, 1],
      });
      expect({ excelApi, charts: host?.features[SHEETS.summary]?.charts }).toEqual({
        excelApi,
        charts: missing.includes("charts") ? 0 : 2,
      });
      // The import writes no chart, so it names the others it left out; "Tính lại" names them all.
      const noted = (features: ExcelFeature[]) => [leftOutNote(features)].filter((n) => n !== undefined);
      const imported = noted(missing.filter((f) => f !== "charts"));
      expect({ excelApi, notes: host?.notes }).toEqual({
        excelApi,
        notes: { imported, appended: imported, recalculated: noted(missing), again: noted(missing) },
      });
    }
  });
});
