/** The whole standard workbook for a set of reports, as sheet models both back-ends render. */
import type { Finding } from "../checks/finding";
import type { ParsedSelection } from "../drafts/selectionCell";
import { TEMPLATE_SHEET_NAME, type ParagraphSetting, catalogueToRows } from "../drafts/templateSheet";
import type { CommuneRecord } from "../record/fields";
import { emptyRecord } from "../record/fields";
import type { Cell } from "./cells";
import { checkRows } from "./checkSheet";
import { noticeDateFormats } from "./citations";
import { STANDARD_POSITIONS, dataRow, highlightRules, validationRanges } from "./dataSheet";
import { draftRow } from "./draftSheet";
import { recordKey } from "./identity";
import { type LastImport, importedRows } from "./importedSheet";
import {
  CHECK_COLUMNS,
  type ColumnSpec,
  DATA_COLUMNS,
  DATA_TABLE,
  DRAFT_COLUMNS,
  IMPORTED_COLUMNS,
  SHEETS,
  SOURCE_COLUMNS,
} from "./layout";
import type { SheetModel } from "./sheetModel";
import { type ImportedReport, sourceRows } from "./sourceSheet";
import { summarySheet } from "./summarySheet";

export interface CheckedRecord {
  readonly record: CommuneRecord;
  readonly findings: readonly Finding[];
}

function plainSheet(
  name: string,
  columns: readonly ColumnSpec[],
  body: readonly (readonly Cell[])[],
  wrap: readonly number[] = [],
): SheetModel {
  return {
    name,
    rows: [columns.map((c) => c.header), ...body],
    widths: columns.map((c) => c.width),
    columnFormats: columns.map((c) => c.numberFormat),
    headerRows: [0],
    freezeHeader: true,
    wrapColumns: wrap,
  };
}

/** "Số liệu xã" with its rows from sheet row 2; an empty list still gets one blank row, as a table needs. */
export function dataSheet(records: readonly CommuneRecord[]): SheetModel {
  const shown = records.length > 0 ? records : [emptyRecord()];
  const last = shown.length + 1;
  return {
    name: SHEETS.data,
    rows: [
      DATA_COLUMNS.map((c) => c.header),
      ...shown.map((record, i) => dataRow(record, STANDARD_POSITIONS, i + 2, 0, DATA_COLUMNS.length)),
    ],
    widths: DATA_COLUMNS.map((c) => c.width),
    columnFormats: DATA_COLUMNS.map((c) => c.numberFormat),
    headerRows: [0],
    freezeHeader: true,
    table: {
      name: DATA_TABLE,
      inputColumns: DATA_COLUMNS.flatMap((c, i) => (c.role === "field" ? [i] : [])),
      validations: validationRanges(STANDARD_POSITIONS, 2, last),
      highlights: highlightRules(STANDARD_POSITIONS, 2, last),
    },
  };
}

export function checkSheet(checked: readonly CheckedRecord[]): SheetModel {
  return plainSheet(SHEETS.checks, CHECK_COLUMNS, checkRows(checked).slice(1), [4, 5]);
}

/** "Nguồn" with the given rows below its header; notice dates shown as dates. */
export function sourceSheet(rows: readonly (readonly Cell[])[]): SheetModel {
  return { ...plainSheet(SHEETS.sources, SOURCE_COLUMNS, rows, [4]), cellFormats: noticeDateFormats(rows) };
}

export function importedSheet(entries: readonly LastImport[]): SheetModel {
  return { ...plainSheet(SHEETS.imported, IMPORTED_COLUMNS, importedRows(entries).slice(1)), hidden: true, freezeHeader: false };
}

/** "Dự thảo" with the given rows below its header. */
export function draftRowsSheet(rows: readonly (readonly Cell[])[]): SheetModel {
  return plainSheet(SHEETS.drafts, DRAFT_COLUMNS, rows, [2, 3]);
}

/**
 * "Dự thảo": each commune's draft recommendations, from the staff's settings in "Mẫu kiến nghị"
 * and their own selection for the commune (by recordKey), which is written back beside it; what
 * could not be read of a selection is noted beside the draft.
 */
export function draftSheet(
  checked: readonly CheckedRecord[],
  templates: readonly ParagraphSetting[] = [],
  selections: ReadonlyMap<string, ParsedSelection> = new Map(),
): SheetModel {
  return draftRowsSheet(checked.map((c) => draftRow({ ...c, ...selections.get(recordKey(c.record)) }, templates)));
}

export function templateSheet(): SheetModel {
  const [header = [], ...body] = catalogueToRows();
  const widths = [22, 36, 9, 100, 50];
  return {
    name: TEMPLATE_SHEET_NAME,
    rows: [header, ...body],
    widths,
    columnFormats: widths.map(() => "@"),
    headerRows: [0],
    freezeHeader: true,
    wrapColumns: [3, 4],
  };
}

/** Every sheet of a new workbook, in the order staff see them; the last-import record is hidden. */
export function standardWorkbook(reports: readonly (ImportedReport & { findings: readonly Finding[] })[]): SheetModel[] {
  const records = reports.map((r) => r.record);
  return [
    dataSheet(records),
    checkSheet(reports),
    summarySheet(STANDARD_POSITIONS, Math.max(records.length, 1), true),
    sourceSheet(reports.flatMap(sourceRows)),
    draftSheet(reports),
    templateSheet(),
    importedSheet(records.map((record) => ({ record, kept: new Map() }))),
  ];
}
