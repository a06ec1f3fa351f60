/**
 * What readers of scans share: OCR'd pages → text blocks (one per page, with its page number and
 * the spans to review), and the Vietnamese refusals when OCR is cancelled or fails.
 */
import type { Block, TextBlock } from "../../domain/document/reportDocument";
import { failure, type ReadFailure } from "../readResult";
import { markImpossibleDates } from "./implausibleDates";
import type { PageText } from "./pageText";
import { OcrCancelled } from "./recognizePages";

export function scannedBlock(text: PageText, page: number): TextBlock | undefined {
  if (text.text.trim() === "") return undefined;
  return { kind: "text", text: text.text, page, ...(text.uncertain.length > 0 ? { uncertain: text.uncertain } : {}) };
}

/** The document's blocks in page order, with impossible dates of the scanned ones marked for review. */
export function withReviewMarks(blocks: readonly Block[], scanned: readonly Block[]): Block[] {
  return markImpossibleDates(blocks, new Set(scanned));
}

/** The failure of an OCR run: cancelled by the user, or the engine's. */
export function ocrFailure(error: unknown, fileName: string): ReadFailure {
  if (error instanceof OcrCancelled) return failure("cancelled", `Đã hủy việc nhận dạng ký tự của tệp "${fileName}".`);
  return failure(
    "ocr-failed",
    `Không nhận dạng được ký tự (OCR) trong tệp "${fileName}"; đề nghị kiểm tra bản quét (ảnh rõ nét, đúng chiều) rồi thực hiện lại.`,
  );
}
