/**
 * A recording double of the Office JavaScript API for Excel, for tests in Node and in a browser
 * page. Like the real API it is a proxy model: calls queue commands, `context.sync()` runs them
 * in order against an in-memory workbook, and properties are readable only after `load` and a
 * sync (PropertyNotLoaded otherwise). Errors surface at sync with Office's codes (ItemNotFound,
 * AccessDenied on a protected sheet, InvalidArgument on a wrong shape); commands before the
 * failing one stay applied, as in Excel, so a test sees any half-written batch.
 *
 * It records every sync and every write so tests can assert a constant number of round trips
 * and whole-range writes. No Node-only imports: browser.ts bundles it into a page.
 */
import { type Box, boxAddress, columnName, parseBox, splitSheet } from "./address";
import {
  type CellState,
  type ChartState,
  type ConditionalFormatState,
  type FormulaEngine,
  type SheetState,
  type TableState,
  type ValidationState,
  type WriteRecord,
  OfficeDoubleError,
  WorkbookState,
  intersects,
  officeError,
} from "./state";

export { OfficeDoubleError, WorkbookState } from "./state";
export type { CellState, FormulaEngine, SheetState, TableState, WriteRecord } from "./state";

type Snapshot = Record<string, unknown>;
type LoadSpec = string | readonly string[] | { select?: string; expand?: string } | undefined;

/** What one test run of the double saw. */
export interface OfficeDoubleLog {
  /** Round trips: every `context.sync()`, plus the final one `Excel.run` makes when commands are pending. */
  syncCount: number;
  runCount: number;
  readonly notifications: { id: string; action: "add" | "replace" | "remove"; details?: unknown }[];
}

export interface OfficeDoubleOptions {
  host?: string;
  platform?: string;
  version?: string;
  /** Highest supported version of each requirement set, e.g. { ExcelApi: "1.12" }. Default ExcelApi 1.17. */
  requirementSets?: Record<string, string>;
  /** Calculates formula values; without one, formula cells read as "". */
  formulaEngine?: FormulaEngine;
  /** Adds Office.NotificationMessages (Outlook-style) that records what is shown. */
  notificationMessages?: boolean;
  displayLanguage?: string;
}

export interface OfficeDouble {
  readonly state: WorkbookState;
  readonly log: OfficeDoubleLog;
  readonly writes: readonly WriteRecord[];
  readonly requirementSets: Map<string, string>;
  readonly actions: Map<string, (event: unknown) => unknown>;
  /** Forgets syncs, runs and writes recorded so far (the workbook stays). */
  resetLog(): void;
  /** Calls a ribbon command registered with Office.actions.associate; resolves when it calls event.completed(). */
  invokeAction(id: string): Promise<void>;
  /** Test-side access without proxies or syncs. */
  sheet(name: string): SheetState | undefined;
  /** Values of a range as Excel would return them (formula cells calculated when an engine is set). */
  values(sheet: string, address: string): unknown[][];
  formulas(sheet: string, address: string): unknown[][];
  cell(sheet: string, address: string): CellState | undefined;
  /** Test-side set-up as a user would type (same interpretation rules as range.values). */
  type(sheet: string, address: string, values: unknown[][]): void;
  /** Removes the globals it installed. */
  uninstall(): void;
}

function parseLoad(spec: LoadSpec): string[] {
  if (spec === undefined) return [];
  if (typeof spec === "string") return spec.split(",").map((s) => s.trim()).filter(Boolean);
  if (Array.isArray(spec)) return spec.flatMap((s: string) => parseLoad(s));
  const object = spec as { select?: string; expand?: string };
  return [...parseLoad(object.select), ...parseLoad(object.expand)];
}

function compareVersions(a: string, b: string): number {
  const pa = a.split(".").map(Number);
  const pb = b.split(".").map(Number);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

class ContextDouble {
  private queue: (() => void)[] = [];
  readonly workbook: WorkbookDouble;
  readonly application: ApplicationDouble;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(
    readonly state: WorkbookState,
    private readonly log: OfficeDoubleLog,
  ) {
    this.workbook = new WorkbookDouble(this);
    this.application = this.workbook.application;
  }

  enqueue(command: () => void): void {
    this.queue.push(command);
  }

  get pending(): boolean {
    return this.queue.length > 0;
  }

  async sync(): Promise<void> {
    this.log.syncCount++;
    const commands = this.queue;
    this.queue = [];
    await Promise.resolve();
    for (const command of commands) command();
  }
}

/** The common proxy behaviour: load, property access rules, null objects, toJSON. */
abstract class ProxyDouble {
  private readonly snapshot: Snapshot = {};
  private readonly loaded = new Set<string>();
  private readonly local: Snapshot = {};
  private nullState: boolean | undefined;
  private readonly nullable: boolean;

  protected abstract readonly className: string;
  protected abstract readonly scalars: readonly string[];

  constructor(
    protected readonly ctx: ContextDouble,
    exists?: () => boolean,
  ) {
    this.nullable = exists !== undefined;
    if (exists) ctx.enqueue(() => (this.nullState = !exists()));
  }

  get context(): ContextDouble {
    return this.ctx;
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    if (this.nullState === undefined) throw officeError("PropertyNotLoaded", `${this.className}.isNullObject`);
    return this.nullState;
  }

  /** Reads a property on the resolved target, at sync time. */
  protected abstract read(name: string): unknown;

  /** Navigation properties that load paths may go through ("format/fill/color"). */
  protected navigation(_name: string): ProxyDouble | undefined {
    return undefined;
  }

  load(spec?: LoadSpec): this {
    for (const command of this.loadCommands(parseLoad(spec))) this.ctx.enqueue(command);
    return this;
  }

  /** Loads at once: for items a collection creates while a sync runs. */
  loadNow(spec?: LoadSpec): this {
    for (const command of this.loadCommands(parseLoad(spec))) command();
    return this;
  }

  private loadCommands(paths: readonly string[]): (() => void)[] {
    const commands: (() => void)[] = [];
    const own: string[] = [];
    const nested = new Map<string, string[]>();
    for (const path of paths) {
      const [head = "", ...rest] = path.split("/");
      if (head === "items" && this.scalars.includes("items")) {
        // A collection loads its items whole ("items/name" included).
        if (!own.includes("items")) own.push("items");
      } else if (rest.length > 0 || this.navigation(head)) {
        nested.set(head, [...(nested.get(head) ?? []), ...(rest.length ? [rest.join("/")] : [])]);
      } else {
        own.push(head);
      }
    }
    if (paths.length === 0) own.push(...this.scalars);
    for (const [name, rest] of nested) {
      const child = this.navigation(name);
      if (!child) throw officeError("InvalidArgument", `${this.className}.load`, `Unknown navigation "${name}".`);
      commands.push(...child.loadCommands(rest));
    }
    if (own.length > 0) {
      commands.push(() => {
        for (const name of own) {
          if (!this.scalars.includes(name)) throw officeError("InvalidArgument", `${this.className}.load`, `Unknown property "${name}".`);
          this.snapshot[name] = this.nullState ? null : this.read(name);
          this.loaded.add(name);
          delete this.local[name];
        }
      });
    }
    return commands;
  }

  protected get<T>(name: string): T {
    if (name in this.local) return this.local[name] as T;
    if (this.loaded.has(name)) return this.snapshot[name] as T;
    throw officeError("PropertyNotLoaded", `${this.className}.${name}`);
  }

  /** Queues a property change; reading it back before a load gives the value set, as in Office.js. */
  protected set(name: string, value: unknown, write: () => void): void {
    this.local[name] = value;
    this.ctx.enqueue(write);
  }

  toJSON(): Snapshot {
    return { ...this.snapshot, ...this.local };
  }
}

class ClientResultDouble<T> {
  private result: { value: T } | undefined;
  constructor(ctx: ContextDouble, compute: () => T) {
    ctx.enqueue(() => (this.result = { value: compute() }));
  }
  get value(): T {
    if (!this.result) throw officeError("PropertyNotLoaded", "ClientResult.value");
    return this.result.value;
  }
}

class ApplicationDouble extends ProxyDouble {
  protected readonly className = "Application";
  protected readonly scalars = ["calculationMode"] as const;
  private mode = "Automatic";
  protected read(name: string): unknown {
    return name === "calculationMode" ? this.mode : undefined;
  }
  get calculationMode(): string {
    return this.get("calculationMode");
  }
  set calculationMode(value: string) {
    this.set("calculationMode", value, () => (this.mode = value));
  }
  calculate(type: string): void {
    this.ctx.enqueue(() => this.ctx.state.calculate(type));
  }
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue(() => undefined);
  }
}

class WorkbookDouble extends ProxyDouble {
  protected readonly className = "Workbook";
  protected readonly scalars = ["name"] as const;
  readonly worksheets: WorksheetCollectionDouble;
  readonly tables: TableCollectionDouble;
  readonly application: ApplicationDouble;
  constructor(ctx: ContextDouble) {
    super(ctx);
    this.worksheets = new WorksheetCollectionDouble(ctx);
    this.tables = new TableCollectionDouble(ctx, undefined);
    this.application = new ApplicationDouble(ctx);
  }
  protected read(): unknown {
    return "Book1.xlsx";
  }
  get name(): string {
    return this.get("name");
  }
  getActiveCell(): RangeDouble {
    return this.getSelectedRange();
  }
  getSelectedRange(): RangeDouble {
    const state = this.ctx.state;
    return new RangeDouble(this.ctx, () => {
      const sheet = state.sheetById(state.activeSheetId ?? -1);
      if (!sheet) throw officeError("ItemNotFound", "Workbook.getSelectedRange");
      return { sheet, box: { row: 0, column: 0, rows: 1, columns: 1 } };
    });
  }
}

class WorksheetCollectionDouble extends ProxyDouble {
  protected readonly className = "WorksheetCollection";
  protected readonly scalars = ["items"] as const;
  constructor(ctx: ContextDouble) {
    super(ctx);
  }
  protected read(): unknown {
    return this.ctx.state.sheets.map((sheet) => new WorksheetDouble(this.ctx, () => sheet).loadNow());
  }
  override load(spec?: LoadSpec): this {
    const paths = parseLoad(spec);
    const itemPaths = paths.map((p) => p.replace(/^items\/?/, "")).filter(Boolean);
    this.ctx.enqueue(() => {
      const items = this.ctx.state.sheets.map((sheet) => new WorksheetDouble(this.ctx, () => sheet));
      for (const item of items) item.loadNow(itemPaths.length ? itemPaths : undefined);
      this.itemsList = items;
    });
    return this;
  }
  private itemsList: WorksheetDouble[] | undefined;
  get items(): WorksheetDouble[] {
    if (!this.itemsList) throw officeError("PropertyNotLoaded", "WorksheetCollection.items");
    return this.itemsList;
  }
  getItem(name: string): WorksheetDouble {
    return new WorksheetDouble(this.ctx, this.byName(name));
  }
  getItemOrNullObject(name: string): WorksheetDouble {
    const state = this.ctx.state;
    return new WorksheetDouble(this.ctx, this.byName(name), () => state.sheetByName(name) !== undefined);
  }
  getActiveWorksheet(): WorksheetDouble {
    const state = this.ctx.state;
    return new WorksheetDouble(this.ctx, () => {
      const sheet = state.sheetById(state.activeSheetId ?? -1);
      if (!sheet) throw officeError("ItemNotFound", "WorksheetCollection.getActiveWorksheet");
      return sheet;
    });
  }
  getCount(): ClientResultDouble<number> {
    return new ClientResultDouble(this.ctx, () => this.ctx.state.sheets.length);
  }
  add(name?: string): WorksheetDouble {
    const state = this.ctx.state;
    let created: SheetState | undefined;
    this.ctx.enqueue(() => {
      created = state.addSheet(name ?? `Sheet${state.sheets.length + 1}`);
    });
    return new WorksheetDouble(this.ctx, () => {
      if (!created || !state.sheets.includes(created)) throw officeError("ItemNotFound", "WorksheetCollection.add");
      return created;
    });
  }
  private byName(name: string): () => SheetState {
    const state = this.ctx.state;
    let bound: SheetState | undefined;
    // Bound to the sheet on first use, so a rename in the same batch keeps pointing to it.
    return () => {
      if (bound && state.sheets.includes(bound)) return bound;
      const sheet = state.sheetByName(name);
      if (!sheet) throw officeError("ItemNotFound", "WorksheetCollection.getItem", `No sheet named "${name}".`);
      bound = sheet;
      return sheet;
    };
  }
}

class WorksheetDouble extends ProxyDouble {
  protected readonly className = "Worksheet";
  protected readonly scalars = ["name", "id", "position", "visibility", "tabColor"] as const;
  readonly tables: TableCollectionDouble;
  readonly charts: ChartCollectionDouble;
  readonly freezePanes: FreezePanesDouble;
  readonly protection: WorksheetProtectionDouble;

  constructor(
    ctx: ContextDouble,
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
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    const state = this.ctx.state;
    this.set("name", value, () => {
      const sheet = this.resolve();
      const other = state.sheetByName(value);
      if (other && other !== sheet) throw officeError("ItemAlreadyExists", "Worksheet.name", `A sheet named "${value}" exists.`);
      if (!value || value.length > 31 || /[:\\/?*[\]]/.test(value)) throw officeError("InvalidArgument", "Worksheet.name");
      state.record(sheet, undefined, "renameSheet", { from: sheet.name, to: value });
      sheet.name = value;
    });
  }
  get id(): string {
    return this.get("id");
  }
  get position(): number {
    return this.get("position");
  }
  set position(value: number) {
    const state = this.ctx.state;
    this.set("position", value, () => {
      const sheet = this.resolve();
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
      state.sheets.splice(Math.max(0, Math.min(value, state.sheets.length)), 0, sheet);
    });
  }
  get visibility(): string {
    return this.get("visibility");
  }
  set visibility(value: "Visible" | "Hidden" | "VeryHidden") {
    this.set("visibility", value, () => {
      const sheet = this.resolve();
      sheet.visibility = value;
      this.ctx.state.record(sheet, undefined, "visibility", value);
    });
  }
  get tabColor(): string {
    return this.get("tabColor");
  }
  set tabColor(value: string) {
    this.set("tabColor", value, () => (this.resolve().tabColor = value));
  }
  getRange(address?: string): RangeDouble {
    if (address === undefined) return new RangeDouble(this.ctx, () => ({ sheet: this.resolve(), box: { row: 0, column: 0, rows: 1_048_576, columns: 16_384 } }));
    return new RangeDouble(this.ctx, () => {
      const sheet = this.resolve();
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
  protected readonly className = "WorksheetProtection";
  protected readonly scalars = ["protected"] as const;
  constructor(
    ctx: ContextDouble,
    private readonly resolve: () => SheetState,
  ) {
    super(ctx);
  }
  protected read(): unknown {
    return this.resolve().protected;
  }
  get protected(): boolean {
    return this.get("protected");
  }
  protect(): void {
    this.ctx.enqueue(() => {
      const sheet = this.resolve();
      if (sheet.protected) throw officeError("AccessDenied", "WorksheetProtection.protect", "Already protected.");
      sheet.protected = true;
      this.ctx.state.record(sheet, undefined, "protect");
    });
  }
  unprotect(): void {
    this.ctx.enqueue(() => {
      const sheet = this.resolve();
      sheet.protected = false;
      this.ctx.state.record(sheet, undefined, "unprotect");
    });
  }
}

class FreezePanesDouble {
  constructor(
    private readonly ctx: ContextDouble,
    private readonly resolve: () => SheetState,
  ) {}
  private change(rows: number | undefined, columns: number | undefined): void {
    this.ctx.enqueue(() => {
      const sheet = this.resolve();
      this.ctx.state.assertEditable(sheet, "WorksheetFreezePanes");
      sheet.freeze = { rows: rows ?? sheet.freeze.rows, columns: columns ?? sheet.freeze.columns };
      this.ctx.state.record(sheet, undefined, "freeze", { ...sheet.freeze });
    });
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
      this.change(box.row + box.rows, box.column + box.columns);
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

interface Located {
  sheet: SheetState;
  box: Box;
}

const VALUE_TYPE = (value: unknown): string =>
  value === "" ? "Empty" : typeof value === "number" ? "Double" : typeof value === "boolean" ? "Boolean" : "String";

class RangeDouble extends ProxyDouble {
  protected readonly className = "Range";
  protected readonly scalars = [
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
  ] as const;
  readonly format: RangeFormatDouble;
  readonly conditionalFormats: ConditionalFormatCollectionDouble;
  readonly dataValidation: DataValidationDouble;

  constructor(
    ctx: ContextDouble,
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
      case "values":
        state.calculateIfNeeded();
        return grid((cell) => cell?.value ?? "");
      case "formulas":
        return grid((cell) => cell?.formula ?? cell?.value ?? "");
      case "numberFormat":
        return grid((cell) => cell?.numberFormat ?? "General");
      case "text":
        state.calculateIfNeeded();
        return grid((cell) => String(cell?.value ?? ""));
      default:
        state.calculateIfNeeded();
        return grid((cell) => VALUE_TYPE(cell?.value ?? ""));
    }
  }
  get address(): string {
    return this.get("address");
  }
  get addressLocal(): string {
    return this.get("addressLocal");
  }
  get rowCount(): number {
    return this.get("rowCount");
  }
  get columnCount(): number {
    return this.get("columnCount");
  }
  get cellCount(): number {
    return this.get("cellCount");
  }
  get rowIndex(): number {
    return this.get("rowIndex");
  }
  get columnIndex(): number {
    return this.get("columnIndex");
  }
  get text(): string[][] {
    return this.get("text");
  }
  get valueTypes(): string[][] {
    return this.get("valueTypes");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  set values(data: unknown[][]) {
    this.set("values", data, () => {
      const { sheet, box } = this.resolve();
      this.ctx.state.writeContents(sheet, box, data, "values");
    });
  }
  get formulas(): unknown[][] {
    return this.get("formulas");
  }
  set formulas(data: unknown[][]) {
    this.set("formulas", data, () => {
      const { sheet, box } = this.resolve();
      this.ctx.state.writeContents(sheet, box, data, "formulas");
    });
  }
  get numberFormat(): unknown[][] {
    return this.get("numberFormat");
  }
  set numberFormat(data: unknown[][]) {
    this.set("numberFormat", data, () => {
      const { sheet, box } = this.resolve();
      this.ctx.state.writeNumberFormat(sheet, box, data);
    });
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

class RangeFormatDouble extends ProxyDouble {
  protected readonly className = "RangeFormat";
  protected readonly scalars = ["columnWidth", "rowHeight", "wrapText", "horizontalAlignment", "verticalAlignment"] as const;
  readonly fill: RangeFillDouble;
  readonly font: RangeFontDouble;
  readonly protection: { locked: boolean };
  private readonly styles: Snapshot = {};
  constructor(
    ctx: ContextDouble,
    private readonly resolve: () => Located,
  ) {
    super(ctx);
    this.fill = new RangeFillDouble(ctx, resolve);
    this.font = new RangeFontDouble(ctx, resolve);
    const record = (value: boolean): void =>
      ctx.enqueue(() => {
        const { sheet, box } = resolve();
        ctx.state.record(sheet, box, "locked", value);
      });
    this.protection = {
      set locked(value: boolean) {
        record(value);
      },
      get locked(): boolean {
        throw officeError("PropertyNotLoaded", "FormatProtection.locked");
      },
    };
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
  private style(name: string, value: unknown): void {
    this.set(name, value, () => {
      const { sheet, box } = this.resolve();
      this.ctx.state.assertEditable(sheet, `RangeFormat.${name}`);
      if (name === "columnWidth") for (let j = 0; j < box.columns; j++) sheet.columnWidths.set(box.column + j, value as number);
      this.styles[name] = value;
      this.ctx.state.record(sheet, box, name, value);
    });
  }
  get columnWidth(): number {
    return this.get("columnWidth");
  }
  set columnWidth(value: number) {
    this.style("columnWidth", value);
  }
  get rowHeight(): number {
    return this.get("rowHeight");
  }
  set rowHeight(value: number) {
    this.style("rowHeight", value);
  }
  get wrapText(): boolean {
    return this.get("wrapText");
  }
  set wrapText(value: boolean) {
    this.style("wrapText", value);
  }
  get horizontalAlignment(): string {
    return this.get("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this.style("horizontalAlignment", value);
  }
  get verticalAlignment(): string {
    return this.get("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this.style("verticalAlignment", value);
  }
  autofitColumns(): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.resolve();
      this.ctx.state.record(sheet, box, "autofitColumns");
    });
  }
  autofitRows(): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.resolve();
      this.ctx.state.record(sheet, box, "autofitRows");
    });
  }
}

/** The one colour of a range, or null when its cells differ (as Excel reports mixed formats). */
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

class RangeFillDouble extends ProxyDouble {
  protected readonly className = "RangeFill";
  protected readonly scalars = ["color"] as const;
  constructor(
    ctx: ContextDouble,
    private readonly resolve: () => Located,
  ) {
    super(ctx);
  }
  protected read(): unknown {
    return uniform(this.ctx.state, this.resolve(), (cell) => cell?.fill ?? "#FFFFFF");
  }
  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.set("color", value, () => {
      const { sheet, box } = this.resolve();
      this.ctx.state.writeFill(sheet, box, value.toUpperCase());
    });
  }
  clear(): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.resolve();
      this.ctx.state.writeFill(sheet, box, undefined);
    });
  }
}

class RangeFontDouble extends ProxyDouble {
  protected readonly className = "RangeFont";
  protected readonly scalars = ["bold", "italic", "color", "size", "name"] as const;
  constructor(
    ctx: ContextDouble,
    private readonly resolve: () => Located,
  ) {
    super(ctx);
  }
  protected read(name: string): unknown {
    const defaults: Snapshot = { bold: false, italic: false, color: "#000000", size: 11, name: "Calibri" };
    return uniform(this.ctx.state, this.resolve(), (cell) => (cell?.font as Snapshot | undefined)?.[name] ?? defaults[name]);
  }
  private font(name: string, value: unknown): void {
    this.set(name, value, () => {
      const { sheet, box } = this.resolve();
      this.ctx.state.writeFont(sheet, box, { [name]: value });
    });
  }
  get bold(): boolean {
    return this.get("bold");
  }
  set bold(value: boolean) {
    this.font("bold", value);
  }
  get italic(): boolean {
    return this.get("italic");
  }
  set italic(value: boolean) {
    this.font("italic", value);
  }
  get color(): string {
    return this.get("color");
  }
  set color(value: string) {
    this.font("color", value);
  }
  get size(): number {
    return this.get("size");
  }
  set size(value: number) {
    this.font("size", value);
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.font("name", value);
  }
}

class ConditionalFormatCollectionDouble extends ProxyDouble {
  protected readonly className = "ConditionalFormatCollection";
  protected readonly scalars = ["items"] as const;
  constructor(
    ctx: ContextDouble,
    private readonly resolve: () => Located,
  ) {
    super(ctx);
  }
  protected read(): unknown {
    const { sheet, box } = this.resolve();
    return sheet.conditionalFormats.filter((cf) => intersects(cf.box, box)).map((cf) => new ConditionalFormatDouble(this.ctx, () => cf));
  }
  get items(): ConditionalFormatDouble[] {
    return this.get("items");
  }
  add(type: string): ConditionalFormatDouble {
    let created: ConditionalFormatState | undefined;
    this.ctx.enqueue(() => {
      const { sheet, box } = this.resolve();
      this.ctx.state.assertEditable(sheet, "ConditionalFormatCollection.add");
      created = { id: this.ctx.state.newId(), box, type };
      sheet.conditionalFormats.push(created);
      this.ctx.state.record(sheet, box, "conditionalFormat.add", type);
    });
    return new ConditionalFormatDouble(this.ctx, () => {
      if (!created) throw officeError("ItemNotFound", "ConditionalFormat");
      return created;
    });
  }
  clearAll(): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.resolve();
      this.ctx.state.assertEditable(sheet, "ConditionalFormatCollection.clearAll");
      const kept = sheet.conditionalFormats.filter((cf) => !intersects(cf.box, box));
      sheet.conditionalFormats.splice(0, sheet.conditionalFormats.length, ...kept);
      this.ctx.state.record(sheet, box, "conditionalFormat.clearAll");
    });
  }
  getCount(): ClientResultDouble<number> {
    return new ClientResultDouble(this.ctx, () => {
      const { sheet, box } = this.resolve();
      return sheet.conditionalFormats.filter((cf) => intersects(cf.box, box)).length;
    });
  }
}

/** custom.rule.formula, custom.format.fill.color, custom.format.font.color|bold, cellValue.rule … */
class ConditionalFormatDouble extends ProxyDouble {
  protected readonly className = "ConditionalFormat";
  protected readonly scalars = ["type", "id", "stopIfTrue"] as const;
  readonly custom: { rule: { formula: string }; format: { fill: { color: string }; font: { color: string; bold: boolean } } };
  readonly cellValue: { rule: unknown; format: { fill: { color: string }; font: { color: string; bold: boolean } } };
  constructor(
    ctx: ContextDouble,
    private readonly resolve: () => ConditionalFormatState,
  ) {
    super(ctx);
    const change = (apply: (cf: ConditionalFormatState) => void): void => ctx.enqueue(() => apply(resolve()));
    const format = {
      fill: {
        set color(value: string) {
          change((cf) => (cf.fill = value.toUpperCase()));
        },
        get color(): string {
          throw officeError("PropertyNotLoaded", "ConditionalRangeFill.color");
        },
      },
      font: {
        set color(value: string) {
          change((cf) => (cf.fontColor = value.toUpperCase()));
        },
        get color(): string {
          throw officeError("PropertyNotLoaded", "ConditionalRangeFont.color");
        },
        set bold(value: boolean) {
          change((cf) => (cf.fontBold = value));
        },
        get bold(): boolean {
          throw officeError("PropertyNotLoaded", "ConditionalRangeFont.bold");
        },
      },
    };
    this.custom = {
      rule: {
        set formula(value: string) {
          change((cf) => {
            if (cf.type !== "Custom") throw officeError("InvalidOperation", "ConditionalFormat.custom");
            cf.rule = value;
          });
        },
        get formula(): string {
          throw officeError("PropertyNotLoaded", "ConditionalFormatRule.formula");
        },
      },
      format,
    };
    this.cellValue = {
      set rule(value: unknown) {
        change((cf) => {
          if (cf.type !== "CellValue") throw officeError("InvalidOperation", "ConditionalFormat.cellValue");
          cf.rule = value;
        });
      },
      get rule(): unknown {
        throw officeError("PropertyNotLoaded", "CellValueConditionalFormat.rule");
      },
      format,
    };
  }
  protected read(name: string): unknown {
    const cf = this.resolve();
    return name === "type" ? cf.type : name === "id" ? String(cf.id) : (cf.stopIfTrue ?? false);
  }
  get type(): string {
    return this.get("type");
  }
  get stopIfTrue(): boolean {
    return this.get("stopIfTrue");
  }
  set stopIfTrue(value: boolean) {
    this.set("stopIfTrue", value, () => (this.resolve().stopIfTrue = value));
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const cf = this.resolve();
      for (const sheet of this.ctx.state.sheets) {
        const i = sheet.conditionalFormats.indexOf(cf);
        if (i >= 0) sheet.conditionalFormats.splice(i, 1);
      }
    });
  }
}

class DataValidationDouble extends ProxyDouble {
  protected readonly className = "DataValidation";
  protected readonly scalars = ["rule", "type", "errorAlert"] as const;
  constructor(
    ctx: ContextDouble,
    private readonly resolve: () => Located,
  ) {
    super(ctx);
  }
  private covering(): ValidationState | undefined {
    const { sheet, box } = this.resolve();
    return [...sheet.validations].reverse().find((v) => intersects(v.box, box));
  }
  protected read(name: string): unknown {
    const found = this.covering();
    if (name === "type") return found ? Object.keys(found.rule as object)[0] : "None";
    return name === "rule" ? (found?.rule ?? {}) : found?.errorAlert;
  }
  get rule(): unknown {
    return this.get("rule");
  }
  set rule(value: unknown) {
    this.set("rule", value, () => {
      const { sheet, box } = this.resolve();
      this.ctx.state.assertEditable(sheet, "DataValidation.rule");
      const keys = Object.keys((value ?? {}) as object);
      if (keys.length !== 1) throw officeError("InvalidArgument", "DataValidation.rule", "A rule has exactly one type.");
      sheet.validations.push({ box, rule: value });
      this.ctx.state.record(sheet, box, "dataValidation", value);
    });
  }
  get type(): string {
    return this.get("type");
  }
  get errorAlert(): unknown {
    return this.get("errorAlert");
  }
  set errorAlert(value: unknown) {
    this.set("errorAlert", value, () => {
      const found = this.covering();
      if (found) found.errorAlert = value;
    });
  }
  clear(): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.resolve();
      this.ctx.state.assertEditable(sheet, "DataValidation.clear");
      const kept = sheet.validations.filter((v) => !intersects(v.box, box));
      sheet.validations.splice(0, sheet.validations.length, ...kept);
      this.ctx.state.record(sheet, box, "dataValidation.clear");
    });
  }
}

class TableCollectionDouble extends ProxyDouble {
  protected readonly className = "TableCollection";
  protected readonly scalars = ["items", "count"] as const;
  constructor(
    ctx: ContextDouble,
    private readonly sheet: (() => SheetState) | undefined,
  ) {
    super(ctx);
  }
  private members(): TableState[] {
    const state = this.ctx.state;
    return this.sheet ? state.tableOf(this.sheet()) : [...state.tables];
  }
  protected read(name: string): unknown {
    const members = this.members();
    if (name === "count") return members.length;
    return members.map((table) => new TableDouble(this.ctx, () => table).loadNow());
  }
  get items(): TableDouble[] {
    return this.get("items");
  }
  get count(): number {
    return this.get("count");
  }
  getCount(): ClientResultDouble<number> {
    return new ClientResultDouble(this.ctx, () => this.members().length);
  }
  private byName(name: string): () => TableState {
    return () => {
      const table = this.members().find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (!table) throw officeError("ItemNotFound", "TableCollection.getItem", `No table named "${name}".`);
      return table;
    };
  }
  getItem(name: string): TableDouble {
    return new TableDouble(this.ctx, this.byName(name));
  }
  getItemOrNullObject(name: string): TableDouble {
    return new TableDouble(this.ctx, this.byName(name), () => this.members().some((t) => t.name.toLowerCase() === name.toLowerCase()));
  }
  getItemAt(index: number): TableDouble {
    return new TableDouble(this.ctx, () => {
      const table = this.members()[index];
      if (!table) throw officeError("ItemNotFound", "TableCollection.getItemAt");
      return table;
    });
  }
  add(address: string | RangeDouble, hasHeaders: boolean): TableDouble {
    const state = this.ctx.state;
    let created: TableState | undefined;
    this.ctx.enqueue(() => {
      if (!hasHeaders) throw officeError("InvalidArgument", "TableCollection.add", "The double models tables with headers only.");
      let located: Located;
      if (typeof address === "string") {
        const { sheet: named, local } = splitSheet(address);
        const sheet = named !== undefined ? state.sheetByName(named) : (this.sheet?.() ?? state.sheetById(state.activeSheetId ?? -1));
        const box = parseBox(local);
        if (!sheet || !box) throw officeError("InvalidArgument", "TableCollection.add", `Bad address "${address}".`);
        located = { sheet, box };
      } else {
        located = address.resolve();
      }
      const { sheet } = located;
      const box = { ...located.box, rows: Math.max(located.box.rows, 2) };
      state.assertEditable(sheet, "TableCollection.add");
      if (state.tableOf(sheet).some((t) => intersects(t.box, box))) throw officeError("InvalidOperation", "TableCollection.add", "Tables cannot overlap.");
      // Empty or repeated headers are made unique, as Excel does.
      const seen = new Set<string>();
      const headers = Array.from({ length: box.columns }, (_, j) => {
        const text = String(state.cell(sheet, box.row, box.column + j)?.value ?? "").trim();
        let name = text || `Column${j + 1}`;
        for (let n = 2; seen.has(name.toLowerCase()); n++) name = `${text || `Column${j + 1}`}${n}`;
        seen.add(name.toLowerCase());
        return name;
      });
      state.writeContents(sheet, { ...box, rows: 1 }, [headers], "values");
      state.writes.pop(); // recorded below as the table's creation
      let n = state.tables.length + 1;
      while (state.tableByName(`Table${n}`)) n++;
      created = { id: state.newId(), name: `Table${n}`, sheetId: sheet.id, box, style: "TableStyleMedium2" };
      state.tables.push(created);
      state.record(sheet, box, "table.add", created.name);
    });
    return new TableDouble(this.ctx, () => {
      if (!created || !state.tables.includes(created)) throw officeError("ItemNotFound", "TableCollection.add");
      return created;
    });
  }
}

class TableDouble extends ProxyDouble {
  protected readonly className = "Table";
  protected readonly scalars = ["name", "id", "style", "showHeaders", "showTotals"] as const;
  readonly columns: TableColumnCollectionDouble;
  readonly rows: TableRowCollectionDouble;
  constructor(
    ctx: ContextDouble,
    readonly resolve: () => TableState,
    exists?: () => boolean,
  ) {
    super(ctx, exists);
    this.columns = new TableColumnCollectionDouble(ctx, resolve);
    this.rows = new TableRowCollectionDouble(ctx, resolve);
  }
  protected override navigation(name: string): ProxyDouble | undefined {
    return name === "columns" ? this.columns : name === "rows" ? this.rows : name === "worksheet" ? this.worksheet : undefined;
  }
  private sheetOf(table: TableState): SheetState {
    const sheet = this.ctx.state.sheetById(table.sheetId);
    if (!sheet) throw officeError("ItemNotFound", "Table.worksheet");
    return sheet;
  }
  get worksheet(): WorksheetDouble {
    return new WorksheetDouble(this.ctx, () => this.sheetOf(this.resolve()));
  }
  protected read(name: string): unknown {
    const table = this.resolve();
    switch (name) {
      case "name":
        return table.name;
      case "id":
        return `{table-${table.id}}`;
      case "style":
        return table.style;
      case "showHeaders":
        return true;
      default:
        return false;
    }
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.set("name", value, () => {
      const table = this.resolve();
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(value)) throw officeError("InvalidArgument", "Table.name", `Invalid table name "${value}".`);
      const other = this.ctx.state.tableByName(value);
      if (other && other !== table) throw officeError("ItemAlreadyExists", "Table.name");
      table.name = value;
    });
  }
  get id(): string {
    return this.get("id");
  }
  get style(): string {
    return this.get("style");
  }
  set style(value: string) {
    this.set("style", value, () => (this.resolve().style = value));
  }
  get showHeaders(): boolean {
    return this.get("showHeaders");
  }
  get showTotals(): boolean {
    return this.get("showTotals");
  }
  private part(pick: (box: Box) => Box): RangeDouble {
    return new RangeDouble(this.ctx, () => {
      const table = this.resolve();
      return { sheet: this.sheetOf(table), box: pick(table.box) };
    });
  }
  getRange(): RangeDouble {
    return this.part((b) => b);
  }
  getHeaderRowRange(): RangeDouble {
    return this.part((b) => ({ ...b, rows: 1 }));
  }
  getDataBodyRange(): RangeDouble {
    return this.part((b) => ({ ...b, row: b.row + 1, rows: b.rows - 1 }));
  }
  resize(range: RangeDouble | string): void {
    this.ctx.enqueue(() => {
      const table = this.resolve();
      const box = typeof range === "string" ? parseBox(splitSheet(range).local) : range.resolve().box;
      if (!box || box.row !== table.box.row || box.column !== table.box.column || box.rows < 2) {
        throw officeError("InvalidArgument", "Table.resize", "The header row must stay in place.");
      }
      this.ctx.state.assertEditable(this.sheetOf(table), "Table.resize");
      table.box = box;
      this.ctx.state.record(this.sheetOf(table), box, "table.resize", table.name);
    });
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const table = this.resolve();
      const sheet = this.sheetOf(table);
      this.ctx.state.assertEditable(sheet, "Table.delete");
      this.ctx.state.clear(sheet, table.box, "All");
      this.ctx.state.tables.splice(this.ctx.state.tables.indexOf(table), 1);
    });
  }
  convertToRange(): RangeDouble {
    const range = this.getRange();
    this.ctx.enqueue(() => {
      const table = this.resolve();
      this.ctx.state.tables.splice(this.ctx.state.tables.indexOf(table), 1);
    });
    return range;
  }
}

class TableColumnCollectionDouble extends ProxyDouble {
  protected readonly className = "TableColumnCollection";
  protected readonly scalars = ["items", "count"] as const;
  constructor(
    ctx: ContextDouble,
    private readonly table: () => TableState,
  ) {
    super(ctx);
  }
  protected read(name: string): unknown {
    const headers = this.ctx.state.tableHeaders(this.table());
    if (name === "count") return headers.length;
    return headers.map((_, i) => new TableColumnDouble(this.ctx, this.table, () => i).loadNow());
  }
  get items(): TableColumnDouble[] {
    return this.get("items");
  }
  get count(): number {
    return this.get("count");
  }
  getCount(): ClientResultDouble<number> {
    return new ClientResultDouble(this.ctx, () => this.table().box.columns);
  }
  private indexOf(name: string): number {
    return this.ctx.state.tableHeaders(this.table()).findIndex((h) => h.toLowerCase() === name.toLowerCase());
  }
  getItem(name: string): TableColumnDouble {
    return new TableColumnDouble(this.ctx, this.table, () => {
      const i = this.indexOf(name);
      if (i < 0) throw officeError("ItemNotFound", "TableColumnCollection.getItem", `No column "${name}".`);
      return i;
    });
  }
  getItemOrNullObject(name: string): TableColumnDouble {
    return new TableColumnDouble(
      this.ctx,
      this.table,
      () => {
        const i = this.indexOf(name);
        if (i < 0) throw officeError("ItemNotFound", "TableColumn");
        return i;
      },
      () => this.indexOf(name) >= 0,
    );
  }
  getItemAt(index: number): TableColumnDouble {
    return new TableColumnDouble(this.ctx, this.table, () => {
      if (index < 0 || index >= this.table().box.columns) throw officeError("ItemNotFound", "TableColumnCollection.getItemAt");
      return index;
    });
  }
  /** Inserts a column (cells of the table's rows shift right); values include the header unless `name` is given. */
  add(index?: number | null, values?: unknown[][] | null, name?: string): TableColumnDouble {
    const state = this.ctx.state;
    let at = -1;
    this.ctx.enqueue(() => {
      const table = this.table();
      const sheet = state.sheetById(table.sheetId);
      if (!sheet) throw officeError("ItemNotFound", "TableColumnCollection.add");
      state.assertEditable(sheet, "TableColumnCollection.add");
      at = index ?? table.box.columns;
      if (at < 0 || at > table.box.columns) throw officeError("InvalidArgument", "TableColumnCollection.add");
      const column = table.box.column + at;
      const body = values ? values.slice(name === undefined ? 0 : 0) : undefined;
      const expected = name === undefined ? table.box.rows : table.box.rows - 1;
      if (body && body.length !== expected) throw officeError("InvalidArgument", "TableColumnCollection.add", "Wrong number of values.");
      state.shiftRight(sheet, table.box.row, table.box.rows, column);
      for (const other of state.tableOf(sheet)) {
        if (other !== table && other.box.column >= column && intersects(other.box, { ...table.box, columns: 16_384 - table.box.column })) {
          other.box = { ...other.box, column: other.box.column + 1 };
        }
      }
      table.box = { ...table.box, columns: table.box.columns + 1 };
      const header = name ?? (body?.[0]?.[0] !== undefined ? String(body[0][0]) : `Column${table.box.columns}`);
      const rest = name === undefined ? body?.slice(1) : body;
      state.writeContents(sheet, { row: table.box.row, column, rows: 1, columns: 1 }, [[header]], "values");
      if (rest && rest.length) state.writeContents(sheet, { row: table.box.row + 1, column, rows: rest.length, columns: 1 }, rest, "values");
      state.record(sheet, { ...table.box }, "table.column.add", header);
    });
    return new TableColumnDouble(this.ctx, this.table, () => at);
  }
}

class TableColumnDouble extends ProxyDouble {
  protected readonly className = "TableColumn";
  protected readonly scalars = ["name", "index", "id", "values"] as const;
  constructor(
    ctx: ContextDouble,
    private readonly table: () => TableState,
    private readonly position: () => number,
    exists?: () => boolean,
  ) {
    super(ctx, exists);
  }
  private located(rowsFrom: number, rows?: number): Located {
    const table = this.table();
    const sheet = this.ctx.state.sheetById(table.sheetId);
    if (!sheet) throw officeError("ItemNotFound", "TableColumn");
    const i = this.position();
    return { sheet, box: { row: table.box.row + rowsFrom, column: table.box.column + i, rows: rows ?? table.box.rows - rowsFrom, columns: 1 } };
  }
  protected read(name: string): unknown {
    const i = this.position();
    if (name === "index") return i;
    if (name === "id") return i + 1;
    if (name === "name") return this.ctx.state.tableHeaders(this.table())[i];
    const { sheet, box } = this.located(0);
    this.ctx.state.calculateIfNeeded();
    return Array.from({ length: box.rows }, (_, r) => [this.ctx.state.cell(sheet, box.row + r, box.column)?.value ?? ""]);
  }
  get name(): string {
    return this.get("name");
  }
  get index(): number {
    return this.get("index");
  }
  get values(): unknown[][] {
    return this.get("values");
  }
  getRange(): RangeDouble {
    return new RangeDouble(this.ctx, () => this.located(0));
  }
  getHeaderRowRange(): RangeDouble {
    return new RangeDouble(this.ctx, () => this.located(0, 1));
  }
  getDataBodyRange(): RangeDouble {
    return new RangeDouble(this.ctx, () => this.located(1));
  }
}

class TableRowCollectionDouble extends ProxyDouble {
  protected readonly className = "TableRowCollection";
  protected readonly scalars = ["count"] as const;
  constructor(
    ctx: ContextDouble,
    private readonly table: () => TableState,
  ) {
    super(ctx);
  }
  protected read(): unknown {
    return this.table().box.rows - 1;
  }
  get count(): number {
    return this.get("count");
  }
  getCount(): ClientResultDouble<number> {
    return new ClientResultDouble(this.ctx, () => this.table().box.rows - 1);
  }
  /** Inserts rows at `index` of the body (appends when null): cells below in the table's columns shift down. */
  add(index?: number | null, values?: unknown[][]): void {
    const state = this.ctx.state;
    this.ctx.enqueue(() => {
      const table = this.table();
      const sheet = state.sheetById(table.sheetId);
      if (!sheet) throw officeError("ItemNotFound", "TableRowCollection.add");
      state.assertEditable(sheet, "TableRowCollection.add");
      const data = values ?? [new Array<unknown>(table.box.columns).fill("")];
      if (data.length === 0 || data.some((row) => !Array.isArray(row) || row.length !== table.box.columns)) {
        throw officeError("InvalidArgument", "TableRowCollection.add", `Rows must have ${table.box.columns} values.`);
      }
      const bodyRows = table.box.rows - 1;
      const at = index ?? bodyRows;
      if (at < 0 || at > bodyRows) throw officeError("InvalidArgument", "TableRowCollection.add");
      const firstRow = table.box.row + 1 + at;
      state.shiftDown(sheet, firstRow, table.box.column, table.box.columns, data.length);
      table.box = { ...table.box, rows: table.box.rows + data.length };
      state.writeContents(sheet, { row: firstRow, column: table.box.column, rows: data.length, columns: table.box.columns }, data, "values");
      state.record(sheet, { row: firstRow, column: table.box.column, rows: data.length, columns: table.box.columns }, "table.rows.add", table.name);
    });
  }
}

class ChartCollectionDouble extends ProxyDouble {
  protected readonly className = "ChartCollection";
  protected readonly scalars = ["items", "count"] as const;
  constructor(
    ctx: ContextDouble,
    private readonly sheet: () => SheetState,
  ) {
    super(ctx);
  }
  protected read(name: string): unknown {
    const charts = this.sheet().charts;
    if (name === "count") return charts.length;
    return charts.map((chart) => new ChartDouble(this.ctx, this.sheet, () => chart).loadNow());
  }
  get items(): ChartDouble[] {
    return this.get("items");
  }
  get count(): number {
    return this.get("count");
  }
  private byName(name: string): () => ChartState {
    return () => {
      const chart = this.sheet().charts.find((c) => c.name === name);
      if (!chart) throw officeError("ItemNotFound", "ChartCollection.getItem", `No chart "${name}".`);
      return chart;
    };
  }
  getItem(name: string): ChartDouble {
    return new ChartDouble(this.ctx, this.sheet, this.byName(name));
  }
  getItemOrNullObject(name: string): ChartDouble {
    return new ChartDouble(this.ctx, this.sheet, this.byName(name), () => this.sheet().charts.some((c) => c.name === name));
  }
  add(type: string, sourceData: RangeDouble, seriesBy = "Auto"): ChartDouble {
    let created: ChartState | undefined;
    this.ctx.enqueue(() => {
      const sheet = this.sheet();
      this.ctx.state.assertEditable(sheet, "ChartCollection.add");
      const source = sourceData.resolve();
      created = {
        id: this.ctx.state.newId(),
        name: `Chart ${sheet.charts.length + 1}`,
        type,
        sourceAddress: this.ctx.state.address(source.sheet, source.box),
        seriesBy,
        title: "",
        series: [{ name: "Series1", values: this.ctx.state.address(source.sheet, source.box) }],
      };
      sheet.charts.push(created);
      this.ctx.state.record(sheet, source.box, "chart.add", { type, seriesBy });
    });
    return new ChartDouble(this.ctx, this.sheet, () => {
      if (!created) throw officeError("ItemNotFound", "ChartCollection.add");
      return created;
    });
  }
}

class ChartDouble extends ProxyDouble {
  protected readonly className = "Chart";
  protected readonly scalars = ["name", "chartType", "id"] as const;
  readonly title: { text: string; visible: boolean };
  readonly legend: { position: string; visible: boolean };
  readonly series: { add(name?: string): ChartSeriesDouble; getItemAt(index: number): ChartSeriesDouble };
  constructor(
    ctx: ContextDouble,
    private readonly sheet: () => SheetState,
    private readonly resolve: () => ChartState,
    exists?: () => boolean,
  ) {
    super(ctx, exists);
    const change = (apply: (chart: ChartState) => void): void => ctx.enqueue(() => apply(resolve()));
    const noRead = (what: string): never => {
      throw officeError("PropertyNotLoaded", what);
    };
    this.title = {
      set text(value: string) {
        change((chart) => (chart.title = value));
      },
      get text(): string {
        return noRead("ChartTitle.text");
      },
      set visible(_value: boolean) {
        change(() => undefined);
      },
      get visible(): boolean {
        return noRead("ChartTitle.visible");
      },
    };
    const seriesAt = (pick: (chart: ChartState) => ChartState["series"][number]): ChartSeriesDouble => new ChartSeriesDouble(ctx, () => pick(resolve()));
    this.series = {
      add: (name?: string) => {
        let created: ChartState["series"][number] | undefined;
        change((chart) => {
          created = { name: name ?? `Series${chart.series.length + 1}` };
          chart.series.push(created);
        });
        return seriesAt(() => {
          if (!created) throw officeError("ItemNotFound", "ChartSeriesCollection.add");
          return created;
        });
      },
      getItemAt: (index: number) =>
        seriesAt((chart) => {
          const found = chart.series[index];
          if (!found) throw officeError("ItemNotFound", "ChartSeriesCollection.getItemAt");
          return found;
        }),
    };
    this.legend = {
      set position(_value: string) {
        change(() => undefined);
      },
      get position(): string {
        return noRead("ChartLegend.position");
      },
      set visible(_value: boolean) {
        change(() => undefined);
      },
      get visible(): boolean {
        return noRead("ChartLegend.visible");
      },
    };
  }
  protected read(name: string): unknown {
    const chart = this.resolve();
    return name === "name" ? chart.name : name === "chartType" ? chart.type : `{chart-${chart.id}}`;
  }
  get name(): string {
    return this.get("name");
  }
  set name(value: string) {
    this.set("name", value, () => (this.resolve().name = value));
  }
  get chartType(): string {
    return this.get("chartType");
  }
  setPosition(start: string | RangeDouble, end?: string | RangeDouble): void {
    const text = (cell: string | RangeDouble | undefined): string | undefined =>
      cell === undefined ? undefined : typeof cell === "string" ? cell : boxAddress(cell.resolve().box);
    this.ctx.enqueue(() => {
      const position = { start: text(start) as string, ...(end !== undefined ? { end: text(end) } : {}) };
      this.resolve().position = position as { start: string; end?: string };
    });
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const charts = this.sheet().charts;
      charts.splice(charts.indexOf(this.resolve()), 1);
    });
  }
}

/** A chart series: name, values and category labels, set from ranges (ExcelApi 1.7). */
class ChartSeriesDouble {
  constructor(
    private readonly ctx: ContextDouble,
    private readonly resolve: () => ChartState["series"][number],
  ) {}
  set name(value: string) {
    this.ctx.enqueue(() => (this.resolve().name = value));
  }
  get name(): string {
    throw officeError("PropertyNotLoaded", "ChartSeries.name");
  }
  setValues(range: RangeDouble): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = range.resolve();
      this.resolve().values = this.ctx.state.address(sheet, box);
    });
  }
  setXAxisValues(range: RangeDouble): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = range.resolve();
      this.resolve().categories = this.ctx.state.address(sheet, box);
    });
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const target = this.resolve();
      for (const sheet of this.ctx.state.sheets) {
        for (const chart of sheet.charts) {
          const i = chart.series.indexOf(target);
          if (i >= 0) chart.series.splice(i, 1);
        }
      }
    });
  }
}

export const ExcelEnums = {
  CalculationType: { recalculate: "Recalculate", full: "Full", fullRebuild: "FullRebuild" },
  CalculationMode: { automatic: "Automatic", automaticExceptTables: "AutomaticExceptTables", manual: "Manual" },
  ChartType: {
    columnClustered: "ColumnClustered",
    columnStacked: "ColumnStacked",
    barClustered: "BarClustered",
    barStacked: "BarStacked",
    line: "Line",
    lineMarkers: "LineMarkers",
    pie: "Pie",
    doughnut: "Doughnut",
    xyscatter: "XYScatter",
  },
  ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
  ChartLegendPosition: { top: "Top", bottom: "Bottom", left: "Left", right: "Right" },
  ConditionalFormatType: {
    custom: "Custom",
    dataBar: "DataBar",
    colorScale: "ColorScale",
    iconSet: "IconSet",
    topBottom: "TopBottom",
    presetCriteria: "PresetCriteria",
    containsText: "ContainsText",
    cellValue: "CellValue",
  },
  ConditionalCellValueOperator: {
    between: "Between",
    notBetween: "NotBetween",
    equalTo: "EqualTo",
    notEqualTo: "NotEqualTo",
    greaterThan: "GreaterThan",
    lessThan: "LessThan",
    greaterThanOrEqual: "GreaterThanOrEqual",
    lessThanOrEqual: "LessThanOrEqual",
  },
  DataValidationOperator: {
    between: "Between",
    notBetween: "NotBetween",
    equalTo: "EqualTo",
    notEqualTo: "NotEqualTo",
    greaterThan: "GreaterThan",
    lessThan: "LessThan",
    greaterThanOrEqualTo: "GreaterThanOrEqualTo",
    lessThanOrEqualTo: "LessThanOrEqualTo",
  },
  DataValidationAlertStyle: { stop: "Stop", warning: "Warning", information: "Information" },
  SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
  ClearApplyTo: { all: "All", formats: "Formats", contents: "Contents" },
  HorizontalAlignment: { general: "General", left: "Left", center: "Center", right: "Right" },
  VerticalAlignment: { top: "Top", center: "Center", bottom: "Bottom" },
  ErrorCodes: {
    accessDenied: "AccessDenied",
    itemNotFound: "ItemNotFound",
    itemAlreadyExists: "ItemAlreadyExists",
    invalidArgument: "InvalidArgument",
    invalidOperation: "InvalidOperation",
    propertyNotLoaded: "PropertyNotLoaded",
  },
} as const;

const HOST_TYPE = { Word: "Word", Excel: "Excel", PowerPoint: "PowerPoint", Outlook: "Outlook", OneNote: "OneNote", Project: "Project", Access: "Access" };
const PLATFORM_TYPE = { PC: "PC", OfficeOnline: "OfficeOnline", Mac: "Mac", iOS: "iOS", Android: "Android", Universal: "Universal" };

/** Installs `Office`, `Excel` and `OfficeExtension` on `target` (globalThis in Node, window in a page). */
export function installOfficeDouble(target: object, options: OfficeDoubleOptions = {}): OfficeDouble {
  const globals = target as Record<string, unknown>;
  const previous = { Office: globals.Office, Excel: globals.Excel, OfficeExtension: globals.OfficeExtension };
  const state = new WorkbookState(options.formulaEngine);
  state.addSheet("Sheet1");
  state.writes.length = 0;
  const log: OfficeDoubleLog = { syncCount: 0, runCount: 0, notifications: [] };
  const requirementSets = new Map(Object.entries(options.requirementSets ?? { ExcelApi: "1.17", SharedRuntime: "1.1", RibbonApi: "1.1", DialogApi: "1.2" }));
  const actions = new Map<string, (event: unknown) => unknown>();
  const host = options.host ?? HOST_TYPE.Excel;
  const platform = options.platform ?? PLATFORM_TYPE.PC;

  async function run<T>(first: unknown, second?: unknown): Promise<T> {
    const batch = (typeof first === "function" ? first : second) as (context: ContextDouble) => Promise<T> | T;
    if (typeof batch !== "function") throw officeError("InvalidArgument", "Excel.run", "A batch function is required.");
    log.runCount++;
    const context = new ContextDouble(state, log);
    const result = await batch(context);
    if (context.pending) await context.sync();
    return result;
  }

  const notificationMessages = {
    addAsync: (id: string, details: unknown, ...rest: unknown[]) => notify("add", id, details, rest),
    replaceAsync: (id: string, details: unknown, ...rest: unknown[]) => notify("replace", id, details, rest),
    removeAsync: (id: string, ...rest: unknown[]) => notify("remove", id, undefined, rest),
  };
  function notify(action: "add" | "replace" | "remove", id: string, details: unknown, rest: unknown[]): void {
    log.notifications.push({ id, action, ...(details !== undefined ? { details } : {}) });
    const callback = rest.find((r) => typeof r === "function") as ((result: unknown) => void) | undefined;
    callback?.({ status: "succeeded" });
  }

  globals.OfficeExtension = { Error: OfficeDoubleError, ErrorCodes: ExcelEnums.ErrorCodes };
  globals.Excel = { run, RequestContext: function RequestContext() {}, ...ExcelEnums };
  globals.Office = {
    HostType: HOST_TYPE,
    PlatformType: PLATFORM_TYPE,
    Platform: PLATFORM_TYPE,
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
    onReady: (callback?: (info: { host: string; platform: string }) => void) => {
      const info = { host, platform };
      callback?.(info);
      return Promise.resolve(info);
    },
    actions: { associate: (id: string, handler: (event: unknown) => unknown) => actions.set(id, handler) },
    context: {
      host,
      platform,
      displayLanguage: options.displayLanguage ?? "vi-VN",
      contentLanguage: options.displayLanguage ?? "vi-VN",
      diagnostics: { host, platform, version: options.version ?? "16.0.18000.20000" },
      requirements: {
        isSetSupported: (name: string, minVersion?: string | number) => {
          const supported = requirementSets.get(name);
          if (supported === undefined) return false;
          return minVersion === undefined || compareVersions(supported, String(minVersion)) >= 0;
        },
      },
    },
    ...(options.notificationMessages ? { NotificationMessages: notificationMessages } : {}),
  };

  const locate = (sheetName: string, address: string): { sheet: SheetState; box: Box } => {
    const sheet = state.sheetByName(sheetName);
    const box = parseBox(address);
    if (!sheet || !box) throw new Error(`No range ${sheetName}!${address} in the double`);
    return { sheet, box };
  };
  const read = (sheetName: string, address: string, pick: (cell: CellState | undefined) => unknown): unknown[][] => {
    const { sheet, box } = locate(sheetName, address);
    state.calculateIfNeeded();
    return Array.from({ length: box.rows }, (_, i) => Array.from({ length: box.columns }, (_, j) => pick(state.cell(sheet, box.row + i, box.column + j))));
  };

  return {
    state,
    log,
    get writes() {
      return state.writes;
    },
    requirementSets,
    actions,
    resetLog() {
      log.syncCount = 0;
      log.runCount = 0;
      log.notifications.length = 0;
      state.writes.length = 0;
    },
    async invokeAction(id: string) {
      const handler = actions.get(id);
      if (!handler) throw new Error(`No action "${id}" was associated`);
      await new Promise<void>((resolve, reject) => {
        Promise.resolve(handler({ completed: () => resolve(), source: { id } })).catch(reject);
      });
    },
    sheet: (name) => state.sheetByName(name),
    values: (sheet, address) => read(sheet, address, (cell) => cell?.value ?? ""),
    formulas: (sheet, address) => read(sheet, address, (cell) => cell?.formula ?? cell?.value ?? ""),
    cell: (sheet, address) => {
      const located = locate(sheet, address);
      return state.cell(located.sheet, located.box.row, located.box.column);
    },
    type(sheetName, address, values) {
      const { sheet, box } = locate(sheetName, address);
      const wasProtected = sheet.protected;
      sheet.protected = false; // the test stands for a user who typed before protecting
      try {
        state.writeContents(sheet, box, values, "values");
      } finally {
        sheet.protected = wasProtected;
        state.writes.pop();
      }
    },
    uninstall() {
      for (const [name, value] of Object.entries(previous)) {
        if (value === undefined) delete globals[name];
        else globals[name] = value;
      }
    },
  };
}

export { columnName };
