/** The request context, the workbook, its application and its collection of worksheets. */
import { type LoadSpec, ClientResultDouble, ProxyDouble, type RequestQueue, parseLoad } from "./proxy";
import { RangeDouble } from "./range";
import { type SheetState, type WorkbookState, officeError } from "./state";
import { TableCollectionDouble } from "./table";
import { WorksheetDouble } from "./worksheet";

/** What one test run of the double saw. */
export interface OfficeDoubleLog {
  /** Round trips: every `context.sync()`, plus the final one `Excel.run` makes when commands are pending. */
  syncCount: number;
  runCount: number;
  readonly notifications: { id: string; action: "add" | "replace" | "remove"; details?: unknown }[];
}

export class ContextDouble implements RequestQueue {
  private queue: (() => void)[] = [];
  readonly workbook: WorkbookDouble;
  readonly application: ApplicationDouble;
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(
    readonly state: WorkbookState,
    private readonly log: OfficeDoubleLog,
    readonly requirementSets: ReadonlyMap<string, string>,
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

class ApplicationDouble extends ProxyDouble {
  readonly className = "Application";
  readonly scalars = ["calculationMode"];
  override readonly writable = ["calculationMode"];
  private mode = "Automatic";
  protected read(): unknown {
    return this.mode;
  }
  protected override write(_name: string, value: unknown): void {
    this.mode = value as string;
  }
  calculate(type: string): void {
    this.ctx.enqueue(() => this.ctx.state.calculate(type));
  }
  suspendApiCalculationUntilNextSync(): void {
    this.ctx.enqueue(() => undefined);
  }
}

class WorkbookDouble extends ProxyDouble {
  readonly className = "Workbook";
  readonly scalars = ["name"];
  readonly worksheets: WorksheetCollectionDouble;
  readonly tables: TableCollectionDouble;
  readonly application: ApplicationDouble;
  constructor(ctx: RequestQueue) {
    super(ctx);
    this.worksheets = new WorksheetCollectionDouble(ctx);
    this.tables = new TableCollectionDouble(ctx, undefined);
    this.application = new ApplicationDouble(ctx);
  }
  protected read(): unknown {
    return "Book1.xlsx";
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
  readonly className = "WorksheetCollection";
  readonly scalars = ["items"];
  private itemsList: WorksheetDouble[] | undefined;
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
