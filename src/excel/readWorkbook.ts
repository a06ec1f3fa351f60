/**
 * The read phase shared by import and "Tính lại": two syncs that find the add-in's sheets and
 * table and load their contents, then checks that nothing stands in the way (a renamed, broken
 * or protected sheet) before a single cell is written.
 */
import { locateColumns } from "../domain/workbook/dataSheet";
import { DATA_TABLE, SHEETS } from "../domain/workbook/layout";
import { WorkbookError } from "./workbookError";

export type OwnedSheet = keyof typeof SHEETS | "template";

export interface DataTableContents {
  readonly sheet: Excel.Worksheet;
  readonly table: Excel.Table;
  /** Zero-based row of the header and first column of the table. */
  readonly top: number;
  readonly left: number;
  readonly width: number;
  readonly positions: Map<string, number>;
  /** Body values (calculated) and formulas as typed, one row per table row. */
  readonly values: unknown[][];
  readonly formulas: unknown[][];
}

export interface WorkbookContents {
  /** The add-in's sheets that exist, by role. */
  readonly sheets: ReadonlyMap<string, Excel.Worksheet>;
  readonly data: DataTableContents | undefined;
  /** Used-range values of the other sheets read, and their used addresses. */
  readonly used: ReadonlyMap<string, { values: unknown[][]; address: string }>;
  /** The sheets the caller said it would write: the only ones freshSheet gives. */
  readonly written: ReadonlySet<string>;
  /** Each of those that exists, with what to clear before rewriting it: its used range, formats included, or null when empty. */
  readonly extents: ReadonlyMap<string, string | null>;
  /** Charts on the sheets to be written, removed before a sheet is rewritten. */
  readonly charts: ReadonlyMap<string, Excel.ChartCollection>;
}

const same = (a: string, b: string): boolean => a.toLocaleLowerCase("vi") === b.toLocaleLowerCase("vi");

function localAddress(address: string): string {
  return address.slice(address.lastIndexOf("!") + 1);
}

/**
 * Reads the workbook in two syncs. `read`: sheets whose used values are needed; `written`:
 * sheets the caller will write, which must not be protected. With `requireData` a missing data
 * table is an error rather than something to create.
 */
export async function readWorkbook(
  context: Excel.RequestContext,
  options: { read: readonly string[]; written: readonly string[]; requireData: boolean },
  before?: () => void,
): Promise<WorkbookContents> {
  before?.();
  const sheetItems = context.workbook.worksheets.load("items/name");
  const tableItems = context.workbook.tables.load("items/name");
  await context.sync();

  const sheets = new Map<string, Excel.Worksheet>();
  const wanted = new Set([SHEETS.data, ...options.read, ...options.written]);
  for (const item of sheetItems.items) for (const name of wanted) if (same(item.name, name)) sheets.set(name, item);
  const hasTable = tableItems.items.some((t) => same(t.name, DATA_TABLE));

  const protections = [...sheets]
    .filter(([name]) => options.written.includes(name))
    .map(([name, sheet]) => ({ name, protection: sheet.protection.load("protected") }));
  const used = [...sheets]
    .filter(([name]) => options.read.includes(name))
    .map(([name, sheet]) => ({ name, range: sheet.getUsedRangeOrNullObject(true).load("values, address") }));
  const extents = [...sheets]
    .filter(([name]) => options.written.includes(name))
    .map(([name, sheet]) => ({ name, range: sheet.getUsedRangeOrNullObject(false).load("address") }));
  const charts = new Map(
    [...sheets].filter(([name]) => options.written.includes(name)).map(([name, sheet]) => [name, sheet.charts.load("items/name")] as const),
  );
  let table: Excel.Table | undefined;
  let tableSheet: Excel.Worksheet | undefined;
  let header: Excel.Range | undefined;
  let body: Excel.Range | undefined;
  if (hasTable) {
    table = context.workbook.tables.getItem(DATA_TABLE);
    tableSheet = table.worksheet.load("name");
    header = table.getHeaderRowRange().load("values, rowIndex, columnIndex, columnCount");
    body = table.getDataBodyRange().load("values, formulas");
  }
  await context.sync();

  if (tableSheet && !same(tableSheet.name, SHEETS.data)) {
    throw new WorkbookError(
      `Bảng số liệu (${DATA_TABLE}) đang nằm ở sheet “${tableSheet.name}”, không phải sheet “${SHEETS.data}”. Đề nghị đổi tên sheet đó lại thành “${SHEETS.data}” rồi thực hiện lại; chưa có gì được ghi.`,
    );
  }
  if (!table && sheets.has(SHEETS.data)) {
    throw new WorkbookError(
      `Sheet “${SHEETS.data}” không còn bảng số liệu (${DATA_TABLE}) nên không xác định được các cột. Đề nghị đổi tên sheet này (ví dụ “${SHEETS.data} cũ”) để phần bổ trợ lập sheet mới; chưa có gì được ghi.`,
    );
  }
  if (!table && options.requireData) {
    throw new WorkbookError(`Sổ tính chưa có sheet “${SHEETS.data}”. Đề nghị nhập báo cáo của các xã trước khi tính lại.`);
  }
  const locked = protections.filter((p) => p.protection.protected).map((p) => `“${p.name}”`);
  if (locked.length > 0) {
    throw new WorkbookError(
      `Sheet ${locked.join(", ")} đang được bảo vệ (Protect Sheet) nên phần bổ trợ không ghi được. Đề nghị bỏ bảo vệ (Review → Unprotect Sheet) rồi thực hiện lại; chưa có gì được ghi.`,
    );
  }

  let data: DataTableContents | undefined;
  if (table && header && body) {
    const { positions, missing } = locateColumns(header.values[0] ?? [], header.columnIndex);
    if (missing.length > 0) {
      throw new WorkbookError(
        `Bảng trên sheet “${SHEETS.data}” thiếu ${missing.length} cột: ${missing.map((c) => `“${c.header}”`).join(", ")}. Đề nghị khôi phục tên cột (có thể thêm cột riêng hoặc đổi thứ tự cột, nhưng không đổi tên cột chuẩn); chưa có gì được ghi.`,
      );
    }
    data = {
      sheet: sheets.get(SHEETS.data) as Excel.Worksheet,
      table,
      top: header.rowIndex,
      left: header.columnIndex,
      width: header.columnCount,
      positions,
      values: body.values,
      formulas: body.formulas,
    };
  }
  const usedContents = new Map<string, { values: unknown[][]; address: string }>();
  for (const { name, range } of used) {
    if (!range.isNullObject) usedContents.set(name, { values: range.values, address: localAddress(range.address) });
  }
  const extentOf = new Map(extents.map(({ name, range }) => [name, range.isNullObject ? null : localAddress(range.address)]));
  return { sheets, data, used: usedContents, written: new Set(options.written), extents: extentOf, charts };
}

/**
 * The sheet to write `name` on: cleared if it exists, added otherwise (commands only). Only a
 * sheet readWorkbook was told would be written may be asked for: its used range is known then, so
 * nothing of the old sheet is left beside the new contents.
 */
export function freshSheet(context: Excel.RequestContext, contents: WorkbookContents, name: string): Excel.Worksheet {
  // A programming slip, not staff's: the sheet would be added over one of the same name, or left uncleared.
  if (!contents.written.has(name)) throw new Error(`freshSheet: readWorkbook was not told that “${name}” would be written`);
  const existing = contents.sheets.get(name);
  if (!existing) return context.workbook.worksheets.add(name);
  const extent = contents.extents.get(name) ?? null;
  if (extent !== null) existing.getRange(extent).clear(Excel.ClearApplyTo.all);
  for (const chart of contents.charts.get(name)?.items ?? []) chart.delete();
  return existing;
}
