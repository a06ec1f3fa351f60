/**
 * The pages of a PDF that have no text layer → their text blocks by OCR, after the limits on
 * their count and size. Its own module, loaded by readPdf only when a PDF has such pages.
 */
import type { TextBlock } from "../../domain/document/reportDocument";
import type { ReadFailure, ReadOptions } from "../readResult";
import { MAX_OCR_PAGES, MAX_OCR_PIXELS, pageTooLarge, tooManyPages } from "./limits";
import { recognizePages } from "./recognizePages";
import { RENDER_DPI, pixelSize, renderPage, type CanvasFactory, type RenderablePage } from "./renderPage";
import { ocrFailure, scannedBlock } from "./scannedBlocks";

export { withReviewMarks } from "./scannedBlocks";

export interface ScannedPage {
  readonly page: RenderablePage;
  /** 1-based page number in the PDF. */
  readonly number: number;
}

/** The blocks of the pages on which OCR found text, or why the pages cannot be read. */
export async function readScannedPages(
  scans: readonly ScannedPage[],
  factory: CanvasFactory,
  fileName: string,
  options: ReadOptions,
): Promise<TextBlock[] | ReadFailure> {
  if (scans.length > MAX_OCR_PAGES) return tooManyPages(fileName, scans.length);
  for (const { page, number } of scans) {
    const { width, height } = pixelSize(page, RENDER_DPI);
    if (width * height > MAX_OCR_PIXELS) return pageTooLarge(fileName, width, height, number);
  }
  try {
    const texts = await recognizePages(scans.length, (i) => renderPage((scans[i] as ScannedPage).page, factory, RENDER_DPI), options);
    return texts.flatMap((text, i) => scannedBlock(text, (scans[i] as ScannedPage).number) ?? []);
  } catch (error) {
    return ocrFailure(error, fileName);
  }
}
