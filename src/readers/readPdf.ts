/**
 * A .pdf with a text layer → its text, through pdfjs-dist. pdfjs is loaded only when a PDF is
 * opened (a dynamic import, kept as one in the CommonJS build and split into its own chunk by
 * webpack); its worker module is imported too and runs in this thread, so no worker URL is needed.
 */
import { failure, type ReadResult } from "./readResult";

interface TextItemLike {
  readonly str?: string;
  readonly hasEOL?: boolean;
}

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
  } catch {
    return failure("corrupt-pdf", `Không tải được bộ đọc PDF để mở tệp "${fileName}".`);
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
    const pages: string[] = [];
    for (let number = 1; number <= document.numPages; number++) {
      const page = await document.getPage(number);
      const content = await page.getTextContent();
      pages.push((content.items as TextItemLike[]).map((item) => (item.str ?? "") + (item.hasEOL ? "\n" : "")).join(""));
    }
    const text = pages.join("\n");
    if (text.trim() === "") {
      return failure(
        "image-only-pdf",
        `Tệp "${fileName}" là bản quét (ảnh), không có lớp văn bản; đề nghị nhận dạng ký tự (OCR) trước rồi thực hiện lại.`,
      );
    }
    return { ok: true, format: "pdf", text };
  } catch {
    return failure("corrupt-pdf", `Tệp "${fileName}" không phải tệp PDF hợp lệ hoặc đã bị hỏng.`);
  } finally {
    await document.destroy();
  }
}
