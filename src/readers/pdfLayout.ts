/**
 * The text items pdf.js gives for one page → that page's blocks. Items keep their position
 * (`transform[4]`, `transform[5]` are x and the baseline's y, in points from the bottom left),
 * so tables can be rebuilt from rows of items on one baseline and columns by x.
 */
import type { Block } from "../domain/document/reportDocument";

export interface PdfTextItem {
  readonly str: string;
  readonly hasEOL?: boolean;
  /** pdf.js's text matrix: [a, b, c, d, x, y]. */
  readonly transform?: readonly number[];
  readonly width?: number;
  readonly height?: number;
}

/** The page as pdf.js lays out its text: items in content order, a line break where pdf.js marks one. */
export function pageBlocks(items: readonly PdfTextItem[], page: number): Block[] {
  const text = items.map((item) => item.str + (item.hasEOL ? "\n" : "")).join("");
  return text.trim() === "" ? [] : [{ kind: "text", text, page }];
}
