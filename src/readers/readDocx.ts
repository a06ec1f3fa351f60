/**
 * A .docx → its blocks: paragraphs and tables in document order (see docxBody). The zip is
 * opened with JSZip, loaded only when a .docx is opened; the body XML is read here rather than
 * through an HTML conversion, so that paragraphs, line breaks, fields and merged table cells
 * keep the shape the report has.
 */
import { docxBlocks } from "./docxBody";
import { failure, readerUnavailable, type ReadResult } from "./readResult";

type JSZipModule = typeof import("jszip");

/** CommonJS gives the module itself, webpack's interop puts it under `default`. */
function jszipOf(module: unknown): JSZipModule {
  return ((module as { default?: JSZipModule }).default ?? module) as JSZipModule;
}

export async function readDocx(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  let JSZip: JSZipModule;
  try {
    JSZip = jszipOf(await import("jszip"));
  } catch (error) {
    return readerUnavailable(fileName, "Word", error);
  }
  let xml: string | undefined;
  try {
    const zip = await JSZip.loadAsync(bytes);
    xml = await zip.file("word/document.xml")?.async("string");
  } catch (error) {
    return corrupt(fileName, error);
  }
  if (xml === undefined) return corrupt(fileName, new Error("word/document.xml is missing"));
  const blocks = docxBlocks(xml);
  if (blocks.length === 0) return failure("empty", `Tệp "${fileName}" không có nội dung văn bản.`);
  return { ok: true, format: "docx", document: { blocks } };
}

function corrupt(fileName: string, cause: unknown): ReadResult {
  return failure(
    "corrupt-docx",
    `Tệp "${fileName}" không phải tệp Word (.docx) hợp lệ hoặc đã bị hỏng; đề nghị mở và lưu lại tệp bằng Word rồi thực hiện lại.`,
    cause,
  );
}
