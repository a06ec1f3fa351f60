/** What a reader gives back: the report as a document model, or why it cannot be read, in Vietnamese. */
import type { ReportDocument } from "../domain/document/reportDocument";

/** "image": .jpg/.png photos or scans of pages, read by OCR. */
export type ReportFormat = "txt" | "docx" | "pdf" | "xlsx" | "image";

export type ReadFailureCode =
  | "missing"
  | "not-a-file"
  | "permission-denied"
  | "unreadable"
  | "too-large"
  | "archive-too-large"
  | "too-many-pages"
  | "page-too-large"
  | "empty"
  | "binary"
  | "unknown-encoding"
  | "unsupported-type"
  | "corrupt-docx"
  | "corrupt-xlsx"
  | "reader-unavailable"
  | "corrupt-pdf"
  | "encrypted-pdf"
  | "unsupported-image"
  | "scan-too-large"
  | "ocr-failed"
  | "cancelled";

export interface ReadFailure {
  readonly ok: false;
  readonly code: ReadFailureCode;
  /** Official-style Vietnamese sentence naming the file and what to do. */
  readonly message: string;
  /** The error behind the refusal (a file system or library error), kept for whoever debugs it (never shown to staff). */
  readonly cause?: unknown;
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

/** A byte count in megabytes, one decimal, the Vietnamese way: 52428800 → "50,0". */
export function megabytes(byteLength: number): string {
  return (byteLength / (1024 * 1024)).toFixed(1).replace(".", ",");
}

/** The refusal of a file over MAX_REPORT_BYTES, from its size alone (it is never parsed). */
export function tooLarge(fileName: string, byteLength: number): ReadFailure {
  return failure(
    "too-large",
    `Tệp "${fileName}" có dung lượng ${megabytes(byteLength)} MB, vượt giới hạn ${MAX_REPORT_BYTES / (1024 * 1024)} MB cho một báo cáo; đề nghị kiểm tra lại tệp.`,
  );
}

export function failure(code: ReadFailureCode, message: string, cause?: unknown): ReadFailure {
  return cause === undefined ? { ok: false, code, message } : { ok: false, code, message, cause };
}

/** A reader's code split into its own chunk (loaded on first use) could not be loaded: not the file's fault. */
export function readerUnavailable(fileName: string, kind: string, cause: unknown): ReadFailure {
  return failure(
    "reader-unavailable",
    `Không tải được bộ đọc ${kind} để mở tệp "${fileName}"; đề nghị tải lại phần bổ trợ (hoặc cài đặt lại công cụ dòng lệnh) rồi thực hiện lại.`,
    cause,
  );
}
