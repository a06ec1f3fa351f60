/** A worksheet, its protection and its frozen panes. */
import { type Box, parseBox, splitSheet } from "./address";
import { ChartCollectionDouble } from "./chart";
import { ProxyDouble, type RequestQueue } from "./proxy";
import { RangeDouble } from "./range";
import { type SheetState, officeError } from "./state";
import { TableCollectionDouble } from "./table";

const WHOLE_SHEET: Box = { row: 0, column: 0, rows: 1_048_576, columns: 16_384 };

export class WorksheetDouble extends ProxyDouble {
  readonly className = "Worksheet";
  readonly scalars = ["name", "id", "position", "visibility", "tabColor"];
  override readonly writable = ["name", "position", "visibility", "tabColor"];
  readonly tables: TableCollectionDouble;
  readonly charts: ChartCollectionDouble;
  readonly freezePanes: FreezePanesDouble;
  readonly protection: WorksheetProtectionDouble;

  constructor(
    ctx: RequestQueue,
    readonly resolve: () => SheetState,
    exists?: () => boolean,
  ) {
    super(ctx, exists);
    this.tables = new TableCollectionDouble(ctx, resolve);
    this.charts = new ChartCollectionDouble(ctx, resolve);
    this.freezePanes = new FreezePanesDouble(ctx, resolve);
    this.protection = new WorksheetProtectionDouble(ctx, resolve);
  }
  protected override navigation(name: string): ProxyDouble | undefined {
    return name === "protection" ? this.protection : undefined;
  }
  protected read(name: string): unknown {
    const sheet = this.resolve();
    switch (name) {
      case "name":
        return sheet.name;
      case "id":
        return `{sheet-${sheet.id}}`;
      case "position":
        return this.ctx.state.sheets.indexOf(sheet);
      case "visibility":
        return sheet.visibility;
      default:
        return sheet.tabColor;
    }
  }
  protected override write(name: string, value: unknown): void {
    const state = this.ctx.state;
    const sheet = this.resolve();
    switch (name) {
      case "name": {
        const other = state.sheetByName(value as string);
        if (other && other !== sheet) throw officeError("ItemAlreadyExists", "Worksheet.name", `A sheet named "${value}" exists.`);
        if (!value || (value as string).length > 31 || /[:\\/?*[\]]/.test(value as string))
          throw officeError("InvalidArgument", "Worksheet.name");
        state.record(sheet, undefined, "renameSheet", { from: sheet.name, to: value });
        sheet.name = value as string;
        return;
      }
      case "position":
        state.sheets.splice(state.sheets.indexOf(sheet), 1);
        state.sheets.splice(Math.max(0, Math.min(value as number, state.sheets.length)), 0, sheet);
        return;
      case "visibility":
        sheet.visibility = value as SheetState["visibility"];
        state.record(sheet, undefined, "visibility", value);
        return;
      default:
        sheet.tabColor = value as string;
    }
  }
  getRange(address?: string): RangeDouble {
    return new RangeDouble(this.ctx, () => {
      const sheet = this.resolve();
      if (address === undefined) return { sheet, box: WHOLE_SHEET };
      const { sheet: named, local } = splitSheet(address);
      const box = parseBox(local);
      if (!box || (named !== undefined && named.toLowerCase() !== sheet.name.toLowerCase())) {
        throw officeError("InvalidArgument", "Worksheet.getRange", `Bad address "${address}".`);
      }
      return { sheet, box };
    });
  }
  getRangeByIndexes(row: number, column: number, rows: number, columns: number): RangeDouble {
    return new RangeDouble(this.ctx, () => {
      if (row < 0 || column < 0 || rows < 1 || columns < 1) throw officeError("InvalidArgument", "Worksheet.getRangeByIndexes");
      return { sheet: this.resolve(), box: { row, column, rows, columns } };
    });
  }
  getCell(row: number, column: number): RangeDouble {
    return this.getRangeByIndexes(row, column, 1, 1);
  }
  getUsedRange(valuesOnly = false): RangeDouble {
    return new RangeDouble(this.ctx, () => {
      const sheet = this.resolve();
      return { sheet, box: this.ctx.state.usedBox(sheet, valuesOnly) ?? { row: 0, column: 0, rows: 1, columns: 1 } };
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeDouble {
    const used = (): Box | undefined => this.ctx.state.usedBox(this.resolve(), valuesOnly);
    return new RangeDouble(
      this.ctx,
      () => {
        const box = used();
        if (!box) throw officeError("ItemNotFound", "Worksheet.getUsedRangeOrNullObject");
        return { sheet: this.resolve(), box };
      },
      () => used() !== undefined,
    );
  }
  activate(): void {
    this.ctx.enqueue(() => (this.ctx.state.activeSheetId = this.resolve().id));
  }
  delete(): void {
    this.ctx.enqueue(() => this.ctx.state.deleteSheet(this.resolve()));
  }
}

class WorksheetProtectionDouble extends ProxyDouble {
  readonly className = "WorksheetProtection";
  readonly scalars = ["protected"];
  constructor(
    ctx: RequestQueue,
    private readonly resolve: () => SheetState,
  ) {
    super(ctx);
  }
  protected read(): unknown {
    return this.resolve().protected;
  }
  private change(protect: boolean): void {
    this.ctx.enqueue(() => {
      const sheet = this.resolve();
      if (protect && sheet.protected) throw officeError("AccessDenied", "WorksheetProtection.protect", "Already protected.");
      sheet.protected = protect;
      this.ctx.state.record(sheet, undefined, protect ? "protect" : "unprotect");
    });
  }
  protect(): void {
    this.change(true);
  }
  unprotect(): void {
    this.change(false);
  }
}

class FreezePanesDouble extends ProxyDouble {
  readonly className = "WorksheetFreezePanes";
  readonly scalars = [];
  constructor(
    ctx: RequestQueue,
    private readonly resolve: () => SheetState,
  ) {
    super(ctx);
  }
  protected read(): unknown {
    return undefined;
  }
  private change(rows: number | undefined, columns: number | undefined): void {
    this.ctx.enqueue(() => this.apply(rows, columns));
  }
  private apply(rows: number | undefined, columns: number | undefined): void {
    const sheet = this.resolve();
    this.ctx.state.assertEditable(sheet, "WorksheetFreezePanes");
    sheet.freeze = { rows: rows ?? sheet.freeze.rows, columns: columns ?? sheet.freeze.columns };
    this.ctx.state.record(sheet, undefined, "freeze", { ...sheet.freeze });
  }
  freezeRows(count = 1): void {
    this.change(count, 0);
  }
  freezeColumns(count = 1): void {
    this.change(0, count);
  }
  freezeAt(frozen: RangeDouble | string): void {
    this.ctx.enqueue(() => {
      const box = typeof frozen === "string" ? parseBox(splitSheet(frozen).local) : frozen.resolve().box;
      if (!box) throw officeError("InvalidArgument", "WorksheetFreezePanes.freezeAt");
      this.apply(box.row + box.rows, box.column + box.columns);
    });
  }
  unfreeze(): void {
    this.change(0, 0);
  }
  getLocationOrNullObject(): RangeDouble {
    const frozen = (): SheetState["freeze"] => this.resolve().freeze;
    return new RangeDouble(
      this.ctx,
      () => {
        const { rows, columns } = frozen();
        return { sheet: this.resolve(), box: { row: 0, column: 0, rows: Math.max(rows, 1), columns: Math.max(columns, 1) } };
      },
      () => frozen().rows > 0 || frozen().columns > 0,
    );
  }
}
