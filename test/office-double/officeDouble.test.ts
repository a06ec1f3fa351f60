import { requirementOf } from "./apiSets";
import { type OfficeDouble, installOfficeDouble } from "./officeDouble";

let double: OfficeDouble;
beforeEach(() => {
  double = installOfficeDouble(globalThis);
});
afterEach(() => double.uninstall());

describe("Office global", () => {
  it("reports host, platform and configurable requirement sets", async () => {
    double.uninstall();
    double = installOfficeDouble(globalThis, { platform: "OfficeOnline", requirementSets: { ExcelApi: "1.9" } });
    const info = await Office.onReady();
    expect(info).toEqual({ host: "Excel", platform: "OfficeOnline" });
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.9")).toBe(true);
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.12")).toBe(false);
    expect(Office.context.requirements.isSetSupported("WordApi", "1.1")).toBe(false);
    double.requirementSets.set("ExcelApi", "1.12");
    expect(Office.context.requirements.isSetSupported("ExcelApi", "1.12")).toBe(true);
    expect(Office.context.diagnostics.platform).toBe("OfficeOnline");
  });

  it("runs ribbon commands associated by id until they complete", async () => {
    const calls: string[] = [];
    Office.actions.associate("tinhLai", (event: Office.AddinCommands.Event) => {
      calls.push("run");
      setTimeout(() => event.completed(), 0);
    });
    await double.invokeAction("tinhLai");
    expect(calls).toEqual(["run"]);
    await expect(double.invokeAction("khac")).rejects.toThrow(/khac/);
  });

  it("removes its globals on uninstall", () => {
    double.uninstall();
    expect((globalThis as Record<string, unknown>).Excel).toBeUndefined();
    double = installOfficeDouble(globalThis);
  });
});

describe("load and sync", () => {
  it("throws PropertyNotLoaded before load + sync, like Office", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1:B1");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      range.load("values");
      expect(() => range.values).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(range.values).toEqual([["", ""]]);
      expect(() => range.formulas).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
    });
  });

  it("counts explicit syncs and the final one Excel.run makes for pending commands", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [[1]];
      await context.sync();
      context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [[2]];
    });
    expect(double.log.syncCount).toBe(2);
    expect(double.log.runCount).toBe(1);
    await Excel.run(async () => undefined);
    expect(double.log.syncCount).toBe(2);
  });

  it("reads values back only as of the sync that loaded them", async () => {
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.values = [[5]];
      range.load("values");
      await context.sync();
      expect(range.values).toEqual([[5]]);
      double.type("Sheet1", "A1", [[6]]);
      expect(range.values).toEqual([[5]]);
    });
  });

  it("loads navigation paths and collections", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.add("Số liệu xã");
      const sheets = context.workbook.worksheets.load("items/name");
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("B2");
      range.format.fill.color = "#ffc7ce";
      range.load("address, format/fill/color");
      await context.sync();
      expect(sheets.items.map((s) => s.name)).toEqual(["Sheet1", "Số liệu xã"]);
      expect(range.address).toBe("Sheet1!B2");
      expect(range.format.fill.color).toBe("#FFC7CE");
    });
  });
});

describe("requirement sets", () => {
  const host = (excelApi: string) => {
    double.uninstall();
    double = installOfficeDouble(globalThis, { requirementSets: { ExcelApi: excelApi } });
  };
  const apiNotFound = (location: string) =>
    expect.objectContaining({ code: "ApiNotFound", debugInfo: expect.objectContaining({ errorLocation: location }) });

  it("fails the sync with ApiNotFound at a method above the host's set, keeping what came before", async () => {
    host("1.4");
    const run = Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1").values = [[1]];
      sheet.getRangeByIndexes(1, 0, 1, 1).values = [[2]];
      await context.sync();
    });
    await expect(run).rejects.toEqual(apiNotFound("Worksheet.getRangeByIndexes"));
    await expect(run).rejects.toThrow(/could not be found\. It may be available in a newer version of Excel/);
    expect(double.values("Sheet1", "A1:A2")).toEqual([[1], [""]]);
    double.requirementSets.set("ExcelApi", "1.7");
    await Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRangeByIndexes(1, 0, 1, 1).values = [[2]];
      await context.sync();
    });
    expect(double.values("Sheet1", "A2")).toEqual([[2]]);
  });

  it("refuses what is done through a navigation property or a method above the set, and a newer property set, reading what the host has", async () => {
    host("1.5");
    const clear = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").conditionalFormats.clearAll();
      await context.sync();
    });
    await expect(clear).rejects.toEqual(apiNotFound("Range.conditionalFormats"));
    // Application.calculationMode is read since 1.1 and written since 1.8.
    await Excel.run(async (context) => {
      const application = context.workbook.application.load("calculationMode");
      await context.sync();
      expect(application.calculationMode).toBe("Automatic");
      application.calculationMode = "Manual";
      await expect(context.sync()).rejects.toEqual(apiNotFound("Application.calculationMode"));
    });
    const load = Excel.run(async (context) => {
      context.workbook.worksheets.getItem("Sheet1").getUsedRange().load("valueTypes, address");
      await context.sync();
    });
    await expect(load).resolves.toBeUndefined();
    host("1.3");
    const nullObject = Excel.run(async (context) => {
      context.workbook.worksheets.getItemOrNullObject("Không có").load("name");
      await context.sync();
    });
    await expect(nullObject).rejects.toEqual(apiNotFound("WorksheetCollection.getItemOrNullObject"));
  });

  it("checks members against the table generated from @types/office-js", () => {
    expect(requirementOf("Worksheet", "getRangeByIndexes")).toBe("1.7");
    expect(requirementOf("Worksheet", "visibility", "get")).toBe("1.1");
    expect(requirementOf("Worksheet", "visibility", "set")).toBe("1.2");
    expect(requirementOf("Range", "load")).toBeUndefined();
  });
});

describe("writes as Excel interprets them", () => {
  it("stores formulas, numbers, ISO dates and text; null leaves a cell unchanged", async () => {
    double.type("Sheet1", "D1", [["giữ"]]);
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:D1").values = [["=1+1", "12", "2025-07-01", null]];
      await context.sync();
    });
    expect(double.formulas("Sheet1", "A1:D1")).toEqual([["=1+1", 12, 45839, "giữ"]]);
    expect(double.writes).toEqual([{ sheet: "Sheet1", address: "A1:D1", kind: "values", data: [["=1+1", "12", "2025-07-01", null]] }]);
  });

  it("turns text starting with = + - @ into formulas unless the cells are formatted as text", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      sheet.getRange("A1:D1").values = [["=HYPERLINK(1)", "+x", "- UBND xã", "@SUM(1)"]];
      sheet.getRange("A2:D2").numberFormat = [["@", "@", "@", "@"]];
      sheet.getRange("A2:D2").values = [["=HYPERLINK(1)", "+x", "- UBND xã", "@SUM(1)"]];
      await context.sync();
    });
    expect(double.cell("Sheet1", "C1")?.formula).toBe("=- UBND xã");
    expect(double.cell("Sheet1", "D1")?.formula).toBe("=SUM(1)");
    for (const address of ["A2", "B2", "C2", "D2"]) expect(double.cell("Sheet1", address)?.formula).toBeUndefined();
    expect(double.values("Sheet1", "A2:D2")).toEqual([["=HYPERLINK(1)", "+x", "- UBND xã", "@SUM(1)"]]);
  });

  it("rejects a 2-D array of the wrong shape at sync", async () => {
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1:B2").values = [[1, 2]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("sheets", () => {
  it("gives null objects for missing sheets and ItemNotFound for getItem", async () => {
    await Excel.run(async (context) => {
      const missing = context.workbook.worksheets.getItemOrNullObject("Kiểm tra");
      const present = context.workbook.worksheets.getItemOrNullObject("sheet1");
      expect(() => missing.isNullObject).toThrow(expect.objectContaining({ code: "PropertyNotLoaded" }));
      await context.sync();
      expect(missing.isNullObject).toBe(true);
      expect(present.isNullObject).toBe(false);
    });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Kiểm tra").getRange("A1").load("values");
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "ItemNotFound" });
  });

  it("refuses writes to a protected sheet at sync, keeping the commands before it applied", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.add("Khóa").protection.protect();
    });
    await expect(
      Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Sheet1").getRange("A1").values = [["trước"]];
        context.workbook.worksheets.getItem("Khóa").getRange("A1").values = [["x"]];
        context.workbook.worksheets.getItem("Sheet1").getRange("A2").values = [["sau"]];
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "AccessDenied" });
    expect(double.values("Sheet1", "A1:A2")).toEqual([["trước"], [""]]);
    expect(double.values("Khóa", "A1")).toEqual([[""]]);
    await Excel.run(async (context) => {
      const protection = context.workbook.worksheets.getItem("Khóa").protection.load("protected");
      await context.sync();
      expect(protection.protected).toBe(true);
    });
  });

  it("renames, hides, freezes and deletes sheets", async () => {
    await Excel.run(async (context) => {
      context.workbook.worksheets.add("Kiểm tra");
      const sheet = context.workbook.worksheets.add("Nguồn");
      sheet.name = "Nguồn cũ";
      sheet.visibility = Excel.SheetVisibility.hidden;
      sheet.freezePanes.freezeRows(1);
      context.workbook.worksheets.getItem("Sheet1").delete();
    });
    expect(double.state.sheets.map((s) => [s.name, s.visibility, s.freeze.rows])).toEqual([
      ["Kiểm tra", "Visible", 0],
      ["Nguồn cũ", "Hidden", 1],
    ]);
  });
});

describe("tables", () => {
  it("creates a table from its header and rows, adds rows and columns, finds columns by header", async () => {
    double.type("Sheet1", "A1:B3", [
      ["Xã, phường", "Hồ sơ tiếp nhận"],
      ["Một", 10],
      ["Hai", 20],
    ]);
    double.type("Sheet1", "A6", [["dưới bảng"]]);
    await Excel.run(async (context) => {
      const table = context.workbook.worksheets.getItem("Sheet1").tables.add("A1:B3", true);
      table.name = "SoLieuXa";
      table.rows.add(undefined, [["Ba", "=B2+B3"]]);
      table.columns.add(undefined, undefined, "Ghi chú");
      await context.sync();
      const found = context.workbook.tables.getItemOrNullObject("SoLieuXa");
      const column = found.columns.getItemOrNullObject("hồ sơ tiếp nhận");
      const header = found.getHeaderRowRange().load("values");
      const body = column.getDataBodyRange().load("address, formulas");
      const rows = found.rows.load("count");
      await context.sync();
      expect(found.isNullObject).toBe(false);
      expect(header.values).toEqual([["Xã, phường", "Hồ sơ tiếp nhận", "Ghi chú"]]);
      expect(body.address).toBe("Sheet1!B2:B4");
      expect(body.formulas).toEqual([[10], [20], ["=B2+B3"]]);
      expect(rows.count).toBe(3);
    });
    // Excel inserts the new row, shifting the cells below the table down.
    expect(double.values("Sheet1", "A7")).toEqual([["dưới bảng"]]);
  });

  it("gives a header-only table one empty body row and refuses rows of the wrong width", async () => {
    double.type("Sheet1", "A1:B1", [["a", ""]]);
    await expect(
      Excel.run(async (context) => {
        const table = context.workbook.tables.add("Sheet1!A1:B1", true);
        const body = table.getDataBodyRange().load("address");
        const header = table.getHeaderRowRange().load("values");
        await context.sync();
        expect(body.address).toBe("Sheet1!A2:B2");
        expect(header.values).toEqual([["a", "Column2"]]);
        table.rows.add(undefined, [[1, 2, 3]]);
        await context.sync();
      }),
    ).rejects.toMatchObject({ code: "InvalidArgument" });
  });
});

describe("formats, validation, charts, calculation", () => {
  it("records conditional formats, validation, charts and calculation", async () => {
    await Excel.run(async (context) => {
      const sheet = context.workbook.worksheets.getItem("Sheet1");
      const cf = sheet.getRange("A2:A10").conditionalFormats.add(Excel.ConditionalFormatType.custom);
      cf.custom.rule.formula = "=$B2=TRUE";
      cf.custom.format.fill.color = "#FFC7CE";
      sheet.getRange("B2:B10").dataValidation.rule = {
        wholeNumber: { formula1: 0, operator: Excel.DataValidationOperator.greaterThanOrEqualTo },
      };
      const chart = sheet.charts.add(Excel.ChartType.columnClustered, sheet.getRange("A1:B10"), Excel.ChartSeriesBy.columns);
      chart.name = "Tỷ lệ trực tuyến";
      chart.title.text = "Tỷ lệ hồ sơ trực tuyến";
      context.application.calculate(Excel.CalculationType.full);
      const count = sheet.getRange("A5").conditionalFormats.getCount();
      await context.sync();
      expect(count.value).toBe(1);
    });
    const sheet = double.sheet("Sheet1");
    expect(sheet?.conditionalFormats).toEqual([
      expect.objectContaining({ type: "Custom", rule: "=$B2=TRUE", fill: "#FFC7CE", box: { row: 1, column: 0, rows: 9, columns: 1 } }),
    ]);
    expect(sheet?.validations[0]?.rule).toEqual({ wholeNumber: { formula1: 0, operator: "GreaterThanOrEqualTo" } });
    expect(sheet?.charts[0]).toMatchObject({
      name: "Tỷ lệ trực tuyến",
      type: "ColumnClustered",
      title: "Tỷ lệ hồ sơ trực tuyến",
      sourceAddress: "Sheet1!A1:B10",
    });
    expect(double.state.calculations).toEqual(["Full"]);
  });

  it("uses a formula engine when given one", async () => {
    double.uninstall();
    double = installOfficeDouble(globalThis, {
      formulaEngine: {
        calculate: (workbook) => {
          for (const sheet of workbook.sheets) for (const cell of sheet.cells.values()) if (cell.formula) cell.value = cell.formula.length;
        },
      },
    });
    await Excel.run(async (context) => {
      const range = context.workbook.worksheets.getItem("Sheet1").getRange("A1");
      range.formulas = [["=1+22"]];
      range.load("values, formulas");
      await context.sync();
      expect(range.values).toEqual([[5]]);
      expect(range.formulas).toEqual([["=1+22"]]);
    });
  });
});
