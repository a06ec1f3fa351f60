/** freshSheet clears every sheet it hands out, read or not, and hands out only the sheets declared as written. */
import { type OfficeDouble, installOfficeDouble } from "../../test/office-double/officeDouble";
import { SHEETS } from "../domain/workbook/layout";
import { freshSheet, readWorkbook } from "./readWorkbook";

let double: OfficeDouble;
beforeEach(() => {
  double = installOfficeDouble(globalThis);
  double.state.addSheet(SHEETS.checks);
  double.type(SHEETS.checks, "A1:C3", [
    ["cũ", "cũ", "cũ"],
    ["cũ", "cũ", "cũ"],
    ["cũ", "cũ", "cũ"],
  ]);
  // A fill with no value beyond the values: a values-only used range would not reach it.
  const sheet = double.sheet(SHEETS.checks);
  if (sheet) double.state.writeFill(sheet, { row: 9, column: 4, rows: 1, columns: 1 }, "#FFC7CE");
  double.resetLog();
});
afterEach(() => double.uninstall());

describe("freshSheet", () => {
  it("clears a sheet to be written that was not read, formats beyond the values included, in the same two syncs", async () => {
    await Excel.run(async (context) => {
      const contents = await readWorkbook(context, { read: [], written: [SHEETS.checks], requireData: false });
      expect(double.log.syncCount).toBe(2);
      freshSheet(context, contents, SHEETS.checks).getRange("A1").values = [["mới"]];
      await context.sync();
    });
    expect(double.values(SHEETS.checks, "A1:C3")).toEqual([
      ["mới", "", ""],
      ["", "", ""],
      ["", "", ""],
    ]);
    expect(double.cell(SHEETS.checks, "E10")).toBeUndefined();
  });

  it("refuses a sheet readWorkbook was not told would be written, queuing nothing", async () => {
    await Excel.run(async (context) => {
      const contents = await readWorkbook(context, { read: [SHEETS.checks], written: [], requireData: false });
      expect(() => freshSheet(context, contents, SHEETS.checks)).toThrow(/“Kiểm tra” would be written/);
      expect(() => freshSheet(context, contents, SHEETS.summary)).toThrow(/“Tổng hợp” would be written/);
    });
    expect(double.writes).toEqual([]);
    expect(double.values(SHEETS.checks, "A1")).toEqual([["cũ"]]);
  });

  it("adds a declared sheet that does not exist yet", async () => {
    await Excel.run(async (context) => {
      const contents = await readWorkbook(context, { read: [], written: [SHEETS.summary], requireData: false });
      freshSheet(context, contents, SHEETS.summary).getRange("A1").values = [["mới"]];
    });
    expect(double.values(SHEETS.summary, "A1")).toEqual([["mới"]]);
  });
});
