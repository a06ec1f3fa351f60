/**
 * A .pdf with a text layer → its blocks, page by page (see pdfLayout), through pdfjs-dist. pdfjs is loaded only when a PDF is
 * opened (a dynamic import, kept as one in the CommonJS build and split into its own chunk by
 * webpack); its worker module is imported too and runs in this thread, so no worker URL is needed.
 */
import type { Block } from "../domain/document/reportDocument";
import { pdfLimitFailure } from "./limits";
import { pageBlocks, type PdfTextItem } from "./pdfLayout";
import { failure, readerUnavailable, type ReadResult } from "./readResult";

/** The part of pdfjs used here (its own types are ESM-only, which the CommonJS build cannot import). */
interface PdfDocument {
  readonly numPages: number;
  getPage(number: number): Promise<{ getTextContent(): Promise<{ items: readonly unknown[] }> }>;
  destroy(): Promise<void>;
}
interface Pdfjs {
  getDocument(source: Record<string, unknown>): { promise: Promise<PdfDocument> };
}

export async function readPdf(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
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
    const task = pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 });
    document = await task.promise;
  } catch (error) {
    if (error instanceof Error && error.name === "PasswordException") {
      return failure("encrypted-pdf", `Tệp "${fileName}" được bảo vệ bằng mật khẩu; đề nghị gỡ mật khẩu rồi thực hiện lại.`);
    }
    return failure("corrupt-pdf", `Tệp "${fileName}" không phải tệp PDF hợp lệ hoặc đã bị hỏng.`);
  }
  try {
    const overLimit = await pdfLimitFailure(document, fileName);
    if (overLimit) return overLimit;
    const blocks: Block[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      // Marked-content items carry no `str`: only text items take part in the layout.
      const items = content.items.filter((item): item is PdfTextItem => typeof (item as { str?: unknown }).str === "string");
      blocks.push(...pageBlocks(items, number));
    }
    if (blocks.length === 0) {
      return failure(
        "image-only-pdf",
        `Tệp "${fileName}" là bản quét (ảnh), không có lớp văn bản; đề nghị nhận dạng ký tự (OCR) trước rồi thực hiện lại.`,
      );
    }
    return { ok: true, format: "pdf", document: { blocks } };
  } catch {
    return failure("corrupt-pdf", `Tệp "${fileName}" không phải tệp PDF hợp lệ hoặc đã bị hỏng.`);
  } finally {
    await document.destroy();
  }
}
