/** Tables: the collections of a workbook and a sheet, a table, its columns and its rows. */
import { type Box, parseBox, splitSheet } from "./address";
import { ClientResultDouble, type Located, ProxyDouble, type RequestQueue } from "./proxy";
import { RangeDouble } from "./range";
import { type SheetState, type TableState, intersects, officeError } from "./state";
import { WorksheetDouble } from "./worksheet";

export class TableCollectionDouble extends ProxyDouble {
  readonly className = "TableCollection";
  readonly scalars = ["items", "count"];
  constructor(
    ctx: RequestQueue,
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
      if (state.tableOf(sheet).some((t) => intersects(t.box, box)))
        throw officeError("InvalidOperation", "TableCollection.add", "Tables cannot overlap.");
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
  readonly className = "Table";
  readonly scalars = ["name", "id", "style", "showHeaders", "showTotals"];
  override readonly writable = ["name", "style"];
  readonly columns: TableColumnCollectionDouble;
  readonly rows: TableRowCollectionDouble;
  constructor(
    ctx: RequestQueue,
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
  protected override write(name: string, value: unknown): void {
    const table = this.resolve();
    if (name === "style") {
      table.style = value as string;
      return;
    }
    if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(value as string))
      throw officeError("InvalidArgument", "Table.name", `Invalid table name "${value}".`);
    const other = this.ctx.state.tableByName(value as string);
    if (other && other !== table) throw officeError("ItemAlreadyExists", "Table.name");
    table.name = value as string;
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
  readonly className = "TableColumnCollection";
  readonly scalars = ["items", "count"];
  constructor(
    ctx: RequestQueue,
    private readonly table: () => TableState,
  ) {
    super(ctx);
  }
  protected read(name: string): unknown {
    const headers = this.ctx.state.tableHeaders(this.table());
    if (name === "count") return headers.length;
    return headers.map((_, i) => new TableColumnDouble(this.ctx, this.table, () => i).loadNow());
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
      if (rest && rest.length)
        state.writeContents(sheet, { row: table.box.row + 1, column, rows: rest.length, columns: 1 }, rest, "values");
      state.record(sheet, { ...table.box }, "table.column.add", header);
    });
    return new TableColumnDouble(this.ctx, this.table, () => at);
  }
}

class TableColumnDouble extends ProxyDouble {
  readonly className = "TableColumn";
  readonly scalars = ["name", "index", "id", "values"];
  constructor(
    ctx: RequestQueue,
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
    return {
      sheet,
      box: { row: table.box.row + rowsFrom, column: table.box.column + i, rows: rows ?? table.box.rows - rowsFrom, columns: 1 },
    };
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
  readonly className = "TableRowCollection";
  readonly scalars = ["count"];
  constructor(
    ctx: RequestQueue,
    private readonly table: () => TableState,
  ) {
    super(ctx);
  }
  protected read(): unknown {
    return this.table().box.rows - 1;
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
      state.writeContents(
        sheet,
        { row: firstRow, column: table.box.column, rows: data.length, columns: table.box.columns },
        data,
        "values",
      );
      state.record(
        sheet,
        { row: firstRow, column: table.box.column, rows: data.length, columns: table.box.columns },
        "table.rows.add",
        table.name,
      );
    });
  }
}
