/**
 * "Số liệu xã": one row per commune and period. Columns are found by header, so staff may
 * reorder them or add their own; formulas are A1 references to the same row, rebuilt from the
 * positions found, so the .xlsx writer and the adapter write the very same strings.
 */
import type { CellReference } from "../expr/expr";
import { type CommuneRecord, type FieldId, emptyRecord } from "../record/fields";
import { ratioFormula } from "../ratios/catalogue";
import { ruleFlagFormula } from "../checks/arithmetic";
import { type MissingRule, RULES } from "../checks/rules";
import { columnLetter, rangeAddress } from "./a1";
import { type Cell, cellToField, fieldCell, formula } from "./cells";
import { COLOURS, DATA_COLUMNS, type DataColumn, type Validation, headerKey } from "./layout";

/** Column key → zero-based column index on the sheet. */
export type ColumnPositions = ReadonlyMap<string, number>;

/** The positions of a freshly written sheet: the layout's order from column A. */
export const STANDARD_POSITIONS: ColumnPositions = new Map(DATA_COLUMNS.map((c, i) => [c.key, i]));

/** Where each layout column is in a header row; `missing` lists layout columns not found. */
export function locateColumns(headers: readonly unknown[], firstColumn = 0): { positions: Map<string, number>; missing: DataColumn[] } {
  const byHeader = new Map<string, number>();
  headers.forEach((text, i) => {
    const key = headerKey(text);
    if (key && !byHeader.has(key)) byHeader.set(key, firstColumn + i);
  });
  const positions = new Map<string, number>();
  const missing: DataColumn[] = [];
  for (const column of DATA_COLUMNS) {
    const found = byHeader.get(headerKey(column.header));
    if (found === undefined) missing.push(column);
    else positions.set(column.key, found);
  }
  return { positions, missing };
}

function positionOf(positions: ColumnPositions, key: string): number {
  const position = positions.get(key);
  if (position === undefined) throw new Error(`column ${key} has no position`);
  return position;
}

/** The cells of a record's fields on sheet row `row` (1-based), e.g. received → "D7". */
export function rowReference(positions: ColumnPositions, row: number): CellReference {
  return (id: FieldId) => `${columnLetter(positionOf(positions, id))}${row}`;
}

/** What a layout column holds for a record on sheet row `row`: the value, or the formula over that row. */
export function dataCell(column: DataColumn, record: CommuneRecord, ref: CellReference): Cell {
  switch (column.role) {
    case "field":
      return fieldCell(column.field.kind, record[column.field.id]);
    case "ratio":
      return formula(ratioFormula(column.ratio, ref));
    case "flag": {
      const flag = ruleFlagFormula(column.rule, ref);
      if (flag === undefined) throw new Error(`rule ${column.rule.id} has no flag formula`);
      return formula(flag);
    }
  }
}

/**
 * A record as a sheet row `width` cells wide starting at `firstColumn`; cells of columns that
 * are not the layout's (staff's own) are null, which the adapter leaves as they are.
 */
export function dataRow(record: CommuneRecord, positions: ColumnPositions, row: number, firstColumn: number, width: number): Cell[] {
  const cells: Cell[] = new Array<Cell>(width).fill(null);
  const ref = rowReference(positions, row);
  for (const column of DATA_COLUMNS) {
    const at = positions.get(column.key);
    if (at !== undefined && at - firstColumn >= 0 && at - firstColumn < width) cells[at - firstColumn] = dataCell(column, record, ref);
  }
  return cells;
}

/** A sheet row read back (values, starting at `firstColumn`) as a record, hand edits included. */
export function rowRecord(values: readonly unknown[], positions: ColumnPositions, firstColumn: number): CommuneRecord {
  const record = emptyRecord();
  for (const column of DATA_COLUMNS) {
    if (column.role !== "field") continue;
    const at = positions.get(column.key);
    if (at !== undefined) record[column.field.id] = cellToField(column.field.kind, values[at - firstColumn]);
  }
  return record;
}

/** A row with nothing in any field column: left out when reading. */
export function isBlankRecord(record: CommuneRecord): boolean {
  return Object.values(record).every((value) => value === null);
}

export interface HighlightRule {
  /** Range on the data sheet, e.g. "D2:D136". */
  readonly address: string;
  /** Formula relative to the range's first row, without "=". */
  readonly formula: string;
  readonly fill: string;
  readonly fontColor: string;
}

/** Consecutive runs of column indexes: [3,4,5,9] → [[3,5],[9,9]]. */
function runs(indexes: readonly number[]): [number, number][] {
  const sorted = [...indexes].sort((a, b) => a - b);
  const result: [number, number][] = [];
  for (const i of sorted) {
    const last = result[result.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else result.push([i, i]);
  }
  return result;
}

/**
 * Conditional formats that mark cells as staff type: red for every flag cell that is TRUE and
 * every figure a failing rule names; amber for a figure stated without those needed to check it
 * (the "missing" rules). Rows `firstRow`..`lastRow` are 1-based.
 */
export function highlightRules(positions: ColumnPositions, firstRow: number, lastRow: number): HighlightRule[] {
  const rows = lastRow - firstRow + 1;
  if (rows < 1) return [];
  const flags = DATA_COLUMNS.filter((c): c is Extract<DataColumn, { role: "flag" }> => c.role === "flag" && positions.has(c.key));
  const style = { fill: COLOURS.badFill, fontColor: COLOURS.badFont };
  const flagRuns = runs(flags.map((c) => positionOf(positions, c.key))).map(([from, to]) => ({
    address: rangeAddress(firstRow - 1, from, rows, to - from + 1),
    formula: `${columnLetter(from)}${firstRow}=TRUE`,
    ...style,
  }));
  const flagsByField = new Map<FieldId, string[]>();
  for (const flag of flags) {
    for (const id of flag.rule.fields) {
      flagsByField.set(id, [...(flagsByField.get(id) ?? []), `$${columnLetter(positionOf(positions, flag.key))}${firstRow}=TRUE`]);
    }
  }
  const fieldRules = [...flagsByField].flatMap(([id, tests]) => {
    const at = positions.get(id);
    if (at === undefined) return [];
    return [
      {
        address: rangeAddress(firstRow - 1, at, rows, 1),
        formula: tests.length === 1 ? (tests[0] as string) : `OR(${tests.join(",")})`,
        ...style,
      },
    ];
  });
  return [...flagRuns, ...fieldRules, ...missingRules(positions, firstRow, rows)];
}

/** One amber rule per stated field: it is a number while a figure a missing rule needs is not. */
function missingRules(positions: ColumnPositions, firstRow: number, rows: number): HighlightRule[] {
  const cell = (id: FieldId): string | undefined => {
    const at = positions.get(id);
    return at === undefined ? undefined : `$${columnLetter(at)}${firstRow}`;
  };
  const byStated = new Map<FieldId, string[]>();
  for (const rule of RULES.filter((r): r is MissingRule => r.kind === "missing")) {
    const needs = rule.needs.map(cell);
    if (needs.some((n) => n === undefined)) continue;
    byStated.set(rule.stated, [...(byStated.get(rule.stated) ?? []), ...needs.map((n) => `NOT(ISNUMBER(${n as string}))`)]);
  }
  return [...byStated].flatMap(([id, absent]) => {
    const stated = cell(id);
    const at = positions.get(id);
    if (stated === undefined || at === undefined) return [];
    const unique = [...new Set(absent)];
    return [
      {
        address: rangeAddress(firstRow - 1, at, rows, 1),
        formula: `AND(ISNUMBER(${stated}),${unique.length === 1 ? unique[0] : `OR(${unique.join(",")})`})`,
        fill: COLOURS.infoFill,
        fontColor: COLOURS.infoFont,
      },
    ];
  });
}

/** Data validation of the input columns over rows `firstRow`..`lastRow` (1-based). */
export function validationRanges(
  positions: ColumnPositions,
  firstRow: number,
  lastRow: number,
): { address: string; validation: Validation }[] {
  if (lastRow < firstRow) return [];
  return DATA_COLUMNS.flatMap((column) => {
    const at = positions.get(column.key);
    if (column.role !== "field" || !column.validation || at === undefined) return [];
    return [{ address: rangeAddress(firstRow - 1, at, lastRow - firstRow + 1, 1), validation: column.validation }];
  });
}
