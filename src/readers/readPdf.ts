/**
 * A .pdf → its blocks, page by page, through pdfjs-dist: a page with a text layer through its text
 * items (see pdfLayout), a page without one (a scan) by OCR (see ocr/). pdfjs is loaded only when
 * a PDF is opened and the OCR engine only when a page needs it (dynamic imports, kept as such in the
 * CommonJS build and split into their own chunks by webpack); pdfjs's worker module is imported
 * too and runs in this thread, so no worker URL is needed.
 */
import type { Block } from "../domain/document/reportDocument";
import { pdfLimitFailure } from "./limits";
import { readScannedPages, withReviewMarks } from "./ocr/readScannedPages";
import type { CanvasFactory, RenderablePage } from "./ocr/renderPage";
import { pageBlocks, type PdfTextItem } from "./pdfLayout";
import { failure, readerUnavailable, type ReadOptions, type ReadResult } from "./readResult";

/** A page that shows an image and has fewer characters of text than this (none, or a stamped page number) is a scan. */
const MIN_TEXT_LAYER_CHARACTERS = 20;

/** The part of pdfjs used here (its own types are ESM-only, which the CommonJS build cannot import). */
interface PdfPage extends RenderablePage {
  getTextContent(): Promise<{ items: readonly unknown[] }>;
  getOperatorList(): Promise<{ fnArray: readonly number[] }>;
}
interface PdfDocument {
  readonly numPages: number;
  readonly canvasFactory: CanvasFactory;
  getPage(number: number): Promise<PdfPage>;
  destroy(): Promise<void>;
}
interface Pdfjs {
  getDocument(source: Record<string, unknown>): { promise: Promise<PdfDocument> };
  readonly OPS: Readonly<Record<string, number>>;
}

/** True when the page paints an image (a scan), as opposed to a short typed page (a signature page). */
async function showsImage(page: PdfPage, pdfjs: Pdfjs): Promise<boolean> {
  const painters = new Set([pdfjs.OPS.paintImageXObject, pdfjs.OPS.paintInlineImageXObject, pdfjs.OPS.paintImageMaskXObject]);
  return (await page.getOperatorList()).fnArray.some((operator) => painters.has(operator));
}

function corrupt(fileName: string): ReadResult {
  return failure("corrupt-pdf", `Tệp "${fileName}" không phải tệp PDF hợp lệ hoặc đã bị hỏng.`);
}

export async function readPdf(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<ReadResult> {
  let pdfjs: Pdfjs;
  try {
    const [library] = await Promise.all([import("pdfjs-dist/legacy/build/pdf.mjs"), import("pdfjs-dist/legacy/build/pdf.worker.mjs")]);
    pdfjs = library as unknown as Pdfjs;
  } catch (error) {
    // The file is not at fault: the reader's code did not load (an incomplete install, or the pane lost its server).
    return readerUnavailable(fileName, "PDF", error);
  }
  let document: PdfDocument;
  try {
    // pdfjs takes ownership of the buffer it is given: pass a copy.
    const task = pdfjs.getDocument({
      data: bytes.slice(),
      isEvalSupported: false,
      disableFontFace: true,
      useSystemFonts: false,
      verbosity: 0,
    });
    document = await task.promise;
  } catch (error) {
    if (error instanceof Error && error.name === "PasswordException") {
      return failure("encrypted-pdf", `Tệp "${fileName}" được bảo vệ bằng mật khẩu; đề nghị gỡ mật khẩu rồi thực hiện lại.`);
    }
    return corrupt(fileName);
  }
  try {
    const overLimit = await pdfLimitFailure(document, fileName);
    if (overLimit) return overLimit;
    const pages: (Block[] | PdfPage)[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      // Marked-content items carry no `str`: only text items take part in the layout.
      const items = content.items.filter((item): item is PdfTextItem => typeof (item as { str?: unknown }).str === "string");
      const characters = items.reduce((sum, item) => sum + item.str.replace(/\s/g, "").length, 0);
      pages.push(characters < MIN_TEXT_LAYER_CHARACTERS && (await showsImage(page, pdfjs)) ? page : pageBlocks(items, number));
    }
    const scans = pages.flatMap((page, i) => (Array.isArray(page) ? [] : [{ page, number: i + 1 }]));
    let blocks = pages.flatMap((page) => (Array.isArray(page) ? page : []));
    if (scans.length > 0) {
      const scanned = await readScannedPages(scans, document.canvasFactory, fileName, options);
      if (!Array.isArray(scanned)) return scanned;
      const byNumber = new Map(scanned.map((block) => [block.page, block]));
      blocks = withReviewMarks(
        pages.flatMap((page, i) => (Array.isArray(page) ? page : (byNumber.get(i + 1) ?? []))),
        scanned,
      );
    }
    if (blocks.length === 0) {
      return failure(
        "empty",
        `Không đọc được chữ nào trong tệp "${fileName}", kể cả bằng nhận dạng ký tự (OCR); đề nghị kiểm tra lại bản quét.`,
      );
    }
    return { ok: true, format: "pdf", document: { blocks } };
  } catch {
    return corrupt(fileName);
  } finally {
    await document.destroy();
  }
}
