/** A range and its format (fill, font, protection). Conditional formats and validation: rules.ts. */
import type { Box } from "./address";
import { type Located, ProxyDouble, type RequestQueue, type Snapshot } from "./proxy";
import { ConditionalFormatCollectionDouble, DataValidationDouble } from "./rules";
import { type CellState, type WorkbookState, officeError } from "./state";
import { WorksheetDouble } from "./worksheet";

const VALUE_TYPE = (value: unknown): string =>
  value === "" ? "Empty" : typeof value === "number" ? "Double" : typeof value === "boolean" ? "Boolean" : "String";

export class RangeDouble extends ProxyDouble {
  readonly className = "Range";
  readonly scalars = [
    "address",
    "addressLocal",
    "rowCount",
    "columnCount",
    "cellCount",
    "rowIndex",
    "columnIndex",
    "values",
    "formulas",
    "numberFormat",
    "text",
    "valueTypes",
  ];
  override readonly writable = ["values", "formulas", "numberFormat"];
  readonly format: RangeFormatDouble;
  readonly conditionalFormats: ConditionalFormatCollectionDouble;
  readonly dataValidation: DataValidationDouble;

  constructor(
    ctx: RequestQueue,
    readonly resolve: () => Located,
    exists?: () => boolean,
  ) {
    super(ctx, exists);
    this.format = new RangeFormatDouble(ctx, resolve);
    this.conditionalFormats = new ConditionalFormatCollectionDouble(ctx, resolve);
    this.dataValidation = new DataValidationDouble(ctx, resolve);
  }
  protected override navigation(name: string): ProxyDouble | undefined {
    return name === "format" ? this.format : name === "worksheet" ? this.worksheet : undefined;
  }
  get worksheet(): WorksheetDouble {
    return new WorksheetDouble(this.ctx, () => this.resolve().sheet);
  }
  protected read(name: string): unknown {
    const { sheet, box } = this.resolve();
    const state = this.ctx.state;
    const grid = <T>(pick: (cell: CellState | undefined) => T): T[][] => {
      const rows: T[][] = Array.from({ length: box.rows }, () => new Array<T>(box.columns));
      state.forEachCell(box, (row, column, i, j) => ((rows[i] as T[])[j] = pick(state.cell(sheet, row, column))));
      return rows;
    };
    switch (name) {
      case "address":
      case "addressLocal":
        return state.address(sheet, box);
      case "rowCount":
        return box.rows;
      case "columnCount":
        return box.columns;
      case "cellCount":
        return box.rows * box.columns;
      case "rowIndex":
        return box.row;
      case "columnIndex":
        return box.column;
      case "formulas":
        return grid((cell) => cell?.formula ?? cell?.value ?? "");
      case "numberFormat":
        return grid((cell) => cell?.numberFormat ?? "General");
    }
    state.calculateIfNeeded();
    if (name === "values") return grid((cell) => cell?.value ?? "");
    if (name === "text") return grid((cell) => String(cell?.value ?? ""));
    return grid((cell) => VALUE_TYPE(cell?.value ?? ""));
  }
  protected override write(name: string, data: unknown): void {
    const { sheet, box } = this.resolve();
    if (name === "numberFormat") this.ctx.state.writeNumberFormat(sheet, box, data as unknown[][]);
    else this.ctx.state.writeContents(sheet, box, data as unknown[][], name as "values" | "formulas");
  }
  private derived(location: string, change: (box: Box) => Box): RangeDouble {
    return new RangeDouble(this.ctx, () => {
      const { sheet, box } = this.resolve();
      const next = change(box);
      if (next.row < 0 || next.column < 0 || next.rows < 1 || next.columns < 1) throw officeError("InvalidArgument", `Range.${location}`);
      return { sheet, box: next };
    });
  }
  getCell(row: number, column: number): RangeDouble {
    return this.derived("getCell", (b) => ({ row: b.row + row, column: b.column + column, rows: 1, columns: 1 }));
  }
  getRow(row: number): RangeDouble {
    return this.derived("getRow", (b) => ({ ...b, row: b.row + row, rows: 1 }));
  }
  getColumn(column: number): RangeDouble {
    return this.derived("getColumn", (b) => ({ ...b, column: b.column + column, columns: 1 }));
  }
  getLastRow(): RangeDouble {
    return this.derived("getLastRow", (b) => ({ ...b, row: b.row + b.rows - 1, rows: 1 }));
  }
  getLastColumn(): RangeDouble {
    return this.derived("getLastColumn", (b) => ({ ...b, column: b.column + b.columns - 1, columns: 1 }));
  }
  getResizedRange(deltaRows: number, deltaColumns: number): RangeDouble {
    return this.derived("getResizedRange", (b) => ({ ...b, rows: b.rows + deltaRows, columns: b.columns + deltaColumns }));
  }
  getOffsetRange(rows: number, columns: number): RangeDouble {
    return this.derived("getOffsetRange", (b) => ({ ...b, row: b.row + rows, column: b.column + columns }));
  }
  getEntireColumn(): RangeDouble {
    return this.derived("getEntireColumn", (b) => ({ ...b, row: 0, rows: 1_048_576 }));
  }
  getEntireRow(): RangeDouble {
    return this.derived("getEntireRow", (b) => ({ ...b, column: 0, columns: 16_384 }));
  }
  clear(applyTo: string = "All"): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.resolve();
      this.ctx.state.clear(sheet, box, applyTo);
    });
  }
  select(): void {
    this.ctx.enqueue(() => (this.ctx.state.activeSheetId = this.resolve().sheet.id));
  }
}

/** A format of a range's cells that the double keeps only as a recorded write. */
abstract class RangePartDouble extends ProxyDouble {
  constructor(
    ctx: RequestQueue,
    protected readonly resolve: () => Located,
  ) {
    super(ctx);
  }
}

class RangeFormatDouble extends RangePartDouble {
  readonly className = "RangeFormat";
  readonly scalars = ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment", "verticalAlignment"];
  override readonly writable = this.scalars;
  readonly fill: RangeFillDouble;
  readonly font: RangeFontDouble;
  readonly protection: FormatProtectionDouble;
  private readonly styles: Snapshot = {};
  constructor(ctx: RequestQueue, resolve: () => Located) {
    super(ctx, resolve);
    this.fill = new RangeFillDouble(ctx, resolve);
    this.font = new RangeFontDouble(ctx, resolve);
    this.protection = new FormatProtectionDouble(ctx, resolve);
  }
  protected override navigation(name: string): ProxyDouble | undefined {
    return name === "fill" ? this.fill : name === "font" ? this.font : undefined;
  }
  protected read(name: string): unknown {
    const { sheet, box } = this.resolve();
    if (name === "columnWidth") return sheet.columnWidths.get(box.column) ?? 48;
    if (name === "rowHeight") return 15;
    return this.styles[name] ?? (name === "wrapText" ? false : "General");
  }
  protected override write(name: string, value: unknown): void {
    const { sheet, box } = this.resolve();
    this.ctx.state.assertEditable(sheet, `RangeFormat.${name}`);
    if (name === "columnWidth") for (let j = 0; j < box.columns; j++) sheet.columnWidths.set(box.column + j, value as number);
    this.styles[name] = value;
    this.ctx.state.record(sheet, box, name, value);
  }
  private autofit(what: string): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.resolve();
      this.ctx.state.record(sheet, box, what);
    });
  }
  autofitColumns(): void {
    this.autofit("autofitColumns");
  }
  autofitRows(): void {
    this.autofit("autofitRows");
  }
}

class FormatProtectionDouble extends RangePartDouble {
  readonly className = "FormatProtection";
  readonly scalars = ["locked"];
  override readonly writable = this.scalars;
  protected read(): unknown {
    return null;
  }
  protected override write(_name: string, value: unknown): void {
    const { sheet, box } = this.resolve();
    this.ctx.state.record(sheet, box, "locked", value);
  }
}

/** The one value of a range's cells, or null when they differ (as Excel reports mixed formats). */
function uniform<T>(state: WorkbookState, { sheet, box }: Located, pick: (cell: CellState | undefined) => T): T | null {
  let first: { value: T } | undefined;
  let mixed = false;
  state.forEachCell(box, (row, column) => {
    const value = pick(state.cell(sheet, row, column));
    if (!first) first = { value };
    else if (first.value !== value) mixed = true;
  });
  return mixed || !first ? null : first.value;
}

class RangeFillDouble extends RangePartDouble {
  readonly className = "RangeFill";
  readonly scalars = ["color"];
  override readonly writable = this.scalars;
  protected read(): unknown {
    return uniform(this.ctx.state, this.resolve(), (cell) => cell?.fill ?? "#FFFFFF");
  }
  protected override write(_name: string, value: unknown): void {
    const { sheet, box } = this.resolve();
    this.ctx.state.writeFill(sheet, box, (value as string).toUpperCase());
  }
  clear(): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.resolve();
      this.ctx.state.writeFill(sheet, box, undefined);
    });
  }
}

const FONT_DEFAULTS: Snapshot = { bold: false, italic: false, color: "#000000", size: 11, name: "Calibri" };

class RangeFontDouble extends RangePartDouble {
  readonly className = "RangeFont";
  readonly scalars = Object.keys(FONT_DEFAULTS);
  override readonly writable = this.scalars;
  protected read(name: string): unknown {
    return uniform(this.ctx.state, this.resolve(), (cell) => (cell?.font as Snapshot | undefined)?.[name] ?? FONT_DEFAULTS[name]);
  }
  protected override write(name: string, value: unknown): void {
    const { sheet, box } = this.resolve();
    this.ctx.state.writeFont(sheet, box, { [name]: value });
  }
}
