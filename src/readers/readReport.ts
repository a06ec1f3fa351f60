/**
 * Bytes of a report file → its text, whatever the format: .txt (UTF-8/UTF-16), .docx, .pdf.
 * Shared by the task pane (File API) and the CLI (fs). Never throws: a file that cannot be
 * read gives a ReadFailure with a Vietnamese message.
 */
import { decodeText } from "./decodeText";
import { readDocx } from "./readDocx";
import { readPdf } from "./readPdf";
import { MAX_REPORT_BYTES, failure, tooLarge, type ReadResult } from "./readResult";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? "" : fileName.slice(dot + 1).toLowerCase();
}

export async function readReport(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  if (bytes.byteLength > MAX_REPORT_BYTES) return tooLarge(fileName, bytes.byteLength);
  if (bytes.byteLength === 0) return failure("empty", `Tệp "${fileName}" không có nội dung.`);
  const extension = extensionOf(fileName);
  if (extension === "pdf" || startsWith(bytes, PDF_MAGIC)) return readPdf(bytes, fileName);
  if (extension === "docx" || startsWith(bytes, ZIP_MAGIC)) return readDocx(bytes, fileName);
  if (extension === "doc") {
    return failure("unsupported-type", `Tệp "${fileName}" ở định dạng Word cũ (.doc); đề nghị lưu lại thành .docx rồi thực hiện lại.`);
  }
  return decodeText(bytes, fileName);
}

/**
 * PLACEHOLDER until the readers' branch lands (drop this at merge): the pages of one scanned report,
 * recognised together. Refuses for now, so the pane's grouping of images compiles and is tested.
 */
export async function readReportImages(
  images: readonly { readonly bytes: Uint8Array; readonly name: string }[],
  _options: unknown,
): Promise<ReadResult> {
  return failure("unsupported-type", `Chưa đọc được ảnh chụp (${images.map((i) => i.name).join(", ")}) trong phiên bản này.`);
}
