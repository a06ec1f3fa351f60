/**
 * The document model every reader hands the extractor: the report's blocks in reading order.
 * Prose is a text block; a table is a grid of cell texts (merged cells already spread over the
 * cells they cover); a scanned page's text block carries its page number and the spans that OCR
 * read with low confidence. The extractor reads prose and tables apart (a figure in a table is
 * found by its row and column, never by the words that happen to precede it in a flat text).
 */

/** A half-open range [start, end) of character indices. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export interface TextBlock {
  readonly kind: "text";
  readonly text: string;
  /** 1-based page, when the reader knows it (PDF, scans). */
  readonly page?: number;
  /** Spans of `text` that OCR read with low word confidence: a figure inside one needs review. */
  readonly uncertain?: readonly Span[];
}

export interface TableBlock {
  readonly kind: "table";
  /** Rows of cell texts; a merged cell's text stands in every cell it covers. */
  readonly rows: readonly (readonly string[])[];
  readonly page?: number;
  /** Where the table came from when it is not the report's body, e.g. an .xlsx sheet's name. */
  readonly sheet?: string;
}

export type Block = TextBlock | TableBlock;

export interface ReportDocument {
  readonly blocks: readonly Block[];
}

/** A plain text (pasted, .txt, OCR'd elsewhere) as a document of one block. */
export function documentFromText(text: string): ReportDocument {
  return { blocks: [{ kind: "text", text }] };
}

/** The tables of a document in order, numbered from 1 as the user sees them ("Bảng 2"). */
export function tablesOf(document: ReportDocument): readonly { readonly number: number; readonly table: TableBlock }[] {
  return document.blocks.filter((block): block is TableBlock => block.kind === "table").map((table, i) => ({ number: i + 1, table }));
}
