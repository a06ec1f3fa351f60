/**
 * The .xlsx back-end: renders the workbook's sheet models with exceljs (loaded on demand, it is
 * large). Formulas are written without cached values, so Excel and LibreOffice calculate them
 * on opening. exceljs cannot write charts; "Tổng hợp" says so and the add-in draws them.
 */
import type { Cell as ExcelCell, Workbook, Worksheet } from "exceljs";
import { type Cell, isFormula } from "../domain/workbook/cells";
import { COLOURS, VALIDATION_MESSAGES, type Validation } from "../domain/workbook/layout";
import type { SheetModel } from "../domain/workbook/sheetModel";

const argb = (hex: string): string => `FF${hex.replace("#", "").toUpperCase()}`;

function cellValue(cell: Cell): ExcelCell["value"] {
  if (cell === null) return null;
  if (isFormula(cell)) return { formula: cell.formula, date1904: false } as ExcelCell["value"];
  return cell;
}

/** exceljs's data validation model for one of the layout's validations. */
function excelValidation(validation: Validation): Record<string, unknown> {
  const common = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Giá trị không hợp lệ",
    error: VALIDATION_MESSAGES[validation.kind],
  };
  switch (validation.kind) {
    case "whole":
      return { ...common, type: "whole", operator: "greaterThanOrEqual", formulae: [validation.min] };
    case "decimal":
      return { ...common, type: "decimal", operator: "between", formulae: [validation.min, validation.max] };
    case "date":
      // 1 January 1900 to 31 December 9999: any real date.
      return { ...common, type: "date", operator: "greaterThanOrEqual", formulae: [new Date(Date.UTC(1900, 0, 1))] };
  }
}

function styleHeader(sheet: Worksheet, row: number, width: number): void {
  const header = sheet.getRow(row + 1);
  for (let j = 1; j <= width; j++) {
    const cell = header.getCell(j);
    cell.font = { bold: true, color: { argb: argb(COLOURS.headerFont) } };
    cell.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(COLOURS.header) } };
    cell.alignment = { wrapText: true, vertical: "middle" };
  }
}

function renderSheet(workbook: Workbook, model: SheetModel): void {
  const sheet = workbook.addWorksheet(model.name, model.hidden ? { state: "hidden" } : {});
  const width = Math.max(model.widths.length, ...model.rows.map((r) => r.length));
  model.widths.forEach((w, j) => (sheet.getColumn(j + 1).width = w));
  const headerRows = new Set(model.headerRows);

  if (model.table) {
    const [header = [], ...body] = model.rows;
    sheet.addTable({
      name: model.table.name,
      ref: "A1",
      headerRow: true,
      style: { theme: "TableStyleLight9", showRowStripes: true },
      columns: header.map((text) => ({ name: String(text), filterButton: true })),
      rows: body.map((row) => row.map(cellValue)),
    });
  } else {
    model.rows.forEach((row, i) => {
      const target = sheet.getRow(i + 1);
      row.forEach((cell, j) => {
        if (cell !== null) target.getCell(j + 1).value = cellValue(cell);
      });
    });
  }

  const firstBody = Math.max(...model.headerRows, -1) + 1;
  for (let i = 0; i < model.rows.length; i++) {
    if (headerRows.has(i) || i < firstBody) continue;
    const row = sheet.getRow(i + 1);
    model.columnFormats.forEach((format, j) => {
      if (format !== "General") row.getCell(j + 1).numFmt = format;
    });
  }
  for (const { address, numberFormat } of model.cellFormats ?? []) {
    const [from = address, to = from] = address.split(":");
    const start = sheet.getCell(from);
    const end = sheet.getCell(to);
    for (let r = Number(start.row); r <= Number(end.row); r++) {
      for (let c = Number(start.col); c <= Number(end.col); c++) sheet.getCell(r, c).numFmt = numberFormat;
    }
  }
  for (const j of model.wrapColumns ?? []) {
    for (let i = firstBody; i < model.rows.length; i++) sheet.getCell(i + 1, j + 1).alignment = { wrapText: true, vertical: "top" };
  }
  for (const row of model.headerRows) styleHeader(sheet, row, model.table ? width : (model.rows[row]?.length ?? width));
  if (model.freezeHeader) sheet.views = [{ state: "frozen", ySplit: (model.headerRows[0] ?? 0) + 1 }];

  if (model.table) {
    const inputFill = { type: "pattern" as const, pattern: "solid" as const, fgColor: { argb: argb(COLOURS.input) } };
    for (let i = 1; i < model.rows.length; i++) for (const j of model.table.inputColumns) sheet.getCell(i + 1, j + 1).fill = inputFill;
    const validations = (sheet as unknown as { dataValidations: { add(address: string, rule: unknown): void } }).dataValidations;
    for (const { address, validation } of model.table.validations) validations.add(address, excelValidation(validation));
    model.table.highlights.forEach((rule, priority) =>
      sheet.addConditionalFormatting({
        ref: rule.address,
        rules: [
          {
            type: "expression",
            priority: priority + 1,
            formulae: [rule.formula],
            style: {
              fill: { type: "pattern", pattern: "solid", bgColor: { argb: argb(rule.fill) } },
              font: { color: { argb: argb(rule.fontColor) } },
            },
          },
        ],
      }),
    );
  }
}

/** The workbook as .xlsx bytes. */
export async function writeWorkbook(models: readonly SheetModel[]): Promise<Uint8Array> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "cchc";
  workbook.calcProperties = { fullCalcOnLoad: true };
  for (const model of models) renderSheet(workbook, model);
  const buffer = await workbook.xlsx.writeBuffer();
  return new Uint8Array(buffer as ArrayBuffer);
}
