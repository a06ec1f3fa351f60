/**
 * The running text the prose parsers read: every block in order, a blank line between blocks,
 * a table as one line per row with its cells apart. Keeps, for any index, the block and page it
 * came from, so provenance can name the page of a scan and a figure inside an OCR span of low
 * confidence can be marked for review.
 *
 * Tables stay in the prose (a letterhead or signature table carries the commune, the date and
 * the documents cited), but a figure in a data table is read from its grid by row and column
 * only: the extractor drops what the prose parsers read inside one (see extract/tables).
 */
import type { Block, ReportDocument, Span } from "./reportDocument";

export interface Prose {
  readonly text: string;
  /** 1-based page of the character at `index`, when the reader knew it. */
  readonly pageAt: (index: number) => number | undefined;
  /** True when [start, end) overlaps a span that OCR read with low confidence. */
  readonly uncertainIn: (start: number, end: number) => boolean;
  /** Index in `document.blocks` of the block the character at `index` belongs to. */
  readonly blockIndexAt: (index: number) => number;
  /** Where a table cell's text starts in the prose (a merged cell: where its text stands once). */
  readonly cellIndex: (block: number, row: number, column: number) => number | undefined;
}

const BLOCK_GAP = "\n\n";
/** Cells of a row stay apart: a sentence never runs from one cell into the next. */
const CELL_GAP = " ; ";

interface Laid {
  readonly text: string;
  /** For a table: the offset of each cell's text in `text`, by row and column. */
  readonly cells?: readonly (readonly number[])[];
}

/**
 * A table as lines of its cells; a merged cell (the same text in adjacent cells of a row) stands
 * once, and empty cells are left out.
 */
function layOut(block: Block): Laid {
  if (block.kind === "text") return { text: block.text };
  let text = "";
  const cells: number[][] = [];
  block.rows.forEach((row, r) => {
    if (r > 0) text += "\n";
    const offsets: number[] = [];
    let written = 0;
    row.forEach((cell, c) => {
      if (c > 0 && cell === row[c - 1]) {
        offsets.push(offsets[c - 1] as number);
        return;
      }
      if (cell.trim() === "") {
        offsets.push(text.length);
        return;
      }
      if (written > 0) text += CELL_GAP;
      offsets.push(text.length);
      text += cell;
      written++;
    });
    cells.push(offsets);
  });
  return { text, cells };
}

export function proseOf(document: ReportDocument): Prose {
  const parts: string[] = [];
  const starts: number[] = [];
  const uncertain: Span[] = [];
  const cells: (readonly (readonly number[])[] | undefined)[] = [];
  let offset = 0;
  for (const block of document.blocks) {
    if (parts.length > 0) {
      parts.push(BLOCK_GAP);
      offset += BLOCK_GAP.length;
    }
    const laid = layOut(block);
    const text = laid.text;
    cells.push(laid.cells);
    starts.push(offset);
    if (block.kind === "text")
      for (const span of block.uncertain ?? []) uncertain.push({ start: offset + span.start, end: offset + span.end });
    parts.push(text);
    offset += text.length;
  }
  const blockIndexAt = (index: number): number => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= index) low = middle;
      else high = middle - 1;
    }
    return low;
  };
  return {
    text: parts.join(""),
    pageAt: (index) => document.blocks[blockIndexAt(index)]?.page,
    uncertainIn: (start, end) => uncertain.some((span) => span.start < end && start < span.end),
    blockIndexAt,
    cellIndex: (block, row, column) => {
      const offset = cells[block]?.[row]?.[column];
      return offset === undefined ? undefined : (starts[block] as number) + offset;
    },
  };
}
