/** What a reader gives back: the report as a document model, or why it cannot be read, in Vietnamese. */
import type { ReportDocument } from "../domain/document/reportDocument";

/** "image": .jpg/.png photos or scans of pages, read by OCR. */
export type ReportFormat = "txt" | "docx" | "pdf" | "image";

export type ReadFailureCode =
  | "missing"
  | "too-large"
  | "empty"
  | "binary"
  | "unknown-encoding"
  | "unsupported-type"
  | "corrupt-docx"
  | "corrupt-pdf"
  | "encrypted-pdf"
  | "image-only-pdf"
  | "unsupported-image"
  | "scan-too-large"
  | "ocr-failed"
  | "cancelled";

export interface ReadFailure {
  readonly ok: false;
  readonly code: ReadFailureCode;
  /** Official-style Vietnamese sentence naming the file and what to do. */
  readonly message: string;
}

export interface ReadSuccess {
  readonly ok: true;
  readonly format: ReportFormat;
  readonly document: ReportDocument;
  /** How a .txt was decoded ("UTF-8", "UTF-16LE", "UTF-16BE"); absent for .docx and .pdf. */
  readonly encoding?: string;
}

export type ReadResult = ReadSuccess | ReadFailure;

/** What the pane passes to a read that may run OCR (a scan): progress, page by page, and cancellation. */
export interface ReadOptions {
  /** Called as the OCR of each page starts: `page` of the `pages` that need it. */
  readonly onProgress?: (progress: { readonly page: number; readonly pages: number }) => void;
  /** Aborting it stops the read: it resolves to a ReadFailure with code "cancelled" and leaves no worker running. */
  readonly signal?: AbortSignal;
}

/** Larger files are refused before any parsing: a commune report is a few hundred kilobytes. */
export const MAX_REPORT_BYTES = 20 * 1024 * 1024;

/** The refusal of a file over MAX_REPORT_BYTES, from its size alone (it is never parsed). */
export function tooLarge(fileName: string, byteLength: number): ReadFailure {
  const megabytes = (byteLength / (1024 * 1024)).toFixed(1).replace(".", ",");
  return failure(
    "too-large",
    `Tệp "${fileName}" có dung lượng ${megabytes} MB, vượt giới hạn ${MAX_REPORT_BYTES / (1024 * 1024)} MB cho một báo cáo; đề nghị kiểm tra lại tệp.`,
  );
}

export function failure(code: ReadFailureCode, message: string): ReadFailure {
  return { ok: false, code, message };
}
