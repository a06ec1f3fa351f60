/** A .docx → its raw text, through mammoth (loaded only when a .docx is opened). */
import { documentFromText } from "../domain/document/reportDocument";
import { failure, type ReadResult } from "./readResult";

export async function readDocx(bytes: Uint8Array, fileName: string): Promise<ReadResult> {
  const corrupt = failure(
    "corrupt-docx",
    `Tệp "${fileName}" không phải tệp Word (.docx) hợp lệ hoặc đã bị hỏng; đề nghị mở và lưu lại tệp bằng Word rồi thực hiện lại.`,
  );
  try {
    const mammoth = await import("mammoth");
    const extractRawText = mammoth.extractRawText ?? (mammoth as unknown as { default: typeof mammoth }).default.extractRawText;
    const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    // Node's mammoth reads `buffer`, the browser build reads `arrayBuffer`: give both.
    const input = { buffer: bytes, arrayBuffer } as unknown as Parameters<typeof extractRawText>[0];
    const result = await extractRawText(input);
    if (result.value.trim() === "") return failure("empty", `Tệp "${fileName}" không có nội dung văn bản.`);
    return { ok: true, format: "docx", document: documentFromText(result.value) };
  } catch {
    return corrupt;
  }
}
