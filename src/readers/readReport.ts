/**
 * Bytes of a report file → its text, whatever the format: .txt (UTF-8/UTF-16), .docx, .pdf, or a
 * .jpg/.png photo of a page (several photos of one report: readReportImages).
 * Shared by the task pane (File API) and the CLI (fs). Never throws: a file that cannot be
 * read gives a ReadFailure with a Vietnamese message.
 */
import { decodeText } from "./decodeText";
import { readDocx } from "./readDocx";
import { imageSize } from "./ocr/imageSize";
import { readReportImages } from "./readImages";
import { readPdf } from "./readPdf";
import { MAX_REPORT_BYTES, failure, tooLarge, type ReadOptions, type ReadResult } from "./readResult";

export { readReportImages } from "./readImages";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-

export const IMAGE_EXTENSIONS: readonly string[] = ["jpg", "jpeg", "png"];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? "" : fileName.slice(dot + 1).toLowerCase();
}

export async function readReport(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<ReadResult> {
  if (bytes.byteLength > MAX_REPORT_BYTES) return tooLarge(fileName, bytes.byteLength);
  if (bytes.byteLength === 0) return failure("empty", `Tệp "${fileName}" không có nội dung.`);
  const extension = extensionOf(fileName);
  if (extension === "pdf" || startsWith(bytes, PDF_MAGIC)) return readPdf(bytes, fileName, options);
  if (IMAGE_EXTENSIONS.includes(extension) || imageSize(bytes)) return readReportImages([{ bytes, name: fileName }], options);
  if (extension === "docx" || startsWith(bytes, ZIP_MAGIC)) return readDocx(bytes, fileName);
  if (extension === "doc") {
    return failure("unsupported-type", `Tệp "${fileName}" ở định dạng Word cũ (.doc); đề nghị lưu lại thành .docx rồi thực hiện lại.`);
  }
  return decodeText(bytes, fileName);
}
