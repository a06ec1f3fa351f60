/**
 * Bytes of a report file → its document, whatever the format: .txt (UTF-8/UTF-16), .docx, .pdf,
 * .xlsx, or a .jpg/.png photo of a page (several photos of one report: readReportImages).
 * Shared by the task pane (File API) and the CLI (fs). Never throws: a file that cannot be
 * read gives a ReadFailure with a Vietnamese message.
 */
import { decodeText } from "./decodeText";
import { archiveLimitFailure, zipDirectory } from "./limits";
import { readDocx } from "./readDocx";
import { imageSize } from "./ocr/imageSize";
import { readReportImages } from "./readImages";
import { readPdf } from "./readPdf";
import { readXlsx } from "./readXlsx";
import { MAX_REPORT_BYTES, failure, tooLarge, type ReadOptions, type ReadResult } from "./readResult";

export { readReportImages } from "./readImages";

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // the container of .doc, .xls, .ppt
const RTF_MAGIC = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf

/** Formats staff may pick that no reader takes: what the format is, and what to do instead. */
const UNSUPPORTED = {
  doc: { name: "Word cũ (.doc)", advice: "đề nghị mở tệp bằng Word, lưu lại thành .docx" },
  xls: { name: "Excel cũ (.xls)", advice: "đề nghị mở tệp bằng Excel, lưu lại thành .xlsx" },
  ole: { name: "Office cũ (.doc, .xls)", advice: "đề nghị mở tệp bằng Word hoặc Excel, lưu lại thành .docx hoặc .xlsx" },
  odt: { name: "văn bản OpenDocument (.odt)", advice: "đề nghị mở tệp bằng LibreOffice Writer hoặc Word, lưu lại thành .docx" },
  ods: { name: "bảng tính OpenDocument (.ods)", advice: "đề nghị mở tệp bằng LibreOffice Calc hoặc Excel, lưu lại thành .xlsx" },
  rtf: { name: "RTF (.rtf)", advice: "đề nghị mở tệp bằng Word, lưu lại thành .docx" },
  pptx: { name: "trình chiếu PowerPoint (.pptx)", advice: "đề nghị chọn tệp báo cáo, hoặc mở tệp bằng PowerPoint, lưu lại thành .pdf" },
  zip: { name: "tệp nén (.zip)", advice: "đề nghị giải nén, chọn tệp báo cáo ở bên trong" },
} as const;
type UnsupportedFormat = keyof typeof UNSUPPORTED;

export const IMAGE_EXTENSIONS: readonly string[] = ["jpg", "jpeg", "png"];

function startsWith(bytes: Uint8Array, magic: readonly number[]): boolean {
  return magic.every((byte, i) => bytes[i] === byte);
}

export function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  return dot < 0 ? "" : fileName.slice(dot + 1).toLowerCase();
}

/** The unsupported format of a file, from its content first (a renamed file keeps it), then from its extension. */
function unsupportedFormat(bytes: Uint8Array, extension: string): UnsupportedFormat | undefined {
  // An OpenDocument package opens with its media type, stored uncompressed as the first entry.
  const opening = String.fromCharCode(...bytes.subarray(30, 100));
  if (startsWith(bytes, ZIP_MAGIC) && opening.startsWith("mimetypeapplication/vnd.oasis.opendocument.")) {
    return opening.includes("opendocument.spreadsheet") ? "ods" : "odt";
  }
  if (startsWith(bytes, ZIP_MAGIC)) {
    // Every Office Open XML package (.docx, .xlsx, .pptx) lists its content types; a plain zip does not.
    const names = zipDirectory(bytes)?.entries.map((entry) => entry.name) ?? [];
    if (names.includes("ppt/presentation.xml")) return "pptx";
    if (names.length > 0 && !names.includes("[Content_Types].xml")) return "zip";
  }
  if (startsWith(bytes, OLE_MAGIC)) return extension === "doc" || extension === "xls" ? extension : "ole";
  if (startsWith(bytes, RTF_MAGIC)) return "rtf";
  return Object.keys(UNSUPPORTED).includes(extension) ? (extension as UnsupportedFormat) : undefined;
}

/** An .xlsx by its content (a workbook renamed, or sent without its extension, is still read as one). */
function isWorkbookPackage(bytes: Uint8Array): boolean {
  return startsWith(bytes, ZIP_MAGIC) && (zipDirectory(bytes)?.entries.some((entry) => entry.name === "xl/workbook.xml") ?? false);
}

export async function readReport(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<ReadResult> {
  if (bytes.byteLength > MAX_REPORT_BYTES) return tooLarge(fileName, bytes.byteLength);
  if (bytes.byteLength === 0) return failure("empty", `Tệp "${fileName}" không có nội dung.`);
  const extension = extensionOf(fileName);
  if (extension === "pdf" || startsWith(bytes, PDF_MAGIC)) return readPdf(bytes, fileName, options);
  if (IMAGE_EXTENSIONS.includes(extension) || imageSize(bytes)) return readReportImages([{ bytes, name: fileName }], options);
  const unsupported = unsupportedFormat(bytes, extension);
  if (unsupported !== undefined) {
    const { name, advice } = UNSUPPORTED[unsupported];
    return failure("unsupported-type", `Tệp "${fileName}" ở định dạng ${name}, chưa đọc được; ${advice} rồi thực hiện lại.`);
  }
  if (extension === "docx" || extension === "xlsx" || startsWith(bytes, ZIP_MAGIC)) {
    const overLimit = await archiveLimitFailure(bytes, fileName);
    if (overLimit) return overLimit;
  }
  if (extension === "xlsx" || isWorkbookPackage(bytes)) return readXlsx(bytes, fileName);
  if (extension === "docx" || startsWith(bytes, ZIP_MAGIC)) return readDocx(bytes, fileName);
  return decodeText(bytes, fileName);
}
