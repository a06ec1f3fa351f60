/**
 * "Ghi vào bảng": upserts reports into "Số liệu xã" by commune and period, records where each
 * figure came from, the documents cited and the notice date in "Nguồn", and the imported values in
 * the hidden "Nhập gần nhất". A figure staff changed by hand since the last import comes back as a
 * conflict and nothing is written until the pane calls again with staff's choices. Three syncs at most, whatever the number of
 * communes: find the sheets, read them, write.
 */
import type { CommuneRecord } from "../domain/record/fields";
import { formatCount } from "../domain/format/vietnamese";
import { sameValue } from "../domain/workbook/cells";
import { type ColumnPositions, dataRow, highlightRules, rowRecord, validationRanges } from "../domain/workbook/dataSheet";
import { labelKey, recordKey } from "../domain/workbook/identity";
import { readImported } from "../domain/workbook/importedSheet";
import { type ImportChoice, type ImportConflict, planImport } from "../domain/workbook/importPlan";
import { DATA_COLUMNS, SHEETS } from "../domain/workbook/layout";
import { type ImportedReport, sourceRows } from "../domain/workbook/sourceSheet";
import { dataSheet, importedSheet, sourceSheet } from "../domain/workbook/workbookModel";
import { freshSheet, readWorkbook, type DataTableContents } from "./readWorkbook";
import { cellsAt, officeCell, renderSheet, styleDataBody } from "./renderSheet";
import { type ExcelFeature, type FeatureAvailability, availableFeatures, leftOutNote } from "./requirements";

export type { ImportChoice, ImportConflict } from "../domain/workbook/importPlan";

export interface ImportOutcome {
  /** Non-empty: nothing was written; ask staff, then call again with their choices. */
  readonly conflicts: readonly ImportConflict[];
  /** One sentence for the notification. */
  readonly summary: string;
  readonly added: number;
  readonly updated: number;
  /** What staff should know besides the summary: the features this Excel lacks that were left out. */
  readonly notes: readonly string[];
}

export type ImportRecords = (rows: readonly ImportedReport[], choices?: readonly ImportChoice[]) => Promise<ImportOutcome>;

/** The grid written over the table body: layout columns get the merged rows, staff's own columns null (left as they are). */
function bodyGrid(table: DataTableContents, existing: readonly CommuneRecord[], rows: readonly CommuneRecord[]): unknown[][] {
  const ours = new Set(table.positions.values());
  const fieldAt = new Map(
    DATA_COLUMNS.flatMap((c) => (c.role === "field" ? [[table.positions.get(c.key) as number, c.field.id] as const] : [])),
  );
  return rows.map((record, i) => {
    const row = table.top + 2 + i;
    const cells = dataRow(record, table.positions, row, table.left, table.width);
    return cells.map((cell, j) => {
      const column = table.left + j;
      if (!ours.has(column)) return null;
      const id = fieldAt.get(column);
      const before = existing[i];
      // An unchanged figure is written back as typed, keeping a formula staff put there.
      if (id !== undefined && before && sameValue(before[id], record[id])) return table.formulas[i]?.[j] ?? officeCell(cell);
      return officeCell(cell);
    });
  });
}

function formatGrid(positions: ColumnPositions, left: number, width: number, rows: number): (string | null)[][] {
  const formatAt = new Map(DATA_COLUMNS.map((c) => [positions.get(c.key) as number, c.numberFormat]));
  const row = Array.from({ length: width }, (_, j) => formatAt.get(left + j) ?? null);
  return Array.from({ length: rows }, () => [...row]);
}

/** Restyles the table body of "Số liệu xã" where staff's column order put it; returns the features left out. */
export function dataStyling(
  sheet: Excel.Worksheet,
  positions: ColumnPositions,
  top: number,
  left: number,
  width: number,
  rows: number,
  features: FeatureAvailability,
): ExcelFeature[] {
  const inputColumns = DATA_COLUMNS.flatMap((c) => (c.role === "field" ? [positions.get(c.key) as number] : []));
  return styleDataBody(
    sheet,
    { row: top + 1, column: left, rows, columns: width },
    inputColumns,
    validationRanges(positions, top + 2, top + 1 + rows),
    highlightRules(positions, top + 2, top + 1 + rows),
    features,
  );
}

export const importRecords: ImportRecords = async (reports, choices = []) => {
  if (reports.length === 0) return { conflicts: [], summary: "Chưa có báo cáo nào để ghi vào bảng.", added: 0, updated: 0, notes: [] };
  const nameless = reports.filter((r) => typeof r.record.commune !== "string" || r.record.commune.trim() === "");
  if (nameless.length > 0) {
    return {
      conflicts: [],
      summary: `Chưa ghi vào bảng: ${nameless.map((r) => `“${r.source}”`).join(", ")} chưa có tên xã, phường; đề nghị nhập tên xã trước khi ghi.`,
      added: 0,
      updated: 0,
      notes: [],
    };
  }
  const features = availableFeatures();
  return Excel.run(async (context) => {
    const contents = await readWorkbook(context, {
      read: [SHEETS.sources, SHEETS.imported],
      written: [SHEETS.data, SHEETS.sources, SHEETS.imported],
      requireData: false,
    });
    const table = contents.data;
    const existing = table ? table.values.map((row) => rowRecord(row, table.positions, table.left)) : [];
    const lastImported = readImported(contents.used.get(SHEETS.imported)?.values ?? []);
    const plan = planImport(
      existing,
      lastImported,
      reports.map((r) => r.record),
      choices,
    );
    if (plan.conflicts.length > 0) return { conflicts: plan.conflicts, summary: "", added: 0, updated: 0, notes: [] };

    const leftOut: ExcelFeature[] = [];
    if (!table) {
      leftOut.push(...renderSheet(freshSheet(context, contents, SHEETS.data), dataSheet(plan.rows), features));
    } else {
      const rows = plan.rows.length;
      if (plan.appended > 0)
        table.table.rows.add(
          undefined,
          Array.from({ length: plan.appended }, () => new Array<string>(table.width).fill("")),
        );
      const body = cellsAt(table.sheet, table.top + 1, table.left, rows, table.width);
      body.numberFormat = formatGrid(table.positions, table.left, table.width, rows);
      body.formulas = bodyGrid(table, existing, plan.rows) as (string | number | boolean)[][];
      leftOut.push(...dataStyling(table.sheet, table.positions, table.top, table.left, table.width, rows, features));
    }

    const keys = new Set(plan.imported.keys());
    const keptSources = (contents.used.get(SHEETS.sources)?.values ?? [])
      .slice(1)
      .filter((row) => row.some((cell) => cell !== "") && !keys.has(labelKey(row[0], row[1])));
    const byKey = new Map(reports.map((r) => [recordKey(r.record), r]));
    const newSources = [...byKey.values()].flatMap(sourceRows);
    // A commune and period imported again gets its figures and citations anew; the others' rows stay.
    leftOut.push(
      ...renderSheet(
        freshSheet(context, contents, SHEETS.sources),
        sourceSheet([...(keptSources as ReturnType<typeof sourceRows>), ...newSources]),
        features,
      ),
    );

    const remembered = new Map(lastImported);
    for (const [key, record] of plan.imported) remembered.set(key, record);
    leftOut.push(...renderSheet(freshSheet(context, contents, SHEETS.imported), importedSheet([...remembered.values()]), features));
    await context.sync();

    const added = plan.appended;
    const updated = plan.updated;
    const parts = [
      added > 0 ? `thêm ${formatCount(added, { padSmall: false })} xã, phường` : "",
      updated > 0 ? `cập nhật ${formatCount(updated, { padSmall: false })} xã, phường` : "",
    ].filter(Boolean);
    return {
      conflicts: [],
      summary: `Đã ghi vào sheet “${SHEETS.data}”: ${parts.join(", ")}. Bấm “Tính lại” để kiểm tra số liệu và cập nhật “${SHEETS.checks}”, “${SHEETS.summary}”.`,
      added,
      updated,
      notes: [leftOutNote(leftOut)].filter((note) => note !== undefined),
    };
  });
};
