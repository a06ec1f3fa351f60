/**
 * The running text the prose parsers read: every block in order, a blank line between blocks,
 * a table as one line per row with its cells apart. Keeps, for any index, the block and page it
 * came from, so provenance can name the page of a scan and a figure inside an OCR span of low
 * confidence can be marked for review.
 */
import type { Block, ReportDocument, Span } from "./reportDocument";

export interface Prose {
  readonly text: string;
  /** 1-based page of the character at `index`, when the reader knew it. */
  readonly pageAt: (index: number) => number | undefined;
  /** True when [start, end) overlaps a span that OCR read with low confidence. */
  readonly uncertainIn: (start: number, end: number) => boolean;
}

const BLOCK_GAP = "\n\n";
/** Cells of a row stay apart: a sentence never runs from one cell into the next. */
const CELL_GAP = " ; ";

function blockText(block: Block): string {
  return block.kind === "text" ? block.text : block.rows.map((row) => row.filter((cell) => cell.trim() !== "").join(CELL_GAP)).join("\n");
}

export function proseOf(document: ReportDocument): Prose {
  const parts: string[] = [];
  const starts: number[] = [];
  const uncertain: Span[] = [];
  let offset = 0;
  for (const block of document.blocks) {
    if (parts.length > 0) {
      parts.push(BLOCK_GAP);
      offset += BLOCK_GAP.length;
    }
    const text = blockText(block);
    starts.push(offset);
    if (block.kind === "text") for (const span of block.uncertain ?? []) uncertain.push({ start: offset + span.start, end: offset + span.end });
    parts.push(text);
    offset += text.length;
  }
  const blockAt = (index: number): Block | undefined => {
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if ((starts[middle] as number) <= index) low = middle;
      else high = middle - 1;
    }
    return document.blocks[low];
  };
  return {
    text: parts.join(""),
    pageAt: (index) => blockAt(index)?.page,
    uncertainIn: (start, end) => uncertain.some((span) => span.start < end && start < span.end),
  };
}
