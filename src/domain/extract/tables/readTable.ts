/**
 * One table grid → the figures it states for the record, by row and column. The header rows
 * (everything above the first row with a figure, less a row of column numbers) give each
 * column a path ("Số hồ sơ tiếp nhận › Trực tuyến"); the label columns on the left give each
 * row a label, under its parent row when it is a sub-item ("1.1", "- Quá hạn", "Trong đó: …").
 *
 * A cell names a field when its row and column labels together do (lexicon):
 * - fields as columns: only the total row (Tổng cộng, Tổng số, Cộng) is read; the sector rows
 *   (lĩnh vực, thôn) only serve to check that the total is their sum;
 * - fields as rows: a row whose own label names a figure is read in every column that names
 *   no other period, plan or comparison.
 * A field read twice with two values in one table is left out: the column is in doubt.
 */
import { fieldDefinition, type FieldId } from "../../record/fields";
import { foldKey } from "../../text/fold";
import { parseCount, parsePercent } from "../../text/numbers";
import { excluded, fieldOfLabel, hasConcept, isTotalLabel } from "./lexicon";

export interface TableFigure {
  readonly field: FieldId;
  readonly value: number;
  readonly row: number;
  readonly column: number;
  /** The row's own label as written ("Tổng cộng", "Tiếp nhận trực tuyến"). */
  readonly rowLabel: string;
  /** The column's header path as written ("Số hồ sơ tiếp nhận › Trực tuyến"). */
  readonly columnLabel: string;
}

/** A total row whose figure is not the sum of the sector rows above it. */
export interface TotalMismatch {
  readonly field: FieldId;
  readonly total: number;
  readonly sum: number;
  readonly row: number;
  readonly column: number;
  readonly rowLabel: string;
  readonly columnLabel: string;
  readonly sectors: number;
}

export interface TableReading {
  /** True when the grid holds figures under headers (not a layout table of the letterhead or signature). */
  readonly isData: boolean;
  readonly figures: readonly TableFigure[];
  readonly mismatches: readonly TotalMismatch[];
}

const PATH_SEPARATOR = " › ";
/** Cells that stand for zero in statistical tables. */
const ZERO_MARKS = /^[-–—x]$/i;
const NUMBER_CELL = /^[-+]?\d[\d.,]*\s?%?$/;
const ROW_NUMBER = /^(\d{1,2}(\.\d{1,2})*\.?|[ivx]{1,5}\.?|[a-zđ]\)?|\(\d{1,2}\))$/i;

function clean(text: string): string {
  // Stray spaces inside a number ("1. 638", "1 638") and around it.
  return text
    .replace(/\s+/g, " ")
    .trim()
    .replace(/(?<=\d)\s+(?=\d{3}(?!\d))|(?<=\d)\s+(?=[.,]\d)|(?<=\d[.,])\s+(?=\d)/g, "");
}

function isFigure(text: string): boolean {
  return NUMBER_CELL.test(clean(text));
}

/** A row of column numbers: "(1) (2) (3)…" or "1 2 3 4…". */
function isColumnNumbers(row: readonly string[]): boolean {
  const cells = row.map(clean).filter((cell, i) => cell !== "" && cell !== clean(row[i - 1] ?? ""));
  if (cells.length < 3) return false;
  if (cells.every((cell) => /^\(\d{1,2}\)$|^\([a-z]\)$/i.test(cell))) return true;
  const numbers = cells.map(Number);
  return numbers.every((n, i) => Number.isInteger(n) && (i === 0 || n === (numbers[i - 1] as number) + 1));
}

function distinctJoin(cells: readonly string[], separator: string): string {
  const parts: string[] = [];
  for (const cell of cells) {
    const text = cell.replace(/\s+/g, " ").trim();
    if (text !== "" && text !== parts[parts.length - 1]) parts.push(text);
  }
  return parts.join(separator);
}

/** The value of a cell for a field, or undefined when the cell does not hold one of its kind. */
export function cellValue(text: string, field: FieldId): number | undefined {
  const cell = clean(text);
  const kind = fieldDefinition(field).kind;
  if (kind === "count") {
    if (ZERO_MARKS.test(cell)) return 0;
    return /%$/.test(cell) ? undefined : parseCount(cell);
  }
  if (kind === "percent") return parsePercent(cell);
  return undefined;
}

interface RowShape {
  readonly index: number;
  readonly label: string;
  readonly path: string;
  readonly total: boolean;
  readonly sector: boolean;
}

/**
 * The table with each column that only repeats the one before it (a cell merged across every
 * row) left out; figures name their column in the table as given.
 */
export function readTable(table: readonly (readonly string[])[]): TableReading {
  const fullWidth = Math.max(0, ...table.map((row) => row.length));
  const kept = Array.from({ length: fullWidth }, (_, c) => c).filter(
    (c) => c === 0 || table.some((row) => (row[c] ?? "") !== (row[c - 1] ?? "")),
  );
  const reading = readGrid(table.map((row) => kept.map((c) => row[c] ?? "")));
  const original = (c: number): number => kept[c] ?? c;
  return {
    isData: reading.isData,
    figures: reading.figures.map((figure) => ({ ...figure, column: original(figure.column) })),
    mismatches: reading.mismatches.map((mismatch) => ({ ...mismatch, column: original(mismatch.column) })),
  };
}

function readGrid(rows: readonly (readonly string[])[]): TableReading {
  const width = Math.max(0, ...rows.map((row) => row.length));
  const at = (r: number, c: number): string => rows[r]?.[c] ?? "";
  const numbering = rows.map(isColumnNumbers);
  const firstData = rows.findIndex((row, r) => !numbering[r] && row.some((cell, c) => c > 0 && isFigure(cell)));
  if (firstData < 0 || width < 2) return { isData: false, figures: [], mismatches: [] };
  const dataRows = rows.map((_, r) => r).filter((r) => r >= firstData && !numbering[r]);
  const headerRows = rows.map((_, r) => r).filter((r) => r < firstData && !numbering[r]);

  // The row-number column: headed STT/TT, or the first column holding only item numbers.
  const sttColumn =
    Array.from({ length: width }, (_, c) => c).find((c) => headerRows.some((r) => /^(stt|tt|so tt|so thu tu)$/.test(foldKey(at(r, c))))) ??
    (dataRows.every((r) => at(r, 0).trim() === "" || ROW_NUMBER.test(at(r, 0).trim())) &&
    dataRows.some((r) => !isFigure(at(r, 1)) && at(r, 1).trim() !== "")
      ? 0
      : undefined);
  const columns = Array.from({ length: width }, (_, c) => c).filter((c) => c !== sttColumn);
  const firstValue = Math.min(...columns.filter((c) => dataRows.some((r) => isFigure(at(r, c)))));
  // A column of dashes only ("-" or "x" for zero in every row) is a column of figures too.
  const valueColumns = columns.filter(
    (c) => c >= firstValue && dataRows.some((r) => isFigure(at(r, c)) || ZERO_MARKS.test(clean(at(r, c)))),
  );
  const labelColumns = Array.from({ length: firstValue }, (_, c) => c).filter((c) => c !== sttColumn);
  const columnLabel = (c: number): string =>
    distinctJoin(
      headerRows.map((r) => at(r, c)),
      PATH_SEPARATOR,
    );

  const shapes: RowShape[] = [];
  let parent: { label: string; number: string } | undefined;
  for (const r of dataRows) {
    const label = distinctJoin(
      labelColumns.map((c) => at(r, c)),
      " ",
    );
    const number = sttColumn === undefined ? "" : at(r, sttColumn).trim().replace(/\.$/, "");
    const folded = foldKey(label);
    const subItem =
      parent !== undefined &&
      (/^\d+\.\d+/.test(number) ||
        /^[a-zđ]\)?$/.test(number) ||
        (/^\d+$/.test(number) && /^[ivx]+$/i.test(parent.number)) ||
        /^[-–+•*]/.test(label) ||
        /^(trong do|chia ra|bao gom|gom|trong so)\b/.test(folded));
    const total = isTotalLabel(folded);
    const path = subItem && parent ? `${parent.label}${PATH_SEPARATOR}${label}` : label;
    shapes.push({ index: r, label, path, total, sector: !total && !hasConcept(folded) && !excluded(folded) });
    if (!subItem && !total && label !== "") parent = { label, number };
  }
  const totals = shapes.filter((shape) => shape.total);
  // A table of one row that names no figure (a commune's row) reads as its own total.
  const onlyRow = shapes.length === 1 && totals.length === 0 && shapes[0]?.sector ? shapes[0] : undefined;

  const figures: TableFigure[] = [];
  const mismatches: TotalMismatch[] = [];
  for (const c of valueColumns) {
    const header = columnLabel(c);
    const foldedHeader = foldKey(header);
    const columnField = fieldOfLabel(foldedHeader);
    for (const shape of shapes) {
      if (!isFigure(at(shape.index, c)) && !ZERO_MARKS.test(clean(at(shape.index, c)))) continue;
      const foldedPath = foldKey(shape.path);
      if (excluded(foldedPath)) continue;
      let field: FieldId | undefined;
      if (shape.total || shape === onlyRow) field = columnField;
      else if (!shape.sector) {
        const named = fieldOfLabel(`${foldedPath} | ${foldedHeader}`);
        if (named !== columnField) field = named;
      }
      const value = field === undefined ? undefined : cellValue(at(shape.index, c), field);
      if (field !== undefined && value !== undefined) {
        figures.push({ field, value, row: shape.index, column: c, rowLabel: shape.label, columnLabel: header });
      }
    }
    const mismatch = columnField === undefined ? undefined : totalMismatch(shapes, c, columnField, at);
    if (mismatch) mismatches.push({ ...mismatch, columnLabel: header });
  }
  return { isData: true, figures: withoutDoubts(figures), mismatches };
}

/** The first total row of a column against the sum of the sector rows above it (every one a count). */
function totalMismatch(
  shapes: readonly RowShape[],
  column: number,
  field: FieldId,
  at: (r: number, c: number) => string,
): Omit<TotalMismatch, "columnLabel"> | undefined {
  if (fieldDefinition(field).kind !== "count") return undefined;
  const totalAt = shapes.findIndex((shape) => shape.total);
  const total = totalAt < 0 ? undefined : shapes[totalAt];
  if (!total) return undefined;
  const sectors = shapes.slice(0, totalAt).filter((shape) => shape.sector);
  if (sectors.length < 2 || sectors.length !== totalAt) return undefined;
  const values = sectors.map((shape) => cellValue(at(shape.index, column), field));
  const totalValue = cellValue(at(total.index, column), field);
  if (totalValue === undefined || values.some((v) => v === undefined)) return undefined;
  const sum = values.reduce<number>((a, v) => a + (v as number), 0);
  return sum === totalValue
    ? undefined
    : { field, total: totalValue, sum, row: total.index, column, rowLabel: total.label, sectors: sectors.length };
}

/** A field read with two values in one table is in doubt: none of them is kept. */
function withoutDoubts(figures: readonly TableFigure[]): TableFigure[] {
  return figures.filter((figure, i) => {
    const same = figures.filter((other) => other.field === figure.field);
    return same.every((other) => other.value === figure.value) && same[0] === figures[i];
  });
}
