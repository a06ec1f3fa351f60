/**
 * The figures of a report's data tables, merged with what the prose parsers proposed:
 * - what the prose parsers read inside a data table is dropped (a figure there is found by its
 *   row and column, never by the words that happen to precede it in the flattened rows);
 * - a field that a table states wins over the prose; when the prose states it differently too,
 *   the disagreement is kept for the checks, naming both places;
 * - a field two tables state differently is left to the prose: the table figure is in doubt.
 */
import type { Block, TableBlock } from "../../document/reportDocument";
import type { Disagreement } from "../../record/extraction";
import type { FieldId } from "../../record/fields";
import type { Candidate, ParseContext } from "../parser";
import { readTable, type TableFigure } from "./readTable";

export interface TablesMerged {
  readonly candidates: Candidate[];
  readonly disagreements: Disagreement[];
}

/** Where a table figure stands, as staff read it: "Bảng 2, dòng Tổng cộng, cột Số hồ sơ tiếp nhận › Trực tuyến". */
export function tableLocation(
  number: number,
  table: TableBlock,
  row: number,
  rowLabel: string,
  column: number,
  columnLabel: string,
): string {
  const sheet = table.sheet === undefined ? "" : ` (trang tính "${table.sheet}")`;
  const rowName = rowLabel === "" ? `thứ ${row + 1}` : rowLabel;
  const columnName = columnLabel === "" ? `thứ ${column + 1}` : columnLabel;
  return `Bảng ${number}${sheet}, dòng ${rowName}, cột ${columnName}`;
}

/** The table row a figure stands in, as the prose lays it out ("Tổng cộng ; 1.214 ; 628 ; …"): its provenance text. */
export function rowTextAt(text: string, index: number): string {
  const start = text.lastIndexOf("\n", index - 1) + 1;
  const end = text.indexOf("\n", index);
  return text.slice(start, end < 0 ? text.length : end).trim();
}

const EXCERPT = 90;

function proseLocation(context: ParseContext, index: number): string {
  const sentence = context.sentences.at(index).replace(/\s+/g, " ").trim();
  const excerpt = sentence.length > EXCERPT ? `${sentence.slice(0, EXCERPT - 1)}…` : sentence;
  const page = context.prose.pageAt(index);
  return `phần văn bản${page === undefined ? "" : ` (trang ${page})`}: "${excerpt}"`;
}

interface ContinuedTable {
  readonly rows: readonly (readonly string[])[];
  /** The blocks the table is laid over, with the index of each one's first row in `rows`. */
  readonly parts: readonly { readonly block: number; readonly firstRow: number }[];
}

/** At most a page number or a running head between the two parts of a table split by a page break. */
const PAGE_FURNITURE = 20;

function startsWithFigures(table: TableBlock): boolean {
  return (table.rows[0] ?? []).some((cell, c) => c > 0 && /^[-+]?\d[\d.,]*%?$/.test(cell.trim()));
}

/**
 * The document's tables, a table that goes on over a page break taken whole: a table whose first
 * row already holds figures, as wide as the table just before it, continues that table.
 */
function continuedTables(blocks: readonly Block[]): ContinuedTable[] {
  const tables: { rows: (readonly string[])[]; parts: { block: number; firstRow: number }[]; width: number; lastBlock: number }[] = [];
  blocks.forEach((block, b) => {
    if (block.kind !== "table") return;
    const width = Math.max(0, ...block.rows.map((row) => row.length));
    const previous = tables[tables.length - 1];
    const between = previous ? blocks.slice(previous.lastBlock + 1, b) : [];
    const adjoining = between.every((other) => other.kind === "text" && other.text.replace(/\s/g, "").length <= PAGE_FURNITURE);
    if (
      previous &&
      adjoining &&
      previous.width === width &&
      startsWithFigures(block) &&
      block.page !== undefined &&
      block.page !== blocks[previous.lastBlock]?.page
    ) {
      previous.parts.push({ block: b, firstRow: previous.rows.length });
      previous.rows.push(...block.rows);
      previous.lastBlock = b;
    } else tables.push({ rows: [...block.rows], parts: [{ block: b, firstRow: 0 }], width, lastBlock: b });
  });
  return tables;
}

export function mergeTables(proposed: readonly Candidate[], context: ParseContext): TablesMerged {
  const dataBlocks = new Set<number>();
  const fromTables: Candidate[] = [];
  const disagreements: Disagreement[] = [];
  let number = 0;
  for (const table of continuedTables(context.document.blocks)) {
    const reading = readTable(table.rows);
    if (!reading.isData) continue;
    number++;
    for (const part of table.parts) dataBlocks.add(part.block);
    const first = context.document.blocks[table.parts[0]?.block ?? 0] as TableBlock;
    const place = (figure: Pick<TableFigure, "row" | "rowLabel" | "column" | "columnLabel">): string =>
      tableLocation(number, first, figure.row, figure.rowLabel, figure.column, figure.columnLabel);
    const cellIndex = (row: number, column: number): number => {
      const part = [...table.parts].reverse().find((candidate) => candidate.firstRow <= row);
      return (part && context.prose.cellIndex(part.block, row - part.firstRow, column)) ?? 0;
    };
    for (const figure of reading.figures) {
      fromTables.push({
        field: figure.field,
        value: figure.value,
        index: cellIndex(figure.row, figure.column),
        anchor: cellIndex(0, 0),
        confidence: 1,
        location: place(figure),
      });
    }
    for (const mismatch of reading.mismatches) {
      disagreements.push({
        field: mismatch.field,
        kind: "total-row",
        value: mismatch.total,
        at: place(mismatch),
        other: mismatch.sum,
        otherAt: `tổng ${mismatch.sectors} dòng chi tiết của Bảng ${number}`,
      });
    }
  }
  const prose = proposed.filter(
    (candidate) => candidate.location !== undefined || !dataBlocks.has(context.prose.blockIndexAt(candidate.index)),
  );

  const tableFields = new Map<FieldId, Candidate[]>();
  for (const candidate of fromTables) tableFields.set(candidate.field, [...(tableFields.get(candidate.field) ?? []), candidate]);
  const kept: Candidate[] = [];
  for (const [field, list] of tableFields) {
    const first = list[0] as Candidate;
    if (list.some((candidate) => candidate.value !== first.value)) {
      tableFields.delete(field);
      continue;
    }
    kept.push(first);
    const stated = prose.filter((candidate) => candidate.field === field).sort((a, b) => a.index - b.index)[0];
    if (stated && typeof stated.value === "number" && stated.value !== first.value) {
      disagreements.push({
        field,
        kind: "prose-table",
        value: first.value as number,
        at: first.location as string,
        other: stated.value,
        otherAt: proseLocation(context, stated.index),
      });
    }
  }
  return { candidates: [...prose.filter((candidate) => !tableFields.has(candidate.field)), ...kept], disagreements };
}
