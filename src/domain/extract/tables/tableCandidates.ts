/**
 * The figures of a report's data tables, merged with what the prose parsers proposed:
 * - what the prose parsers read inside a data table is dropped (a figure there is found by its
 *   row and column, never by the words that happen to precede it in the flattened rows);
 * - a field that a table states wins over the prose; when the prose states it differently too,
 *   the disagreement is kept for the checks, naming both places;
 * - a field two tables state differently is left to the prose: the table figure is in doubt.
 */
import type { TableBlock } from "../../document/reportDocument";
import type { Disagreement } from "../../record/extraction";
import type { FieldId } from "../../record/fields";
import type { Candidate, ParseContext } from "../parser";
import { readTable, type TableFigure } from "./readTable";

export interface TablesMerged {
  readonly candidates: Candidate[];
  readonly disagreements: Disagreement[];
}

/** Where a table figure stands, as staff read it: "Bảng 2, dòng Tổng cộng, cột Số hồ sơ tiếp nhận › Trực tuyến". */
export function tableLocation(number: number, table: TableBlock, row: number, rowLabel: string, column: number, columnLabel: string): string {
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

export function mergeTables(proposed: readonly Candidate[], context: ParseContext): TablesMerged {
  const dataBlocks = new Set<number>();
  const fromTables: Candidate[] = [];
  const disagreements: Disagreement[] = [];
  let number = 0;
  context.document.blocks.forEach((block, b) => {
    if (block.kind !== "table") return;
    const reading = readTable(block.rows);
    if (!reading.isData) return;
    number++;
    dataBlocks.add(b);
    const place = (figure: Pick<TableFigure, "row" | "rowLabel" | "column" | "columnLabel">): string =>
      tableLocation(number, block, figure.row, figure.rowLabel, figure.column, figure.columnLabel);
    for (const figure of reading.figures) {
      fromTables.push({
        field: figure.field,
        value: figure.value,
        index: context.prose.cellIndex(b, figure.row, figure.column) ?? 0,
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
  });
  const prose = proposed.filter((candidate) => candidate.location !== undefined || !dataBlocks.has(context.prose.blockIndexAt(candidate.index)));

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
