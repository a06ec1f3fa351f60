/**
 * Renders a sheet model through Office.js: queues commands only (the caller syncs once), and
 * writes whole 2-D ranges: one numberFormat and one formulas array per sheet, never cell by cell.
 * Optional features the host lacks (requirements.ts) are left out, and each render says which.
 */
import { parseRange, rangeAddress } from "../domain/workbook/a1";
import { type Cell, isFormula } from "../domain/workbook/cells";
import type { HighlightRule } from "../domain/workbook/dataSheet";
import { COLOURS, VALIDATION_MESSAGES, type Validation } from "../domain/workbook/layout";
import type { ChartSpec, SheetModel } from "../domain/workbook/sheetModel";
import type { ExcelFeature, FeatureAvailability } from "./requirements";

/**
 * The cells at a zero-based row and column, by their A1 address: `getRange` is ExcelApi 1.1, where
 * `getRangeByIndexes` would need 1.7, above the floor the manifest declares.
 */
export function cellsAt(sheet: Excel.Worksheet, row: number, column: number, rows: number, columns: number): Excel.Range {
  return sheet.getRange(rangeAddress(row, column, rows, columns));
}

/** Text that Excel would read as a formula if the cell were not formatted as text. */
const FORMULA_LIKE = /^[=+\-@]/;

/** Column widths are declared in characters; Office.js sets them in points (Calibri 11). */
export function widthInPoints(characters: number): number {
  return Math.round(characters * 5.25 + 3.75);
}

/** A model cell as Office.js writes it through `range.formulas`: formulas with "=", blanks as "". */
export function officeCell(cell: Cell): string | number | boolean {
  if (cell === null) return "";
  return isFormula(cell) ? `=${cell.formula}` : cell;
}

/** The number format of every cell: the column's, or text for text that looks like a formula. */
function formatGrid(model: SheetModel, width: number): string[][] {
  const firstBody = Math.max(...model.headerRows, -1) + 1;
  const grid = model.rows.map((row, i) =>
    Array.from({ length: width }, (_, j) => {
      const cell = row[j] ?? null;
      if (typeof cell === "string" && FORMULA_LIKE.test(cell)) return "@";
      return i < firstBody || model.headerRows.includes(i) ? "General" : (model.columnFormats[j] ?? "General");
    }),
  );
  for (const { address, numberFormat } of model.cellFormats ?? []) {
    const box = parseRange(address);
    for (let i = box.row; i < box.row + box.rows; i++) {
      for (let j = box.column; j < box.column + box.columns; j++) {
        const row = grid[i];
        if (row && j < width) row[j] = numberFormat;
      }
    }
  }
  return grid;
}

function officeValidation(validation: Validation): Excel.DataValidationRule {
  switch (validation.kind) {
    case "whole":
      return { wholeNumber: { formula1: validation.min, operator: Excel.DataValidationOperator.greaterThanOrEqualTo } };
    case "decimal":
      return { decimal: { formula1: validation.min, formula2: validation.max, operator: Excel.DataValidationOperator.between } };
    case "date":
      return { date: { formula1: "1900-01-01T00:00:00", operator: Excel.DataValidationOperator.greaterThanOrEqualTo } };
  }
}

/**
 * Queues `apply` when the host offers `feature`; otherwise nothing is queued (Excel would fail the
 * whole batch) and the feature is returned as left out if the sheet `wanted` it.
 */
function optional(features: FeatureAvailability, feature: ExcelFeature, wanted: boolean, apply: () => void): ExcelFeature[] {
  if (!features[feature]) return wanted ? [feature] : [];
  apply();
  return [];
}

/**
 * The live parts of "Số liệu xã" over its data rows: input fill, validation and the conditional
 * formats that turn failed checks red. Re-applied after rows are added, so new rows have them too.
 * Returns the features left out.
 */
export function styleDataBody(
  sheet: Excel.Worksheet,
  body: { row: number; column: number; rows: number; columns: number },
  inputColumns: readonly number[],
  validations: readonly { address: string; validation: Validation }[],
  highlights: readonly HighlightRule[],
  features: FeatureAvailability,
): ExcelFeature[] {
  if (body.rows < 1) return [];
  const firstRow = body.row;
  const rows = body.rows;
  for (const column of inputColumns) cellsAt(sheet, firstRow, column, rows, 1).format.fill.color = COLOURS.input;
  const validated = optional(features, "dataValidation", validations.length > 0, () => {
    for (const { address, validation } of validations) {
      const range = sheet.getRange(address);
      range.dataValidation.clear();
      range.dataValidation.rule = officeValidation(validation);
      range.dataValidation.errorAlert = {
        showAlert: true,
        style: Excel.DataValidationAlertStyle.stop,
        title: "Giá trị không hợp lệ",
        message: VALIDATION_MESSAGES[validation.kind],
      };
    }
  });
  const highlighted = optional(features, "conditionalFormats", highlights.length > 0, () => {
    cellsAt(sheet, body.row, body.column, body.rows, body.columns).conditionalFormats.clearAll();
    for (const rule of highlights) {
      const format = sheet.getRange(rule.address).conditionalFormats.add(Excel.ConditionalFormatType.custom);
      format.custom.rule.formula = `=${rule.formula}`;
      format.custom.format.fill.color = rule.fill;
      format.custom.format.font.color = rule.fontColor;
    }
  });
  return [...highlighted, ...validated];
}

function addChart(sheet: Excel.Worksheet, spec: ChartSpec): void {
  const [first, ...others] = spec.series;
  if (!first) return;
  const chart = sheet.charts.add(Excel.ChartType.barClustered, sheet.getRange(first.values), Excel.ChartSeriesBy.columns);
  chart.name = spec.name;
  chart.title.text = spec.title;
  chart.legend.position = Excel.ChartLegendPosition.bottom;
  const firstSeries = chart.series.getItemAt(0);
  firstSeries.name = first.name;
  firstSeries.setXAxisValues(sheet.getRange(spec.categories));
  for (const other of others) {
    const series = chart.series.add(other.name);
    series.setValues(sheet.getRange(other.values));
    series.setXAxisValues(sheet.getRange(spec.categories));
  }
  chart.setPosition(spec.from, spec.to);
}

/** Writes a model onto an empty (new or cleared) sheet; returns the features left out. */
export function renderSheet(sheet: Excel.Worksheet, model: SheetModel, features: FeatureAvailability): ExcelFeature[] {
  const width = Math.max(model.widths.length, ...model.rows.map((r) => r.length), 1);
  const height = model.rows.length;
  const block = cellsAt(sheet, 0, 0, height, width);
  block.numberFormat = formatGrid(model, width);
  block.formulas = model.rows.map((row) => Array.from({ length: width }, (_, j) => officeCell(row[j] ?? null)));
  model.widths.forEach((w, j) => (cellsAt(sheet, 0, j, 1, 1).format.columnWidth = widthInPoints(w)));
  for (const i of model.headerRows) {
    const header = cellsAt(sheet, i, 0, 1, model.table ? width : Math.max((model.rows[i] ?? []).length, 1));
    header.format.font.bold = true;
    header.format.font.color = COLOURS.headerFont;
    header.format.fill.color = COLOURS.header;
    header.format.wrapText = true;
  }
  const firstBody = Math.max(...model.headerRows, -1) + 1;
  if (height > firstBody)
    for (const j of model.wrapColumns ?? []) cellsAt(sheet, firstBody, j, height - firstBody, 1).format.wrapText = true;
  const frozen = optional(features, "freezePanes", model.freezeHeader, () => sheet.freezePanes.freezeRows((model.headerRows[0] ?? 0) + 1));
  if (model.hidden) sheet.visibility = Excel.SheetVisibility.hidden;
  let styled: ExcelFeature[] = [];
  if (model.table) {
    const { name, inputColumns, validations, highlights } = model.table;
    const table = sheet.tables.add(cellsAt(sheet, 0, 0, height, width), true);
    table.name = name;
    table.style = "TableStyleLight9";
    styled = styleDataBody(sheet, { row: 1, column: 0, rows: height - 1, columns: width }, inputColumns, validations, highlights, features);
  }
  const charted = optional(features, "charts", (model.charts ?? []).length > 0, () => {
    for (const chart of model.charts ?? []) addChart(sheet, chart);
  });
  return [...frozen, ...styled, ...charted];
}
