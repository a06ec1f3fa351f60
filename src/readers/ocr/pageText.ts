/**
 * Tesseract's TSV (one row per page, block, paragraph, line and word, with the word's
 * confidence) → a page's text and the spans of the words read with low confidence.
 * Lines end with a line break (the prose parsers read a wrapped sentence across it, as in PDFs).
 */
import type { Span } from "../../domain/document/reportDocument";

/** Tesseract's word confidence (0–100) below which a figure in the word needs review. */
export const UNCERTAIN_CONFIDENCE = 80;

export interface PageText {
  readonly text: string;
  readonly uncertain: readonly Span[];
}

const WORD_LEVEL = "5";

export function pageText(tsv: string): PageText {
  let text = "";
  const uncertain: Span[] = [];
  let line = "";
  for (const row of tsv.split("\n")) {
    const cells = row.split("\t");
    if (cells[0] !== WORD_LEVEL || cells.length < 12) continue;
    const word = (cells[11] ?? "").trim();
    if (word === "") continue;
    // Block, paragraph and line numbers name the line a word belongs to.
    const lineKey = `${cells[2]}.${cells[3]}.${cells[4]}`;
    if (lineKey !== line) {
      if (text !== "") text += "\n";
      line = lineKey;
    } else {
      text += " ";
    }
    const confidence = Number(cells[10]);
    if (!(confidence >= UNCERTAIN_CONFIDENCE)) uncertain.push({ start: text.length, end: text.length + word.length });
    text += word;
  }
  return { text, uncertain };
}
