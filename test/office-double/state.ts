/**
 * The in-memory workbook behind the Office double: sheets of sparse cells, tables, charts,
 * conditional formats and validations. The proxies in officeDouble.ts read and change it only
 * when the request context syncs, as Excel does. Writes follow Excel's interpretation rules
 * (a string starting with "=" is a formula unless the cell is formatted as text, null leaves a
 * cell unchanged) so that code tested against the double meets the same surprises as in Excel.
 */
import { type Box, MAX_COLUMNS, boxAddress, fullAddress } from "./address";

export type CellValue = number | string | boolean;

export interface FontState {
  bold?: boolean;
  italic?: boolean;
  color?: string;
  size?: number;
  name?: string;
}

export interface CellState {
  /** The constant, or the last calculated value of a formula ("" when never calculated). */
  value: CellValue;
  /** The formula with its leading "=", when the cell holds one. */
  formula?: string;
  numberFormat: string;
  fill?: string;
  font?: FontState;
}

export interface TableState {
  readonly id: number;
  name: string;
  readonly sheetId: number;
  /** Header row included. */
  box: Box;
  style: string;
}

export interface ChartState {
  readonly id: number;
  name: string;
  readonly type: string;
  readonly sourceAddress: string;
  readonly seriesBy: string;
  title: string;
  position?: { start: string; end?: string };
  /** Series added or changed through chart.series: name, values and category addresses. */
  readonly series: { name: string; values?: string; categories?: string }[];
}

export interface ConditionalFormatState {
  readonly id: number;
  readonly box: Box;
  readonly type: string;
  /** For "Custom": the rule formula; for "CellValue": {formula1, formula2, operator}. */
  rule?: unknown;
  fill?: string;
  fontColor?: string;
  fontBold?: boolean;
  stopIfTrue?: boolean;
}

export interface ValidationState {
  readonly box: Box;
  rule: unknown;
  errorAlert?: unknown;
}

export interface SheetState {
  readonly id: number;
  name: string;
  visibility: "Visible" | "Hidden" | "VeryHidden";
  protected: boolean;
  readonly cells: Map<number, CellState>;
  readonly columnWidths: Map<number, number>;
  freeze: { rows: number; columns: number };
  readonly conditionalFormats: ConditionalFormatState[];
  readonly validations: ValidationState[];
  readonly charts: ChartState[];
  tabColor: string;
}

/** A change the code under test asked Excel to make, as recorded for assertions. */
export interface WriteRecord {
  readonly sheet: string;
  /** The range written, without the sheet name; "" for sheet-level changes. */
  readonly address: string;
  readonly kind: string;
  readonly data?: unknown;
}

/** Computes formula values: plug in a real engine for tests that read ratios back. */
export interface FormulaEngine {
  calculate(workbook: WorkbookState): void;
}

/** An error shaped like OfficeExtension.Error: a code, a message, where it happened. */
export class OfficeDoubleError extends Error {
  readonly code: string;
  readonly debugInfo: { code: string; message: string; errorLocation: string };
  constructor(code: string, message: string, location = "") {
    super(message);
    this.name = "RichApi.Error";
    this.code = code;
    this.debugInfo = { code, message, errorLocation: location };
  }
}

export const ERROR_MESSAGES = {
  ItemNotFound: "The requested resource doesn't exist.",
  PropertyNotLoaded:
    'The property is not available. Before reading the property\'s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
  AccessDenied: "You cannot perform the requested operation.",
  InvalidArgument: "The argument is invalid or missing or has an incorrect format.",
  InvalidOperation: "The operation is not allowed.",
  ItemAlreadyExists: "The resource already exists.",
  ResponsePayloadSizeLimitExceeded: "The response payload size has exceeded the limit.",
  // What Excel answers for a member of a requirement set newer than its own.
  ApiNotFound:
    'The API you are trying to use could not be found. It may be available in a newer version of Excel. Please refer to the documentation: "Excel JavaScript API requirement sets" for more information.',
} as const;

export function officeError(code: keyof typeof ERROR_MESSAGES, location: string, detail?: string): OfficeDoubleError {
  return new OfficeDoubleError(code, detail ? `${ERROR_MESSAGES[code]} ${detail}` : ERROR_MESSAGES[code], location);
}

/** Larger writes or reads are refused: Excel would hit its payload limit, and the double is not meant for them. */
export const CELL_LIMIT = 2_000_000;

const key = (row: number, column: number): number => row * MAX_COLUMNS + column;

function excelSerial(iso: string): number | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const time = Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  const date = new Date(time);
  if (date.getUTCDate() !== Number(match[3])) return undefined;
  return time / 86_400_000 + 25_569;
}

export class WorkbookState {
  readonly sheets: SheetState[] = [];
  readonly tables: TableState[] = [];
  readonly writes: WriteRecord[] = [];
  activeSheetId: number | undefined;
  calculations: string[] = [];
  private nextId = 1;
  private dirty = true;

  constructor(private readonly engine?: FormulaEngine) {}

  newId(): number {
    return this.nextId++;
  }

  record(sheet: SheetState | undefined, box: Box | undefined, kind: string, data?: unknown): void {
    this.writes.push({ sheet: sheet?.name ?? "", address: box ? boxAddress(box) : "", kind, data });
  }

  sheetByName(name: string): SheetState | undefined {
    const lower = name.toLowerCase();
    return this.sheets.find((s) => s.name.toLowerCase() === lower);
  }

  sheetById(id: number): SheetState | undefined {
    return this.sheets.find((s) => s.id === id);
  }

  addSheet(name: string): SheetState {
    if (this.sheetByName(name)) throw officeError("ItemAlreadyExists", "WorksheetCollection.add", `A sheet named "${name}" exists.`);
    if (!name || name.length > 31 || /[:\\/?*[\]]/.test(name))
      throw officeError("InvalidArgument", "WorksheetCollection.add", `Invalid sheet name "${name}".`);
    const sheet: SheetState = {
      id: this.newId(),
      name,
      visibility: "Visible",
      protected: false,
      cells: new Map(),
      columnWidths: new Map(),
      freeze: { rows: 0, columns: 0 },
      conditionalFormats: [],
      validations: [],
      charts: [],
      tabColor: "",
    };
    this.sheets.push(sheet);
    this.activeSheetId ??= sheet.id;
    this.record(sheet, undefined, "addSheet");
    return sheet;
  }

  deleteSheet(sheet: SheetState): void {
    if (this.sheets.filter((s) => s.visibility === "Visible").length <= 1 && sheet.visibility === "Visible") {
      throw officeError("InvalidOperation", "Worksheet.delete", "A workbook must contain at least one visible worksheet.");
    }
    this.sheets.splice(this.sheets.indexOf(sheet), 1);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i]?.sheetId === sheet.id) this.tables.splice(i, 1);
    if (this.activeSheetId === sheet.id) this.activeSheetId = this.sheets[0]?.id;
    this.record(sheet, undefined, "deleteSheet");
    this.dirty = true;
  }

  /** Throws AccessDenied like Excel when code changes a protected sheet. */
  assertEditable(sheet: SheetState, location: string): void {
    if (sheet.protected) throw officeError("AccessDenied", location, `The sheet "${sheet.name}" is protected.`);
  }

  cell(sheet: SheetState, row: number, column: number): CellState | undefined {
    return sheet.cells.get(key(row, column));
  }

  private touch(sheet: SheetState, row: number, column: number): CellState {
    const k = key(row, column);
    let cell = sheet.cells.get(k);
    if (!cell) {
      cell = { value: "", numberFormat: "General" };
      sheet.cells.set(k, cell);
    }
    return cell;
  }

  /** Calls `visit` for every cell position of the box, refusing boxes too large to model. */
  forEachCell(box: Box, visit: (row: number, column: number, i: number, j: number) => void): void {
    if (box.rows * box.columns > CELL_LIMIT)
      throw officeError("ResponsePayloadSizeLimitExceeded", "Range", `${box.rows}×${box.columns} cells.`);
    for (let i = 0; i < box.rows; i++) for (let j = 0; j < box.columns; j++) visit(box.row + i, box.column + j, i, j);
  }

  /** Applies a 2-D array (or one value for every cell) to the box, checking the shape like Excel. */
  private apply2D<T>(box: Box, data: unknown, location: string, set: (row: number, column: number, value: T) => void): void {
    const grid = Array.isArray(data) ? (data as unknown[]) : undefined;
    if (grid) {
      if (grid.length !== box.rows || grid.some((row) => !Array.isArray(row) || row.length !== box.columns)) {
        throw officeError("InvalidArgument", location, `The data is not ${box.rows}×${box.columns}.`);
      }
    }
    this.forEachCell(box, (row, column, i, j) => set(row, column, (grid ? (grid[i] as unknown[])[j] : data) as T));
  }

  /** Writes values or formulas as Excel interprets them. */
  writeContents(sheet: SheetState, box: Box, data: unknown, kind: "values" | "formulas"): void {
    const location = `Range.${kind}`;
    this.assertEditable(sheet, location);
    this.apply2D<unknown>(box, data, location, (row, column, value) => {
      if (value === null || value === undefined) return; // null leaves the cell as it is
      if (typeof value !== "string" && typeof value !== "number" && typeof value !== "boolean") {
        throw officeError("InvalidArgument", location, `Unsupported value ${String(value)}.`);
      }
      if (typeof value === "number" && !Number.isFinite(value)) throw officeError("InvalidArgument", location, "Non-finite number.");
      const cell = this.touch(sheet, row, column);
      delete cell.formula;
      if (typeof value !== "string") {
        cell.value = value;
        return;
      }
      const asText = cell.numberFormat === "@";
      if (!asText && value.startsWith("=") && value.length > 1) {
        cell.formula = value;
        cell.value = "";
      } else if (!asText && /^[+\-@]/.test(value) && value.length > 1 && !Number.isFinite(Number(value))) {
        // Excel reads "+x", "-x" and "@x" typed into a cell as formulas too.
        cell.formula = value.startsWith("@") ? `=${value.slice(1)}` : `=${value}`;
        cell.value = "";
      } else if (!asText && value.trim() !== "" && Number.isFinite(Number(value))) {
        cell.value = Number(value);
      } else if (!asText && excelSerial(value) !== undefined) {
        cell.value = excelSerial(value) as number;
        if (cell.numberFormat === "General") cell.numberFormat = "yyyy-mm-dd";
      } else {
        cell.value = value;
      }
    });
    this.record(sheet, box, kind, data);
    this.dirty = true;
  }

  writeNumberFormat(sheet: SheetState, box: Box, data: unknown): void {
    this.assertEditable(sheet, "Range.numberFormat");
    this.apply2D<string | null>(box, data, "Range.numberFormat", (row, column, format) => {
      if (format !== null && format !== undefined) this.touch(sheet, row, column).numberFormat = String(format);
    });
    this.record(sheet, box, "numberFormat", data);
  }

  writeFill(sheet: SheetState, box: Box, color: string | undefined): void {
    this.assertEditable(sheet, "RangeFill.color");
    this.forEachCell(box, (row, column) => {
      const cell = this.touch(sheet, row, column);
      if (color === undefined) delete cell.fill;
      else cell.fill = color;
    });
    this.record(sheet, box, color === undefined ? "fill.clear" : "fill", color);
  }

  writeFont(sheet: SheetState, box: Box, font: FontState): void {
    this.assertEditable(sheet, "RangeFont");
    this.forEachCell(box, (row, column) => {
      const cell = this.touch(sheet, row, column);
      cell.font = { ...cell.font, ...font };
    });
    this.record(sheet, box, "font", font);
  }

  clear(sheet: SheetState, box: Box, applyTo: string): void {
    this.assertEditable(sheet, "Range.clear");
    this.forEachCell(box, (row, column) => {
      const k = key(row, column);
      const cell = sheet.cells.get(k);
      if (!cell) return;
      if (applyTo === "Contents") {
        cell.value = "";
        delete cell.formula;
      } else if (applyTo === "Formats") {
        cell.numberFormat = "General";
        delete cell.fill;
        delete cell.font;
      } else {
        sheet.cells.delete(k);
      }
    });
    this.record(sheet, box, `clear.${applyTo}`);
    this.dirty = true;
  }

  /** Moves the cells of `columns` at or below `fromRow` down by `count` rows (Excel's insert, shift down). */
  shiftDown(sheet: SheetState, fromRow: number, column: number, columns: number, count: number): void {
    const moving = [...sheet.cells.entries()].filter(([k]) => {
      const row = Math.floor(k / MAX_COLUMNS);
      const col = k % MAX_COLUMNS;
      return row >= fromRow && col >= column && col < column + columns;
    });
    for (const [k] of moving) sheet.cells.delete(k);
    for (const [k, cell] of moving) sheet.cells.set(k + count * MAX_COLUMNS, cell);
  }

  /** Moves the cells of `rows` at or right of `fromColumn` right by one column (Excel's insert, shift right). */
  shiftRight(sheet: SheetState, row: number, rows: number, fromColumn: number): void {
    const moving = [...sheet.cells.entries()].filter(([k]) => {
      const r = Math.floor(k / MAX_COLUMNS);
      return r >= row && r < row + rows && k % MAX_COLUMNS >= fromColumn;
    });
    for (const [k] of moving) sheet.cells.delete(k);
    for (const [k, cell] of moving) sheet.cells.set(k + 1, cell);
  }

  /** Runs the formula engine when something changed since the last calculation. */
  calculateIfNeeded(): void {
    if (this.engine && this.dirty) {
      this.engine.calculate(this);
      this.dirty = false;
    }
  }

  calculate(type: string): void {
    this.calculations.push(type);
    this.dirty = true;
    this.calculateIfNeeded();
  }

  /** The used rectangle of a sheet (cells with a value, formula or format), or undefined when empty. */
  usedBox(sheet: SheetState, valuesOnly: boolean): Box | undefined {
    let top = Infinity;
    let left = Infinity;
    let bottom = -1;
    let right = -1;
    for (const [k, cell] of sheet.cells) {
      if (valuesOnly && cell.value === "" && cell.formula === undefined) continue;
      const row = Math.floor(k / MAX_COLUMNS);
      const column = k % MAX_COLUMNS;
      top = Math.min(top, row);
      left = Math.min(left, column);
      bottom = Math.max(bottom, row);
      right = Math.max(right, column);
    }
    return bottom < 0 ? undefined : { row: top, column: left, rows: bottom - top + 1, columns: right - left + 1 };
  }

  tableOf(sheet: SheetState): TableState[] {
    return this.tables.filter((t) => t.sheetId === sheet.id);
  }

  tableByName(name: string): TableState | undefined {
    const lower = name.toLowerCase();
    return this.tables.find((t) => t.name.toLowerCase() === lower);
  }

  /** Header texts of a table, read from its header row as Excel does. */
  tableHeaders(table: TableState): string[] {
    const sheet = this.sheetById(table.sheetId);
    if (!sheet) return [];
    return Array.from({ length: table.box.columns }, (_, j) => String(this.cell(sheet, table.box.row, table.box.column + j)?.value ?? ""));
  }

  address(sheet: SheetState, box: Box): string {
    return fullAddress(sheet.name, box);
  }
}

export function intersects(a: Box, b: Box): boolean {
  return a.row < b.row + b.rows && b.row < a.row + a.rows && a.column < b.column + b.columns && b.column < a.column + a.columns;
}

export { excelSerial };
