/**
 * Bytes of a .txt → text. UTF-8 and UTF-16 (either byte order) are recognised by their byte
 * order mark, or without one by where the zero bytes fall (Vietnamese UTF-16 text has a zero
 * in most of its ASCII units); anything that is neither is refused, as is binary data.
 */
import { documentFromText } from "../domain/document/reportDocument";
import { failure, type ReadResult } from "./readResult";

const SAMPLE = 4096;

function zeroShare(bytes: Uint8Array, parity: 0 | 1): number {
  let zeros = 0;
  let total = 0;
  for (let i = parity; i < Math.min(bytes.length, SAMPLE); i += 2) {
    total++;
    if (bytes[i] === 0) zeros++;
  }
  return total === 0 ? 0 : zeros / total;
}

function decode(bytes: Uint8Array, encoding: "utf-8" | "utf-16le" | "utf-16be"): string | undefined {
  try {
    return new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return undefined;
  }
}

/** Control characters other than tab, line feed, carriage return and form feed: the sign of binary data. */
function looksBinary(text: string): boolean {
  let controls = 0;
  const length = Math.min(text.length, SAMPLE * 4);
  for (let i = 0; i < length; i++) {
    const code = text.charCodeAt(i);
    if ((code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d && code !== 0x0c) || code === 0xfffd) controls++;
  }
  return controls > 0 && controls / Math.max(length, 1) > 0.01;
}

export function decodeText(bytes: Uint8Array, fileName: string): ReadResult {
  let encoding: "utf-8" | "utf-16le" | "utf-16be";
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) encoding = "utf-8";
  else if (bytes[0] === 0xff && bytes[1] === 0xfe) encoding = "utf-16le";
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) encoding = "utf-16be";
  else if (bytes.length >= 4 && zeroShare(bytes, 1) > 0.3 && zeroShare(bytes, 0) < 0.05) encoding = "utf-16le";
  else if (bytes.length >= 4 && zeroShare(bytes, 0) > 0.3 && zeroShare(bytes, 1) < 0.05) encoding = "utf-16be";
  else encoding = "utf-8";
  const text = decode(bytes, encoding);
  if (text === undefined) {
    return failure(
      "unknown-encoding",
      `Tệp "${fileName}" không phải văn bản mã UTF-8 hoặc UTF-16 nên không đọc được; đề nghị lưu lại tệp với bảng mã UTF-8 rồi thực hiện lại.`,
    );
  }
  if (text.includes("\u0000") || looksBinary(text)) {
    return failure(
      "binary",
      `Tệp "${fileName}" không phải tệp văn bản (có dữ liệu nhị phân); đề nghị chọn tệp .txt, .docx hoặc .pdf của báo cáo.`,
    );
  }
  if (text.trim() === "") return failure("empty", `Tệp "${fileName}" không có nội dung văn bản.`);
  return { ok: true, format: "txt", document: documentFromText(text), encoding: encoding.toUpperCase() };
}
